/**
 * A run of head lines before a body → kicker 引题, headline 主题, subheadline 副题.
 * Chinese papers print: optional kicker, a headline (sometimes over two lines), optional
 * subheadline usually led by ——. Two short lines are the one genuinely ambiguous case
 * (kicker + headline, or a two-line headline); we decide and say so in a warning.
 */
import type { Piece } from './piece';
import type { Line } from './split-lines';
import { visibleLength } from './text-chars';

export interface Heads {
  kicker: Piece[];
  headline: Piece[];
  subheadline: Piece[];
}

const SUBHEAD_DASH = /^(?:——|—|--|－－|─)/u;
const PHRASE_BREAK = /[,\uFF0C、:\uFF1A\s—]/u;
const HALF_MAX = 14;

/** Two lines that read as halves of one headline: both short, parallel, no inner punctuation. */
function isTwoLineHeadline(a: string, b: string): boolean {
  const la = visibleLength(a);
  const lb = visibleLength(b);
  return (
    la <= HALF_MAX &&
    lb <= HALF_MAX &&
    Math.abs(la - lb) <= 3 &&
    !PHRASE_BREAK.test(a) &&
    !PHRASE_BREAK.test(b)
  );
}

/** 奥运冠军回家乡 ——专访陈雨萱: a subheadline printed on the headline's line, after a gap. */
function splitInlineSubhead(line: Line): Line[] {
  const m = /\s+(?=(?:——|--)\S)/u.exec(line.text);
  if (!m || m.index === 0) return [line];
  const at = m.index + m[0].length;
  return [
    { ...line, text: line.text.slice(0, m.index), end: line.start + m.index },
    { ...line, text: line.text.slice(at), start: line.start + at },
  ];
}

export function resolveHeads(printed: Line[], warnings: string[]): Heads {
  const run = printed.flatMap(splitInlineSubhead);
  const heads: Heads = { kicker: [], headline: [], subheadline: [] };
  const firstSub = run.findIndex((l, i) => i > 0 && SUBHEAD_DASH.test(l.text));
  const main = firstSub === -1 ? run : run.slice(0, firstSub);
  if (firstSub !== -1) heads.subheadline = run.slice(firstSub);
  const [a, b, c] = main;

  if (main.length === 1 && a) {
    heads.headline = [a];
  } else if (main.length === 2 && a && b) {
    if (isTwoLineHeadline(a.text, b.text)) {
      heads.headline = [a, b];
      warnings.push(`第${a.lineNo}行:两行短标题按一个主题合并,也可能是引题加主题`);
    } else {
      heads.kicker = [a];
      heads.headline = [b];
    }
  } else if (main.length >= 3 && a && b && c) {
    heads.kicker = [a];
    if (main.length === 3 && isTwoLineHeadline(b.text, c.text)) {
      heads.headline = [b, c];
      warnings.push(`第${b.lineNo}行:两行短标题按一个主题合并,也可能是主题加副题`);
    } else {
      heads.headline = [b];
      heads.subheadline = [...main.slice(2), ...heads.subheadline];
      warnings.push(`第${a.lineNo}行:标题区有 ${main.length} 行,第3行起按副题处理`);
    }
  }
  return heads;
}
