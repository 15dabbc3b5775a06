import { citationFields } from './citation-fields';
import type { ExportArticle } from './export-articles';
import { articleUrn } from './render-w3c';
import { xmlSafe } from './xml-text';

/**
 * One RIS value: a single line (a line break would start a bogus tag), no control characters, and
 * no run of white space (`TI  - ER  -` reads as a tag boundary to some readers). RIS has no
 * escaping, so folding is the only safe treatment; readers trim the value.
 */
const risValue = (s: string): string => xmlSafe(s).replace(/\s+/gu, ' ').trim();

/**
 * RIS (`TY  - NEWS`), read by Zotero, EndNote, NoteExpress and CNKI's E-Study. Tags are two
 * capitals, two spaces, a hyphen and a space; records end with `ER  - `. UTF-8 without a BOM, as
 * Zotero writes it: a BOM before the first `TY` makes some readers miss the first record.
 */
export function renderRis(articles: readonly ExportArticle[]): string {
  const lines: string[] = [];
  const tag = (t: string, v: string) => {
    const value = risValue(v);
    if (value.length > 0) lines.push(`${t}  - ${value}`);
  };
  for (const a of articles) {
    const f = citationFields(a, a.language);
    lines.push('TY  - NEWS');
    tag('TI', f.title);
    for (const name of f.authors) tag('AU', name);
    if (f.paper) tag('T2', f.paper);
    if (f.date) {
      tag('DA', f.date.replaceAll('-', '/'));
      tag('PY', f.date.slice(0, 4));
    }
    if (f.page) tag('SP', f.page);
    if (a.section) tag('SE', a.section);
    tag('LA', f.language);
    for (const t of a.tags) tag('KW', t);
    tag('ID', articleUrn(a));
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}
