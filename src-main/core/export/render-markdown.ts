import type { ExportArticle } from './export-articles';
import { bylineText, KIND_LABEL, pageLine, runsOf } from './export-articles';

export interface DocumentInfo {
  title: string;
  /** ISO timestamp written into the output; passed in so exports are reproducible in tests. */
  exportedAt: string;
}

/** Escapes what Markdown would read as markup; CJK text rarely needs it, headlines sometimes do. */
const escapeMd = (s: string): string => s.replace(/([\\`*_[\]<>#|]|==)/g, '\\$1');
const yamlString = (s: string): string => JSON.stringify(s);

function paragraphMd(a: ExportArticle, i: number): string {
  const body = runsOf(a, i)
    .map((r) => (r.marked ? `==${escapeMd(r.text)}==` : escapeMd(r.text)))
    .join('');
  return i === 0 && a.source ? `**${escapeMd(a.source)}** ${body}` : body;
}

/** One article as Markdown, headed at `level`; notes on highlights follow as blockquotes. */
export function articleMarkdown(a: ExportArticle, level: number): string {
  const h = '#'.repeat(level);
  const out: string[] = [];
  if (a.kicker) out.push(`*${escapeMd(a.kicker)}*`);
  out.push(`${h} ${escapeMd(a.headline ?? '(无标题)')}`);
  if (a.subheadline) out.push(`**${escapeMd(a.subheadline)}**`);
  const meta = [pageLine(a), KIND_LABEL[a.kind], bylineText(a)].filter((x) => x.length > 0).join(' · ');
  out.push(escapeMd(meta));
  if (a.tags.length > 0) out.push(`标签:${a.tags.map((t) => `\`${t}\``).join(' ')}`);
  a.paragraphs.forEach((_, i) => out.push(paragraphMd(a, i)));
  if (a.continued) out.push(`(${escapeMd(a.continued)})`);
  for (const ann of a.annotations) {
    const quote = `> ==${escapeMd(ann.exact)}==`;
    out.push(ann.note ? `${quote}\n>\n> 批注:${escapeMd(ann.note)}` : quote);
  }
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
    [front, `# ${escapeMd(info.title)}`, ...articles.map((a) => articleMarkdown(a, 2))].join('\n\n') + '\n'
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
      content: `${front}\n\n${articleMarkdown(a, 1)}\n`,
    };
  });
}
