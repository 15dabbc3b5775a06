import type { ArticleSummaryT } from '../../contract';
import type { ArticleKind, PageMeta } from '../parse/parsed-page';

/** Row shapes as SQLite returns them; JSON columns are still strings here. */
export interface PageRow {
  id: number;
  file_name: string;
  paper: string | null;
  date: string | null;
  page_label: string | null;
  section: string | null;
  warnings: string;
  imported_at: string;
}

export interface ArticleRow {
  id: number;
  page_id: number;
  ordinal: number;
  kind: ArticleKind;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  source: string | null;
  bylines: string;
  paragraphs: string;
  continued: string | null;
}

export const pageMetaOf = (p: Pick<PageRow, 'paper' | 'date' | 'page_label' | 'section'>): PageMeta => ({
  paper: p.paper,
  date: p.date,
  pageLabel: p.page_label,
  section: p.section,
});

export const articleSummaryRow = (
  a: Pick<ArticleRow, 'id' | 'ordinal' | 'kind' | 'kicker' | 'headline'>,
): ArticleSummaryT => ({
  id: a.id,
  ordinal: a.ordinal,
  kind: a.kind,
  kicker: a.kicker,
  headline: a.headline,
});
