import type { Db } from '../db/db';
import { articleSegments, columnOf, type Column, type SearchableRow } from './article-segments';
import { indexTokens } from './index-tokens';
import { normalize } from './normalize-text';

/** The FTS5 documents of all three columns of one article, from one parse of its JSON columns. */
export function indexColumns(row: SearchableRow): Record<Column, string> {
  const texts: Record<Column, string[]> = { headline: [], byline: [], body: [] };
  for (const s of articleSegments(row)) texts[columnOf[s.field]].push(normalize(s.text));
  // Segments joined by a space: a phrase can never run from one paragraph into the next.
  const doc = (c: Column): string => indexTokens(texts[c].join(' '));
  return { headline: doc('headline'), byline: doc('byline'), body: doc('body') };
}

/**
 * The headline column's document from the three fields it is made of (columnOf): the same text
 * indexColumns gives, without parsing the bylines and paragraphs (the headline index,
 * migration 019, is filled from these alone).
 */
export function indexHeadline(
  kicker: string | null,
  headline: string | null,
  subheadline: string | null,
): string {
  return indexColumns({ kicker, headline, subheadline, source: null, bylines: '[]', paragraphs: '[]' })
    .headline;
}

/** The FTS5 document for one column of one article. */
export function indexColumn(row: SearchableRow, column: Column): string {
  return indexColumns(row)[column];
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
  // The triggers (migration 004) call this once per column with the same six values, one row at a
  // time. Indexing all three columns on the first call and answering the next two from the last
  // row's result parses the JSON and walks the text once per write instead of three times.
  // Comparing the arguments (===, by value) makes the reuse exact whatever the call order.
  let lastArgs: unknown[] = [];
  let lastColumns: Record<Column, string> | null = null;
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
      const args = [kicker, headline, subheadline, source, bylines, paragraphs];
      if (lastColumns && args.every((a, i) => a === lastArgs[i])) return lastColumns[column];
      lastColumns = indexColumns({
        kicker: textOrNull(kicker),
        headline: textOrNull(headline),
        subheadline: textOrNull(subheadline),
        source: textOrNull(source),
        bylines: textOrNull(bylines) ?? '[]',
        paragraphs: textOrNull(paragraphs) ?? '[]',
      });
      lastArgs = args;
      return lastColumns[column];
    },
  );
  // The headline index's triggers (migration 019) need only the three headline fields.
  db.function(
    'jb_index_headline',
    { deterministic: true },
    (kicker: unknown, headline: unknown, subheadline: unknown) =>
      indexHeadline(textOrNull(kicker), textOrNull(headline), textOrNull(subheadline)),
  );
}
