import type { PieceSummaryT } from '../../contract';

/** A counted row's article as the people tables store it ('' for unknown page details). */
export interface PieceRow {
  article_id: number;
  headline: string | null;
  kind: PieceSummaryT['kind'];
  day: string;
  paper: string;
  page_label: string;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

export function pieceSummary(r: PieceRow): PieceSummaryT {
  return {
    articleId: r.article_id,
    headline: r.headline,
    kind: r.kind,
    date: orNull(r.day),
    paper: orNull(r.paper),
    pageLabel: orNull(r.page_label),
  };
}
