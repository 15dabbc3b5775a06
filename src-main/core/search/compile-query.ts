import type { ParsedQuery, TextTerm } from './parse-query';
import { ftsPhrase, phraseTokens } from './index-tokens';

/** What search-articles.ts needs: FTS5 expressions plus plain SQL filters, all bound as parameters. */
export interface CompiledQuery {
  /** FTS5 expression every hit must match, or null when only exclusions/filters were given. */
  match: string | null;
  /**
   * The matches with every positive term in a headline (the first group of a large result,
   * rank-common.ts): the column filter covers the positive part only, so this is always a subset
   * of `match` (`headline : (a NOT b)` would also take articles with b outside the headline).
   */
  headlineMatch: string | null;
  /**
   * The same group as an expression for the headline index (`articles_headline_fts`, migration
   * 019), whose doclists hold headline occurrences only; null where that index cannot answer it:
   * an exclusion must be tested against the whole article, and a `byline:` term is in no headline.
   */
  headlineOnly: string | null;
  /** FTS5 expression no hit may match (used with NOT IN when `match` is null). */
  exclude: string | null;
  /** `match` carries exclusions (`发展 -深入`): counting it reads every match of its words. */
  excludes: boolean;
  kinds: ParsedQuery['kinds'];
  notKinds: ParsedQuery['notKinds'];
  dateFrom: string | null;
  /** Upper bound made inclusive of every day under a YYYY or YYYY-MM prefix. */
  dateTo: string | null;
  /** Tag names; see parse-query.ts. */
  tags: string[];
  notTags: string[];
  /** Normalised byline names; see parse-query.ts. */
  persons: string[];
  notPersons: string[];
  /** Positive terms, for highlighting. */
  terms: TextTerm[];
}

const COLUMN_FILTER: Record<TextTerm['field'], string> = {
  any: '',
  headline: 'headline : ',
  byline: 'byline : ',
};

function termExpr(term: TextTerm): string | null {
  const tokens = phraseTokens(term.text);
  return tokens ? COLUMN_FILTER[term.field] + ftsPhrase(tokens) : null;
}

const orOf = (exprs: string[]): string => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`);

export function compileQuery(q: ParsedQuery): CompiledQuery {
  const groups = q.all
    .map((g) => g.map(termExpr).filter((e): e is string => e !== null))
    .filter((g) => g.length > 0)
    .map(orOf);
  const negatives = q.none.map(termExpr).filter((e): e is string => e !== null);
  const positive = groups.length > 0 ? groups.join(' AND ') : null;
  const exclude = negatives.length > 0 ? orOf(negatives) : null;
  return {
    // FTS5's NOT is binary (a NOT b), so exclusions join the positive expression when there is one.
    match: positive && exclude ? `(${positive}) NOT ${exclude}` : positive,
    headlineMatch: positive
      ? exclude
        ? `(headline : (${positive})) NOT ${exclude}`
        : `headline : (${positive})`
      : null,
    headlineOnly: positive && !exclude && !positive.includes(COLUMN_FILTER.byline) ? positive : null,
    exclude: positive ? null : exclude,
    excludes: positive !== null && exclude !== null,
    kinds: q.kinds,
    notKinds: q.notKinds,
    dateFrom: q.dateFrom,
    // '~' sorts after '-' and every digit: '2024-08~' includes every 2024-08-DD.
    dateTo: q.dateTo === null ? null : `${q.dateTo}~`,
    tags: q.tags,
    notTags: q.notTags,
    persons: q.persons,
    notPersons: q.notPersons,
    terms: q.all.flat(),
  };
}
