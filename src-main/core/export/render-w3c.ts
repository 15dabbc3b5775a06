import type { ExportArticle } from './export-articles';
import type { DocumentInfo } from './render-markdown';

/**
 * Stable, archive-independent identifiers: a page is known by the SHA-256 of its original file,
 * an article by its position on that page. Another Jianbao (or any W3C client) resolves the same
 * URN to the same text.
 */
export const articleUrn = (a: Pick<ExportArticle, 'pageHash' | 'ordinal'>): string =>
  `urn:jianbao:article:${a.pageHash}:${a.ordinal}`;

const tagBody = (tag: string) => ({ type: 'TextualBody', purpose: 'tagging', value: tag });

/**
 * W3C Web Annotation Data Model (JSON-LD): highlights and notes as `highlighting`/`commenting`
 * annotations with a TextQuoteSelector, and article tags as `tagging` annotations on the whole article.
 */
export function renderW3c(articles: readonly ExportArticle[], info: DocumentInfo): string {
  const items: object[] = [];
  for (const a of articles) {
    const source = articleUrn(a);
    if (a.tags.length > 0)
      items.push({
        id: `${source}:tags`,
        type: 'Annotation',
        motivation: 'tagging',
        created: info.exportedAt,
        body: a.tags.map(tagBody),
        target: { source, type: 'Text', format: 'text/plain', language: 'zh' },
      });
    for (const ann of a.annotations) {
      const body: object[] = ann.note
        ? [
            {
              type: 'TextualBody',
              purpose: 'commenting',
              value: ann.note,
              format: 'text/plain',
              language: 'zh',
            },
          ]
        : [];
      body.push(...ann.tags.map(tagBody));
      items.push({
        id: `${source}:annotation:${ann.id}`,
        type: 'Annotation',
        motivation: ann.note ? 'commenting' : 'highlighting',
        created: ann.createdAt,
        ...(body.length > 0 ? { body } : {}),
        target: {
          source,
          selector: { type: 'TextQuoteSelector', exact: ann.exact, prefix: ann.prefix, suffix: ann.suffix },
        },
      });
    }
  }
  return (
    JSON.stringify(
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        label: info.title,
        total: items.length,
        first: { type: 'AnnotationPage', startIndex: 0, items },
      },
      null,
      2,
    ) + '\n'
  );
}
