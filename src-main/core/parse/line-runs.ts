/**
 * Looking ahead from a line: how far a run of head lines (or an editor's note) reaches and what
 * follows it. The assembler decides what a head run is by what comes after it.
 */
import type { LineInfo } from './classify-lines';
import { findTrailingByline } from './detect-byline';
import { isPictureRole } from './photo-credits';
import { visibleLength } from './text-chars';

export type NextKind = 'source' | 'byline' | 'caption' | 'body' | 'continuation' | 'end';

/** Head lines from i on, and what kind of line follows them. */
export function headRun(infos: LineInfo[], i: number): { end: number; next: NextKind } {
  let j = i;
  while (infos[j]?.headLike) j++;
  const n = infos[j];
  const next: NextKind =
    !n || n.furniture
      ? 'end'
      : n.source
        ? 'source'
        : n.byline
          ? 'byline'
          : n.photoCredit
            ? 'caption'
            : n.continuation
              ? 'continuation'
              : 'body';
  return { end: j, next };
}

/** Where an editor's note starting at i ends: at the head run it introduces, if there is one. */
export function prefaceEnd(infos: LineInfo[], i: number): number | null {
  for (let k = i + 1; k < infos.length; k++) {
    const x = infos[k];
    if (!x || x.furniture || x.byline || x.source) return null;
    if (x.headLike) return k;
  }
  return null;
}

/** Does the body starting at line j (up to the next head or furniture) carry a byline? */
export function bodyHasByline(infos: LineInfo[], j: number): boolean {
  for (let k = j; k < infos.length; k++) {
    const x = infos[k];
    if (!x || x.headLike || x.furniture || x.source) return false;
    // A photographer's credit under a picture inside the text signs the picture, not an article.
    const found = x.byline ?? findTrailingByline(x.line)?.match ?? null;
    if (found && !found.bylines.every((b) => isPictureRole(b.role))) return true;
  }
  return false;
}

const MAX_CAPTION_LINES = 2;
const MAX_TITLED_CAPTION = 80;

/**
 * Does a photo item start at line j: at most two short lines of caption, then a byline line
 * crediting only the picture (秋 | 南通城区今晨… | 本报记者 黄河 摄)?
 */
export function captionFollows(infos: LineInfo[], j: number): boolean {
  let length = 0;
  for (let k = j; k < infos.length && k - j <= MAX_CAPTION_LINES; k++) {
    const x = infos[k];
    if (!x || x.headLike || x.furniture || x.source || x.standalone) return false;
    if (x.byline) return k > j && x.byline.bylines.every((b) => isPictureRole(b.role));
    length += visibleLength(x.line.text);
    // A title's caption is a sentence or two; a long paragraph after a short line is body under a subhead.
    if (length > MAX_TITLED_CAPTION) return false;
    // …综合机械化率超过九成。记者 顾晓东 摄: the credit closes the caption's last line.
    if (x.photoCredit) return true;
  }
  return false;
}
