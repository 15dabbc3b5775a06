import type { ArticleMatchT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { articleSegments, type SearchableRow } from './article-segments';
import { findMatches } from './find-matches';
import { prepareQuery } from './search-articles';

/**
 * Every occurrence of the query's terms in one article, in reading order, for the reader's
 * <mark>s and next/previous navigation. Offsets are into the original stored strings.
 */
export function searchInArticle(
  db: Db,
  input: Input<'search.inArticle'>,
): Result<{ matches: ArticleMatchT[] }> {
  const row = db
    .prepare('SELECT kicker, headline, subheadline, source, bylines, paragraphs FROM articles WHERE id = ?')
    .get(input.id) as SearchableRow | undefined;
  if (!row) return err('not-found', `#${input.id}`);
  const prepared = prepareQuery(input.query);
  if (!prepared.ok) return prepared;
  const matches = articleSegments(row).flatMap((segment) =>
    findMatches(segment, prepared.value.terms).map((r) => ({
      field: segment.field,
      index: segment.index,
      ...r,
    })),
  );
  return ok({ matches });
}
