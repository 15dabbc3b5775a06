import { citationFields } from './citation-fields';
import type { ExportArticle } from './export-articles';
import { articleUrn } from './render-w3c';
import { xmlSafe } from './xml-text';

/**
 * CSL-JSON (the Citation Style Language data format Zotero, Mendeley, Pandoc and citeproc read):
 * one `article-newspaper` item per article. Chinese names are not split into family/given (a
 * two-character name has no reliable split), so each author is a `literal` name, as CSL allows.
 */
export function renderCsl(articles: readonly ExportArticle[]): string {
  const items = articles.map((a) => {
    const f = citationFields(a, a.language);
    const item: Record<string, unknown> = {
      id: articleUrn(a),
      type: 'article-newspaper',
      title: xmlSafe(f.title),
      language: f.language,
    };
    if (f.authors.length > 0) item.author = f.authors.map((name) => ({ literal: xmlSafe(name) }));
    if (f.paper) item['container-title'] = xmlSafe(f.paper);
    if (f.date) item.issued = { 'date-parts': [f.date.split('-').map(Number)] };
    if (f.page) item.page = xmlSafe(f.page);
    if (a.section) item.section = xmlSafe(a.section);
    return item;
  });
  return JSON.stringify(items, null, 2) + '\n';
}
