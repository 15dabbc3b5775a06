import type { ExportArticle } from './export-articles';
import { bylineText, KIND_LABEL, pageLine, runsOf } from './export-articles';
import type { DocumentInfo } from './render-markdown';
import { gbtCitation } from './citation-gbt';
import { citationMeta, coins } from './citation-meta';
import { highlightCss, lookOf } from './highlight-colours';
import { escapeHtml } from './html-text';

/**
 * Chinese print typography: a Song/Ming serif for reading, a Hei sans for headings and meta, lines
 * of about 36 characters, 2em first-line indents and generous leading. Font stacks name what Linux
 * (Noto/Source Han), macOS (Songti/PingFang) and Windows (SimSun/YaHei) ship, so no font is embedded.
 */
const SCREEN_FONTS = `:root { --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC", "STSong", "SimSun", "Noto Serif", serif;
  --sans: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }`;

/**
 * For PDF: TrueType-outline CJK fonts first. Chromium's PDF writer embeds a TrueType font as a
 * CID font (Identity-H: real, searchable, copyable text with a font name), but a CFF-outline
 * OpenType font such as Noto/Source Han CJK as unnamed Type 3 glyph procedures, which many PDF
 * tools and archives reject. Measured with pdffonts on Chromium 156: AR PL UMing/UKai and
 * WenQuanYi Zen/Micro Hei → CID TrueType; Noto Serif/Sans CJK → Type 3. SimSun and Microsoft
 * YaHei (Windows) are TrueType too. Traditional articles ask for the TW cut of the Ming face.
 */
const PRINT_FONTS = `:root { --serif: "AR PL UMing CN", "SimSun", "NSimSun", "Songti SC", "STSong", "Noto Serif CJK SC", serif;
  --sans: "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; }
article:lang(zh-Hant) { --serif: "AR PL UMing TW", "PMingLiU", "MingLiU", "Songti TC", "AR PL UMing CN", serif; }
@page { @bottom-center { content: counter(page) " / " counter(pages); font-family: var(--sans); font-size: 9pt; color: #666; } }`;

const STYLE = `
@page { size: A4; margin: 22mm 20mm 24mm; }
html { color: #1c1c1c; background: #fff; }
body { margin: 0 auto; max-width: 36em; padding: 3em 1.5em 4em; font-family: var(--serif); font-size: 12pt; line-height: 1.9;
  text-rendering: optimizeLegibility; -webkit-font-smoothing: antialiased; }
header.doc { margin-bottom: 2.5em; padding-bottom: 1em; border-bottom: 2px solid #9b1c1c; }
header.doc h1 { margin: 0; font-family: var(--sans); font-size: 22pt; letter-spacing: 0.08em; color: #9b1c1c; }
header.doc p { margin: 0.4em 0 0; font-family: var(--sans); font-size: 9.5pt; color: #666; }
nav.toc ol { margin: 0 0 2em; padding-left: 1.5em; font-family: var(--sans); font-size: 10.5pt; line-height: 1.7; }
nav.toc a { color: inherit; text-decoration: none; }
article { margin: 0 0 3em; }
article + article { padding-top: 2em; border-top: 1px solid #ddd; }
.kicker { margin: 0 0 0.3em; font-family: var(--sans); font-size: 10.5pt; color: #555; text-align: center; }
h2 { margin: 0; font-family: var(--sans); font-size: 17pt; font-weight: 700; line-height: 1.45; letter-spacing: 0.03em; text-align: center; text-wrap: balance; }
.subheadline { margin: 0.4em 0 0; font-family: var(--sans); font-size: 12pt; text-align: center; }
.meta { margin: 0.8em 0 1.4em; font-family: var(--sans); font-size: 9.5pt; color: #666; text-align: center; }
.tags span { display: inline-block; margin: 0 0.25em; padding: 0 0.5em; border: 1px solid #ccc; border-radius: 3px; }
.body p { margin: 0 0 0.5em; text-indent: 2em; text-align: justify; text-justify: inter-character; line-break: strict; word-break: normal; hanging-punctuation: allow-end; }
.source { font-family: var(--sans); font-weight: 700; margin-right: 0.5em; }
mark { background: #fdf0a6; padding: 0 0.05em; }
.note-tags { font-family: var(--sans); font-size: 9pt; color: #666; }
.cite { margin: 1.2em 0 0; font-family: var(--sans); font-size: 9pt; color: #555; text-indent: 0; }
.continued { font-family: var(--sans); font-size: 10pt; color: #666; text-align: right; }
blockquote.note { margin: 0.8em 0; padding: 0.3em 1em; border-left: 3px solid #d4a017; background: #fbf8ee; font-size: 10.5pt; text-indent: 0; }
@media print { body { padding: 0; max-width: none; } article { break-inside: auto; } h2, .kicker, .meta { break-after: avoid; }
  article + article { break-before: page; border-top: 0; padding-top: 0; } nav.toc { break-after: page; } a { color: inherit; } }
mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${highlightCss()}
`;

