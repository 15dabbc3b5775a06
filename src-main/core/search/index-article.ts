import type { Db } from '../db/db';
import { articleSegments, columnOf, type Column, type SearchableRow } from './article-segments';
import { indexTokens } from './index-tokens';
import { normalize } from './normalize-text';

/** The FTS5 document for one column of one article. */
export function indexColumn(row: SearchableRow, column: Column): string {
  const texts = articleSegments(row)
    .filter((s) => columnOf[s.field] === column)
    .map((s) => normalize(s.text));
  // Segments joined by a space: a phrase can never run from one paragraph into the next.
  return indexTokens(texts.join(' '));
}

const isColumn = (x: unknown): x is Column => x === 'headline' || x === 'byline' || x === 'body';
const textOrNull = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/**
 * Registers `jb_index_column(column, kicker, headline, subheadline, source, bylines, paragraphs)`.
 *
 * Why triggers calling a SQL function rather than store functions calling the indexer: every
 * write to `articles` — import, replace, a future correction, a page delete cascading to its
 * articles — then updates the index in the same statement and so the same transaction, and no
 * new write path can forget it. Every connection that writes articles must register this
 * (openArchive does; migration 002 does for its backfill). If normalisation ever changes, a new
 * migration must rebuild the index, since old documents were tokenised the old way.
 */
export function registerSearchFunctions(db: Db): void {
  db.function(
    'jb_index_column',
    { deterministic: true },
    (
      column: unknown,
      kicker: unknown,
      headline: unknown,
      subheadline: unknown,
      source: unknown,
      bylines: unknown,
      paragraphs: unknown,
    ) => {
      if (!isColumn(column)) throw new Error(`jb_index_column: unknown column ${String(column)}`);
      return indexColumn(
        {
          kicker: textOrNull(kicker),
          headline: textOrNull(headline),
          subheadline: textOrNull(subheadline),
          source: textOrNull(source),
          bylines: textOrNull(bylines) ?? '[]',
          paragraphs: textOrNull(paragraphs) ?? '[]',
        },
        column,
      );
    },
  );
}
