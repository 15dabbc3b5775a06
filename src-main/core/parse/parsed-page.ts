/**
 * The parser's output: exactly the shape of `parse <file> --json`
 * (see fixtures/000_3497fb0fb16c1ff0.expected.json), plus source offsets kept beside it.
 */
import type { LineKey, StructureDecision } from './structure/structure-types';

export type ArticleKind = 'article' | 'photo' | 'brief';

export interface Byline {
  role: string;
  name: string;
}

export interface PageMeta {
  paper: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  pageLabel: string | null;
  section: string | null;
}

export interface ParsedArticle {
  kind: ArticleKind;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  source: string | null;
  bylines: Byline[];
  paragraphs: string[];
  continued: string | null;
}

/**
 * Page furniture kinds the parser emits: page headers/footers (版次, 日期, 责任编辑…),
 * page numbers (-3-, 第3版), section labels (要闻, 简讯…) and chart credits (数据来源：…).
 */
export type FurnitureKind = 'header' | 'page-number' | 'section' | 'credit';

export interface FurnitureItem {
  kind: FurnitureKind;
  text: string;
}

export interface ParsedPage {
  page: string;
  encoding: string;
  meta: PageMeta;
  articles: ParsedArticle[];
  furniture: FurnitureItem[];
  warnings: string[];
}

/** [start, end) offsets into the decoded page text. A field may come from several pieces. */
export type Span = [number, number];

export interface ArticleSpans {
  kicker: Span[];
  headline: Span[];
  subheadline: Span[];
  source: Span[];
  bylines: Span[][];
  paragraphs: Span[][];
  continued: Span[];
  /** Picture credits that name no person (受访者供图, 资料图片): printed, placed, stored as no byline. */
  credits?: Span[][];
  /**
   * Characters consumed as markup rather than stored in a field: bullets (■●◆), the □ before a
   * byline, brackets around a 【title】, parentheses around a byline or a continuation marker,
   * and the '/', ':' and list separators inside bylines. Only characters of `MARKUP_CHARS`
   * (see check-conservation.ts) may appear here.
   */
  markup: Span[];
}

export interface ParseOutcome {
  parsed: ParsedPage;
  /** The decoded text the spans point into (line endings normalised to \n). */
  text: string;
  /** One entry per article, in the same order as parsed.articles. */
  spans: ArticleSpans[];
  /** One entry per parsed.furniture item: where its text came from. */
  furnitureSpans: Span[][];
  /** The input shape the page was read as (detected, or forced by ParseOptions.shape). */
  shape: PageShape;
  /** Why the parse looks implausible and needs an editor's look (page-plausibility.ts), or null. */
  review?: string | null;
  /** The lines the parser read (structure decisions name them), with their place in the decoded text. */
  lines?: ParserLine[];
}

/** A line the parser read, by content, and the lines of the decoded page it came from (1-based, inclusive). */
export interface ParserLine {
  key: LineKey;
  from: number;
  to: number;
}

/** How the page's text was laid out by the tool that extracted it (see shape/detect-shape.ts). */
export type PageShape = 'para' | 'wrapped' | 'layout';

export interface ParseOptions {
  /** Import-time overrides for page metadata (CLI --paper/--date/--page). */
  meta?: Partial<PageMeta>;
  /** Read the page as this shape instead of detecting it. */
  shape?: PageShape;
  /** An editor's fixes of this page's structure (the page view), applied after assembly. */
  structure?: readonly StructureDecision[] | ((page: string) => readonly StructureDecision[]);
}
