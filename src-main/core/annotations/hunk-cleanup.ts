import type { Hunk } from './text-change';

/**
 * A shortest edit script is not unique: "生产的" + a sentence containing "的" can align the old
 * "的" inside the new sentence, and a sentence ending in "。" inserted after a "。" can land one
 * character early. Both put an annotation's end on the wrong side of the insertion. Two cleanups,
 * in the spirit of diff-match-patch's semantic cleanup, make hunks follow what an editor did.
 */

/** Merges hunks separated by an equality no longer than the edits on either side of it. */
export function mergeShortEqualities(hunks: Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (const h of hunks) {
    const last = out[out.length - 1];
    if (last) {
      const gap = h.oldStart - last.oldEnd;
      const sizeOf = (x: Hunk) => Math.max(x.oldEnd - x.oldStart, x.newEnd - x.newStart);
      if (gap <= Math.min(sizeOf(last), sizeOf(h))) {
        last.oldEnd = h.oldEnd;
        last.newEnd = h.newEnd;
        continue;
      }
    }
    out.push({ ...h });
  }
  return out;
}

const SENTENCE_END = /[。!?!?;;\n]/;

/** Higher is a more natural place for an inserted or deleted run to begin. */
function boundaryScore(text: string, at: number): number {
  if (at === 0 || at === text.length) return 3;
  const before = text[at - 1] ?? '';
  if (SENTENCE_END.test(before)) return 2;
  if (/[,,、::]/.test(before)) return 1;
  return 0;
}

/**
 * Slides each pure insertion (in `after`) or pure deletion (in `before`) along the run of equal
 * characters around it to the position after the nearest sentence end, when there is one.
 */
export function slideToBoundaries(hunks: Hunk[], before: string, after: string): Hunk[] {
  return hunks.map((h, i) => {
    const insertion = h.oldStart === h.oldEnd;
    const deletion = h.newStart === h.newEnd;
    if (!insertion && !deletion) return h;
    const text = insertion ? after : before;
    const [s, e] = insertion ? [h.newStart, h.newEnd] : [h.oldStart, h.oldEnd];
    const prev = hunks[i - 1];
    const next = hunks[i + 1];
    // Never slide into a neighbouring hunk.
    const floor = insertion ? (prev ? prev.newEnd : 0) : prev ? prev.oldEnd : 0;
    const ceil = insertion ? (next ? next.newStart : text.length) : next ? next.oldStart : text.length;
    let best = 0;
    let bestScore = boundaryScore(text, s);
    for (let d = -1; s + d >= floor && text[s + d] === text[e + d]; d--) {
      const score = boundaryScore(text, s + d);
      if (score > bestScore) [best, bestScore] = [d, score];
    }
    for (let d = 1; e + d - 1 < ceil && text[s + d - 1] === text[e + d - 1]; d++) {
      const score = boundaryScore(text, s + d);
      if (score > bestScore) [best, bestScore] = [d, score];
    }
    return best === 0
      ? h
      : {
          oldStart: h.oldStart + best,
          oldEnd: h.oldEnd + best,
          newStart: h.newStart + best,
          newEnd: h.newEnd + best,
        };
  });
}
