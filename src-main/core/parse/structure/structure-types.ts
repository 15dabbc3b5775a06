/**
 * An editor's decisions about a page's structure (issue 11: the page view). They are kept against
 * the lines the parser reads, by content (the line's text and which repeat of it), so re-importing
 * the same or a slightly corrected file finds the same lines and applies them again.
 */
import type { LINE_ROLES } from '../../../contract-page-view';

export type LineRole = (typeof LINE_ROLES)[number];

/** A line by content: its trimmed text, which repeat of that text on the page, and where it was. */
export interface LineKey {
  text: string;
  /** 0-based: the n-th line of the page with exactly this text. */
  occurrence: number;
  /** 1-based line number when the decision was made: breaks ties when repeats moved. */
  lineNo: number;
}

export type StructureDecision =
  | { action: 'role'; line: LineKey; role: LineRole }
  /** This line starts a new article (the lines after it, up to the next article, go with it). */
  | { action: 'start'; line: LineKey }
  /** The article holding this line joins the one before it; its heads become body text. */
  | { action: 'merge'; line: LineKey }
  /** This line goes to the article holding `target`. */
  | { action: 'move'; line: LineKey; target: LineKey };

/** Where one parser line went: its article (index into the page's articles, or null) and its role. */
export interface LinePlacement {
  article: number | null;
  role: LineRole;
}
