import { citationFields } from './citation-fields';
import type { ExportArticle } from './export-articles';
import { escapeHtml } from './html-text';
import { xmlSafe } from './xml-text';

/**
 * Highwire Press `citation_*` meta tags, which Zotero's browser connector (Embedded Metadata
 * translator), Google Scholar and Mendeley read. They describe one item, so they are written only
 * when the document holds one article; a collection carries a COinS span per article instead.
 */
export function citationMeta(a: ExportArticle): string {
  const f = citationFields(a, a.language);
  const tags: [string, string][] = [['citation_title', f.title]];
  for (const name of f.authors) tags.push(['citation_author', name]);
  if (f.date) tags.push(['citation_publication_date', f.date.replaceAll('-', '/')]);
  if (f.paper) tags.push(['citation_journal_title', f.paper]);
  if (f.page) tags.push(['citation_firstpage', f.page]);
  tags.push(['citation_language', f.language]);
  return tags.map(([k, v]) => `<meta name="${k}" content="${escapeHtml(v)}">`).join('\n');
}

/**
 * COinS (ContextObjects in Spans): an empty span whose title is an OpenURL for the article. Zotero
 * finds every one on the page, so a collection export offers each article as an item.
 */
export function coins(a: ExportArticle): string {
  const f = citationFields(a, a.language);
  const kev: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rft.genre', 'article'],
    ['rft.atitle', f.title],
  ];
  if (f.paper) kev.push(['rft.jtitle', f.paper]);
  if (f.date) kev.push(['rft.date', f.date]);
  if (f.page) kev.push(['rft.spage', f.page]);
  for (const name of f.authors) kev.push(['rft.au', name]);
  // xmlSafe first: encodeURIComponent throws on a lone surrogate.
  const title = kev.map(([k, v]) => `${k}=${encodeURIComponent(xmlSafe(v))}`).join('&');
  return `<span class="Z3988" title="${escapeHtml(title)}"></span>`;
}
