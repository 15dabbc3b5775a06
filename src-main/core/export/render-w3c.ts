import { canonicalText } from '../annotations/article-text';
import type { ExportAnnotation } from './annotation-source';
import type { ExportArticle } from './export-articles';
import { lookOf } from './highlight-colours';
import { nameUuid } from './name-uuid';
import type { DocumentInfo } from './render-markdown';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Stable, archive-independent identifiers: a page is known by the SHA-256 of its original file,
 * an article by its position on that page. Another Jianbao (or any W3C client) resolves the same
 * URN to the same text.
 */
export const articleUrn = (a: Pick<ExportArticle, 'pageHash' | 'ordinal'>): string =>
  `urn:jianbao:article:${a.pageHash}:${a.ordinal}`;

const tagBody = (tag: string) => ({ type: 'TextualBody', purpose: 'tagging', value: tag });

/** Code points before UTF-16 offset `at`: W3C TextPositionSelector counts characters, not units. */
const codePoints = (text: string, at: number): number => [...text.slice(0, at)].length;

function textAnnotation(a: ExportArticle, text: string, ann: ExportAnnotation): object {
  const body: object[] = ann.note
    ? [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: ann.note,
          format: 'text/plain',
          language: a.language,
        },
      ]
    : [];
  body.push(...ann.tags.map(tagBody));
  const look = lookOf(ann.colour);
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${ann.uuid}`,
    type: 'Annotation',
    motivation: ann.note ? 'commenting' : 'highlighting',
    created: ann.createdAt,
    modified: ann.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    stylesheet: { type: 'CssStylesheet', value: `.${look.className} { background: ${look.css}; }` },
    target: {
      type: 'SpecificResource',
      source: articleUrn(a),
      styleClass: look.className,
      selector: [
        { type: 'TextQuoteSelector', exact: ann.exact, prefix: ann.prefix, suffix: ann.suffix },
        { type: 'TextPositionSelector', start: codePoints(text, ann.start), end: codePoints(text, ann.end) },
      ],
    },
  };
}

/**
 * W3C Web Annotation Data Model (JSON-LD), checked against the W3C test suite's MUST assertions.
 * Highlights and notes are `highlighting`/`commenting` annotations on the article's canonical text
 * (paragraphs joined by a blank line) with a quote and a code-point position selector, their colour
 * as a `styleClass` from the annotation's CSS `stylesheet`; article tags are one `tagging`
 * annotation whose target is the article itself. Every annotation is complete on its own
 * (`@context`, `urn:uuid:` id), so a client may split the collection apart.
 */
export function renderW3c(articles: readonly ExportArticle[], info: DocumentInfo): string {
  const items: object[] = [];
  for (const a of articles) {
    const source = articleUrn(a);
    if (a.tags.length > 0)
      items.push({
        '@context': CONTEXT,
        id: `urn:uuid:${nameUuid(`${source}:tags`)}`,
        type: 'Annotation',
        motivation: 'tagging',
        created: info.exportedAt,
        body: a.tags.map(tagBody),
        target: source,
      });
    const text = canonicalText(a.paragraphs);
    for (const ann of a.annotations) items.push(textAnnotation(a, text, ann));
  }
  const ids = items.map((i) => (i as { id: string }).id);
  const collection = `urn:uuid:${nameUuid(`collection:${info.title}:${info.exportedAt}:${ids.join(',')}`)}`;
  return (
    JSON.stringify(
      {
        '@context': CONTEXT,
        id: collection,
        type: 'AnnotationCollection',
        label: info.title,
        total: items.length,
        generated: info.exportedAt,
        first: {
          '@context': CONTEXT,
          id: `urn:uuid:${nameUuid(`${collection}:page:0`)}`,
          type: 'AnnotationPage',
          partOf: { id: collection, label: info.title, total: items.length },
          startIndex: 0,
          items,
        },
      },
      null,
      2,
    ) + '\n'
  );
}
