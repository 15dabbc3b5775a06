/**
 * 副刊 pages print poems: many short lines with no sentence punctuation, which on their own read
 * exactly like a head run. Headlines never run past three or four lines, and a literary piece
 * names its author on a line of its own under the title (夏夜 | 李 明 | 萤火虫提着灯笼 | …). A head
 * run split at such author lines gives, for each piece, its heads, its author and its verse
 * lines, each verse line its own paragraph (the line breaks are the poem's form).
 */
import type { Line } from './split-lines';
import { parseByline, AUTHOR_ROLE, BARE_NAME_ROLE, type BylineMatch } from './detect-byline';

/** More lines than any kicker + two-line headline + subheadline. */
const MIN_VERSE_RUN = 5;
/** 李 明, 王 芳: a name spaced out to the width of three characters, as 副刊 pages print authors. */
const SPACED_NAME = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,2}$/u;

export interface VersePiece {
  heads: Line[];
  author: { line: Line; match: BylineMatch } | null;
  verse: Line[];
}

function authorOf(line: Line, isLast: boolean): BylineMatch | null {
  // An unspaced two-character line could be a title (夏夜); only trust it right above the body.
  if (!SPACED_NAME.test(line.text) && !isLast) return null;
  if ([...line.text.replace(/\s+/gu, '')].length > 3) return null;
  // 副刊 pages space a name out to three characters' width (李 明) and credit it as 文; a name
  // alone under a news headline, padded the national papers' way (商  旸) or not, is the 作者.
  const literary = /\p{Script=Han} \p{Script=Han}/u.test(line.text) && !/\s{2}/u.test(line.text);
  return parseByline(line, { bareRole: literary ? AUTHOR_ROLE : BARE_NAME_ROLE });
}

/** The run as literary pieces, or null when it is an ordinary head run. */
export function splitVerseRun(run: Line[], bodyFollows: boolean): VersePiece[] | null {
  const authors: { at: number; match: BylineMatch }[] = [];
  run.forEach((line, at) => {
    if (at === 0) return;
    const match = authorOf(line, bodyFollows && at === run.length - 1);
    if (match) authors.push({ at, match });
  });
  if (authors.length === 0) {
    if (run.length < MIN_VERSE_RUN) return null;
    const [title, ...verse] = run;
    return title ? [{ heads: [title], author: null, verse }] : null;
  }
  const pieces: VersePiece[] = [];
  let headStart = 0;
  authors.forEach(({ at, match }, k) => {
    const nextAuthor = authors[k + 1]?.at;
    // The next piece's heads: its title, and a ——subheadline under it.
    let nextHeads = nextAuthor === undefined ? run.length : nextAuthor - 1;
    const sub = run[nextHeads];
    if (nextAuthor !== undefined && sub && /^(?:——|--)/u.test(sub.text) && nextHeads - 1 > at) nextHeads--;
    const author = run[at];
    if (!author) return;
    pieces.push({
      heads: run.slice(headStart, at),
      author: { line: author, match },
      verse: run.slice(at + 1, nextHeads),
    });
    headStart = nextHeads;
  });
  return pieces;
}