const markHtml = (text: string, colour: string): string =>
  `<mark class="${lookOf(colour).className}">${escapeHtml(text)}</mark>`;

function paragraphHtml(a: ExportArticle, i: number): string {
  const body = runsOf(a, i)
    .map((r) => (r.colour !== null ? markHtml(r.text, r.colour) : escapeHtml(r.text)))
    .join('');
  const source = i === 0 && a.source ? `<span class="source">${escapeHtml(a.source)}</span>` : '';
  return `<p>${source}${body}</p>`;
}

const tagsHtml = (tags: readonly string[], cls: string): string =>
  tags.length > 0
    ? `<span class="${cls}">${tags.map((t) => `<span>${escapeHtml(t)}</span>`).join('')}</span>`
    : '';

function articleHtml(a: ExportArticle, n: number): string {
  const parts: string[] = [`<article id="a${n}" lang="${a.language}">`];
  if (a.kicker) parts.push(`<p class="kicker">${escapeHtml(a.kicker)}</p>`);
  parts.push(`<h2>${escapeHtml(a.headline ?? '(无标题)')}</h2>`);
  if (a.subheadline) parts.push(`<p class="subheadline">${escapeHtml(a.subheadline)}</p>`);
  const meta = [pageLine(a), KIND_LABEL[a.kind], bylineText(a)].filter((x) => x.length > 0).join(' · ');
  const tags = a.tags.length > 0 ? `<br>${tagsHtml(a.tags, 'tags')}` : '';
  parts.push(`<p class="meta">${escapeHtml(meta)}${tags}</p>`);
  parts.push(`<div class="body">${a.paragraphs.map((_, i) => paragraphHtml(a, i)).join('\n')}</div>`);
  if (a.continued) parts.push(`<p class="continued">(${escapeHtml(a.continued)})</p>`);
  for (const ann of a.annotations) {
    const note = ann.note ? `<br>批注:${escapeHtml(ann.note)}` : '';
    const tagLine = ann.tags.length > 0 ? `<br>${tagsHtml(ann.tags, 'note-tags tags')}` : '';
    parts.push(`<blockquote class="note">${markHtml(ann.exact, ann.colour)}${note}${tagLine}</blockquote>`);
  }
  parts.push(`<p class="cite">引用:${escapeHtml(gbtCitation(a))}${coins(a)}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}

/** A single self-contained, printable HTML file: inline CSS, no scripts, no external resources. */
export function renderHtml(
  articles: readonly ExportArticle[],
  info: DocumentInfo,
  options: { print?: boolean } = {},
): string {
  const toc =
    articles.length > 1
      ? `<nav class="toc"><ol>${articles.map((a, i) => `<li><a href="#a${i + 1}">${escapeHtml(a.headline ?? '(无标题)')}</a></li>`).join('')}</ol></nav>`
      : '';
  return `<!doctype html>
<html lang="${documentLanguage(articles)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="剪报 Jianbao">${articles.length === 1 ? `\n${citationMeta(articles[0]!)}` : ''}
<title>${escapeHtml(info.title)}</title>
<style>${options.print ? PRINT_FONTS : SCREEN_FONTS}
${STYLE}</style>
</head>
<body>
<header class="doc"><h1>${escapeHtml(info.title)}</h1><p>共 ${articles.length} 篇 · 导出于 ${escapeHtml(info.exportedAt.slice(0, 10))} · 剪报</p></header>
${toc}
${articles.map((a, i) => articleHtml(a, i + 1)).join('\n')}
</body>
</html>
`;
}

/** The document's language: Traditional only when every article is. */
const documentLanguage = (articles: readonly ExportArticle[]): string =>
  articles.length > 0 && articles.every((a) => a.language === 'zh-Hant') ? 'zh-Hant' : 'zh-Hans';
