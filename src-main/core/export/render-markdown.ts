import type { ExportArticle } from './export-articles';
import { bylineText, KIND_LABEL, pageLine, runsOf } from './export-articles';
import { gbtCitation } from './citation-gbt';
import {
  mdCode,
  mdEscape,
  mdInline,
  mdLineStart,
  mdLines,
  mdMark,
  yamlString,
  type MarkStyle,
} from './markdown-text';

export interface DocumentInfo {
  title: string;
  /** ISO timestamp written into the output; passed in so exports are reproducible in tests. */
  exportedAt: string;
  /** Markdown only: `==mark==` (Obsidian, Typora) or `<mark>` (CommonMark viewers). */
  mark?: MarkStyle | undefined;
}

function paragraphMd(a: ExportArticle, i: number, mark: MarkStyle): string {
  // Runs are escaped one by one but the line start and end are handled once, for the whole line.
  const body = mdLineStart(
    runsOf(a, i)
      .map((r) => (r.colour !== null ? mdMark(mdEscape(r.text), mark) : mdEscape(r.text)))
      .join(''),
  ).replace(/\s+$/u, '');
  return [...(i === 0 && a.source ? wrap('**', a.source) : []), body].join(' ').trim();
}

/** Emphasis around escaped text, or nothing when escaping left no text (`**` alone is literal). */
const wrap = (marker: string, s: string): string[] => {
  const text = mdInline(s);
  return text.length > 0 ? [`${marker}${text}${marker}`] : [];
};

/** One article as Markdown, headed at `level`; notes on highlights follow as blockquotes. */
export function articleMarkdown(a: ExportArticle, level: number, mark: MarkStyle = 'equals'): string {
  const h = '#'.repeat(level);
  const out: string[] = [];
  if (a.kicker) out.push(...wrap('*', a.kicker));
  out.push(`${h} ${mdInline(a.headline ?? '') || '(无标题)'}`);
  if (a.subheadline) out.push(...wrap('**', a.subheadline));
  const meta = [pageLine(a), KIND_LABEL[a.kind], bylineText(a)].filter((x) => x.length > 0).join(' · ');
  out.push(mdInline(meta));
  if (a.tags.length > 0) out.push(`标签:${a.tags.map(mdCode).join(' ')}`);
  a.paragraphs.forEach((_, i) => out.push(paragraphMd(a, i, mark)));
  if (a.continued) out.push(`(${mdInline(a.continued)})`);
  for (const ann of a.annotations) {
    const lines = [`> ${mdMark(mdInline(ann.exact), mark)}`];
    if (ann.note) lines.push('>', mdLines(`批注:${ann.note}`, '> '));
    if (ann.tags.length > 0) lines.push('>', `> 标签:${ann.tags.map(mdCode).join(' ')}`);
    out.push(lines.join('\n'));
  }
  out.push(`引用:${mdInline(gbtCitation(a))}`);
  return out.join('\n\n');
}

/** One file for the whole export: front matter, then every article in order. */
export function renderMarkdown(articles: readonly ExportArticle[], info: DocumentInfo): string {
  const front = [
    '---',
    `title: ${yamlString(info.title)}`,
    `exported: ${yamlString(info.exportedAt)}`,
    `articles: ${articles.length}`,
    'generator: "剪报 Jianbao"',
    '---',
  ].join('\n');
  return (
    [
      front,
      `# ${mdInline(info.title) || '剪报'}`,
      ...articles.map((a) => articleMarkdown(a, 2, info.mark)),
    ].join('\n\n') + '\n'
  );
}

/** Safe, readable file names: keep CJK, drop what file systems refuse. */
export function fileSafe(name: string, max = 40): string {
  const cleaned = [
    ...[...name]
      .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch))
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, max)
    .join('');
  return cleaned.length > 0 ? cleaned : '剪报';
}

/** One file per article, each with its own front matter (for Obsidian-style note folders). */
export function renderMarkdownFolder(
  articles: readonly ExportArticle[],
  info: DocumentInfo,
): { name: string; content: string }[] {
  const width = String(articles.length).length;
  return articles.map((a, i) => {
    const front = [
      '---',
      `title: ${yamlString(a.headline ?? '')}`,
      `paper: ${yamlString(a.paper ?? '')}`,
      `date: ${yamlString(a.date ?? '')}`,
      `page: ${yamlString(a.pageLabel ?? '')}`,
      `section: ${yamlString(a.section ?? '')}`,
      `kind: ${a.kind}`,
      `bylines: [${a.bylines.map((b) => yamlString(`${b.role} ${b.name}`)).join(', ')}]`,
      `tags: [${a.tags.map(yamlString).join(', ')}]`,
      `source_file: ${yamlString(a.fileName)}`,
      `collection: ${yamlString(info.title)}`,
      '---',
    ].join('\n');
    return {
      name: `${String(i + 1).padStart(width, '0')}-${fileSafe(a.headline ?? `article-${a.id}`)}.md`,
      content: `${front}\n\n${articleMarkdown(a, 1, info.mark)}\n`,
    };
  });
}
