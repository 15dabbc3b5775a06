/**
 * Markdown escaping, one place for every field that reaches a Markdown export.
 *
 * Obsidian and many viewers render Markdown with raw HTML allowed, so text must never be able to
 * open a tag, close a code span or start a block (heading, list, quote, code, table, setext
 * underline). CommonMark lets any ASCII punctuation be backslash-escaped, which is what we use;
 * CJK text carries little ASCII punctuation, so the escapes rarely show in the raw file.
 * Control characters and lone surrogates become U+FFFD, as in every other format (xml-text.ts).
 */
import { xmlSafe } from './xml-text';

/** Line breaks of every kind, including the Unicode separators some viewers honour. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

/**
 * Characters that are markup wherever they stand: emphasis, code, links, HTML, tables, headings,
 * strike-through (`~`), math (`$`), Obsidian tags/embeds (`#`, `!`). `=` is escaped for `==mark==`
 * and setext underlines, `%` for Obsidian `%%comments%%`, `&` so `&lt;` stays five characters.
 */
const INLINE = /[\\`*_[\]<>#|~$=!&%{}]/g;

/** Markup characters escaped and line breaks folded into spaces, for a piece inside a line. */
export const mdEscape = (s: string): string => xmlSafe(s).replace(LINE_BREAKS, ' ').replace(INLINE, '\\$&');

/** One whole line of inline text: escaped, safe at the start of a line, no trailing white space. */
export function mdInline(s: string): string {
  return mdLineStart(mdEscape(s)).replace(/\s+$/u, '');
}

/**
 * Escapes what only means something at the start of a line: list markers (`-`, `+`, `1.`, `1)`),
 * and leading white space that would make an indented code block. For a line already escaped.
 */
export function mdLineStart(s: string): string {
  return s
    .replace(/^\s+/u, '')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Text that may span lines (notes): each line escaped, each prefixed (e.g. `> ` in a quote). */
export function mdLines(s: string, prefix = ''): string {
  return s
    .split(LINE_BREAKS)
    .map((line) => {
      const escaped = mdInline(line);
      return escaped.length > 0 ? `${prefix}${escaped}` : prefix.trimEnd();
    })
    .join('\n');
}

/**
 * A code span that cannot be closed from inside: the fence is one backtick longer than the longest
 * run of backticks in the text, padded with spaces when the text starts or ends with one.
 */
export function mdCode(s: string): string {
  const text = xmlSafe(s).replace(LINE_BREAKS, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`\s]|[`\s]$/.test(text) || text.length === 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** How highlights are written: Obsidian's `==mark==`, or `<mark>` for plain CommonMark viewers. */
export type MarkStyle = 'equals' | 'html';

export function mdMark(escaped: string, style: MarkStyle): string {
  return style === 'html' ? `<mark>${escaped}</mark>` : `==${escaped}==`;
}

/** A YAML front-matter string: JSON strings are valid YAML flow scalars, line breaks escaped. */
export const yamlString = (s: string): string =>
  JSON.stringify(xmlSafe(s)).replace(
    /[\u2028\u2029\u0085]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
