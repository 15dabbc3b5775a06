import type { ArticleMatchT, TextRangeT } from '../../../../src-main/contract';

export interface Mark {
  start: number;
  end: number;
  /** Number of this match in the whole article, for next/previous navigation; -1 when not navigable. */
  n: number;
}

/** Marks of one field (kicker, paragraph 3…), numbered by their place among all matches. */
export function marksFor(
  matches: readonly ArticleMatchT[],
  field: ArticleMatchT['field'],
  index = 0,
): Mark[] {
  const out: Mark[] = [];
  matches.forEach((m, n) => {
    if (m.field === field && m.index === index) out.push({ start: m.start, end: m.end, n });
  });
  return out;
}

/** Plain ranges (a snippet's) as marks that take no part in navigation. */
export const plainMarks = (ranges: readonly TextRangeT[]): Mark[] => ranges.map((r) => ({ ...r, n: -1 }));
