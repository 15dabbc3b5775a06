/**
 * What the layout analysis reads from one PDF page. Coordinates are PDF points with the origin at
 * the page's top-left corner and y growing downwards, as a reader looks at the page.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  baseline: number;
  width: number;
  /** Type size in points (the em square's height). */
  size: number;
  /** The font object the run was set in: runs in one face share it (Song body, Kai byline). */
  font: string;
}

export type GraphicKind = 'rule' | 'box' | 'image';

export interface Graphic extends Rect {
  /** rule: a thin line (either direction); box: a filled area (a photo placeholder, a tint); image. */
  kind: GraphicKind;
}

export interface PdfPageContent {
  /** 1-based page number in the file. */
  pageNo: number;
  width: number;
  height: number;
  runs: TextRun[];
  graphics: Graphic[];
}

export const right = (r: Rect): number => r.x + r.width;
export const bottom = (r: Rect): number => r.y + r.height;

/** The smallest rectangle holding all of `rects` (an empty rectangle at 0,0 for none). */
export function unionRect(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map(right)) - x, height: Math.max(...rects.map(bottom)) - y };
}
