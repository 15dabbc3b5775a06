/** The searchable parts of an article as stored in the `articles` row (JSON columns still strings). */
export interface SearchableRow {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  source: string | null;
  bylines: string;
  paragraphs: string;
}

export type SegmentField = 'kicker' | 'headline' | 'subheadline' | 'source' | 'byline' | 'paragraph';

/** One piece of original text the reader shows as a unit; `index` counts bylines and paragraphs. */
export interface Segment {
  field: SegmentField;
  index: number;
  text: string;
}

/** FTS5 columns, in the order bm25 weights are given. */
export type Column = 'headline' | 'byline' | 'body';
export const COLUMNS: readonly Column[] = ['headline', 'byline', 'body'];

export const columnOf: Record<SegmentField, Column> = {
  kicker: 'headline',
  headline: 'headline',
  subheadline: 'headline',
  byline: 'byline',
  source: 'body',
  paragraph: 'body',
};

/**
 * The one definition of what is searchable, shared by the index (via the SQL function), the
 * highlighter and the tests' brute-force scan, so they can never disagree.
 */
export function articleSegments(row: SearchableRow): Segment[] {
  const out: Segment[] = [];
  const add = (field: SegmentField, index: number, text: string | null): void => {
    if (text) out.push({ field, index, text });
  };
  add('kicker', 0, row.kicker);
  add('headline', 0, row.headline);
  add('subheadline', 0, row.subheadline);
  (JSON.parse(row.bylines) as { name: string }[]).forEach((b, i) => add('byline', i, b.name));
  add('source', 0, row.source);
  (JSON.parse(row.paragraphs) as string[]).forEach((p, i) => add('paragraph', i, p));
  return out;
}
