/**
 * The region an edit replaced, found by trimming the common prefix and suffix of the two texts.
 * Corrections arrive as whole texts (the editor's textarea), so this is how we learn what changed.
 * Several scattered fixes in one save give one region spanning them; annotations inside that
 * region then fall through to the quote and fuzzy steps of re-anchoring.
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export function changedRegion(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s))
    s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/**
 * Maps an annotation's start through a change. Text inserted exactly at the start stays outside
 * the annotation; a start inside replaced text moves to where the replacement begins.
 */
export function mapStart(c: TextChange, pos: number): number {
  if (pos < c.start) return pos;
  if (pos >= c.oldEnd) return pos + (c.newEnd - c.oldEnd);
  return c.start;
}

/** Maps an annotation's end: text inserted exactly at the end stays outside; inside → end of replacement. */
export function mapEnd(c: TextChange, pos: number): number {
  if (pos > c.oldEnd) return pos + (c.newEnd - c.oldEnd);
  if (pos <= c.start) return pos;
  return c.newEnd;
}
