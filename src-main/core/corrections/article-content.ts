import type { Byline } from '../parse/parsed-page';

/** The editable fields of an article, as kept in each history version. */
export interface ArticleContent {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  /** Source label (晚报讯, 新华社北京7月10日电): OCR gets it wrong as often as the body. */
  source: string | null;
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
  source: string | null;
  bylines: string;
  paragraphs: string;
}

export function contentOf(
  row: Pick<ContentRow, 'kicker' | 'headline' | 'subheadline' | 'source' | 'bylines' | 'paragraphs'>,
): ArticleContent {
  return {
    kicker: row.kicker,
    headline: row.headline,
    subheadline: row.subheadline,
    source: row.source,
    bylines: JSON.parse(row.bylines) as Byline[],
    paragraphs: JSON.parse(row.paragraphs) as string[],
  };
}

/** Only the editable fields of `c`, in one key order, so objects with more fields compare fairly. */
export function pickContent(c: ArticleContent): ArticleContent {
  const { kicker, headline, subheadline, source, bylines, paragraphs } = c;
  return { kicker, headline, subheadline, source, bylines, paragraphs };
}

export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return JSON.stringify(pickContent(a)) === JSON.stringify(pickContent(b));
}
