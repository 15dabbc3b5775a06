import { mergeShortEqualities, slideToBoundaries } from './hunk-cleanup';

/**
 * What an edit changed, as hunks: old [oldStart, oldEnd) became new [newStart, newEnd).
 * Corrections arrive as whole texts (the editor's textarea), so a character diff is how we learn
 * which words moved where; several fixes in one save give several hunks, and annotations between
 * them map exactly instead of falling back to searching.
 */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Past this many edited characters the diff (O((N+M)·D) time, O(D²) memory) would cost more than
 * it is worth: the change is treated as one rewrite and annotations are found by quote instead.
 */
const MAX_EDIT_DISTANCE = 1000;

export function diffHunks(before: string, after: string): Hunk[] {
  if (before === after) return [];
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s))
    s++;
  const a = before.slice(p, before.length - s);
  const b = after.slice(p, after.length - s);
  const inner = myers(a, b);
  const whole: Hunk = { oldStart: 0, oldEnd: a.length, newStart: 0, newEnd: b.length };
  const hunks = (inner ?? [whole]).map((h) => ({
    oldStart: h.oldStart + p,
    oldEnd: h.oldEnd + p,
    newStart: h.newStart + p,
    newEnd: h.newEnd + p,
  }));
  return slideToBoundaries(mergeShortEqualities(hunks), before, after);
}

/** Myers' O(ND) shortest edit script, returned as merged hunks; null when D exceeds the cap. */
function myers(a: string, b: string): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
          ? (v[offset + k + 1] ?? 0)
          : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  // Walk back through the saved frontiers, collecting edited positions as hunks (built backwards).
  const hunks: Hunk[] = [];
  let x = n;
  let y = m;
  const add = (ox: number, oy: number, nx: number, ny: number): void => {
    const last = hunks[hunks.length - 1];
    if (last && last.oldStart === nx && last.newStart === ny) {
      last.oldStart = ox;
      last.newStart = oy;
    } else hunks.push({ oldStart: ox, oldEnd: nx, newStart: oy, newEnd: ny });
  };
  for (let d = found; d > 0; d--) {
    const vd = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (vd[offset + k - 1] ?? 0) < (vd[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    // Diagonal (equal characters) back to the end of the previous edit.
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    x = startX;
    y = startY;
    add(prevX, prevY, x, y);
    x = prevX;
    y = prevY;
  }
  return hunks.reverse();
}

/**
 * Maps an annotation's start through the hunks. Text inserted exactly at the start stays outside
 * the annotation; a start inside replaced text moves to where the replacement begins.
 */
export function mapStart(hunks: readonly Hunk[], pos: number): number {
  let last: Hunk | undefined;
  for (const h of hunks) {
    if (pos < h.oldStart) return pos - h.oldStart + h.newStart;
    if (pos < h.oldEnd) return h.newStart;
    last = h;
  }
  return last ? pos - last.oldEnd + last.newEnd : pos;
}

/** Maps an annotation's end: text inserted exactly at the end stays outside; inside → end of replacement. */
export function mapEnd(hunks: readonly Hunk[], pos: number): number {
  let last: Hunk | undefined;
  for (const h of hunks) {
    if (pos <= h.oldStart) return pos - h.oldStart + h.newStart;
    if (pos <= h.oldEnd) return h.newEnd;
    last = h;
  }
  return last ? pos - last.oldEnd + last.newEnd : pos;
}

/** True when no hunk touches either end of [start, end): both ends then map exactly. */
export function cleanBoundaries(hunks: readonly Hunk[], start: number, end: number): boolean {
  return hunks.every((h) => h.oldEnd <= start || h.oldStart >= end || (h.oldStart > start && h.oldEnd < end));
}
