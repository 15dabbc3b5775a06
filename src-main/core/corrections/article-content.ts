import type { Byline } from '../parse/parsed-page';

/** The editable fields of an article, as kept in each history version. */
export interface ArticleContent {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  bylines: Byline[];
  paragraphs: string[];
}

export interface ContentRow {
  id: number;
  page_id: number;
  ordinal: number;
  kind: string;
  text_version: number;
  corrected: number;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  bylines: string;
  paragraphs: string;
}

export function contentOf(
  row: Pick<ContentRow, 'kicker' | 'headline' | 'subheadline' | 'bylines' | 'paragraphs'>,
): ArticleContent {
  return {
    kicker: row.kicker,
    headline: row.headline,
    subheadline: row.subheadline,
    bylines: JSON.parse(row.bylines) as Byline[],
    paragraphs: JSON.parse(row.paragraphs) as string[],
  };
}

export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
