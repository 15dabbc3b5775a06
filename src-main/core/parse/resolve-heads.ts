/**
 * A run of head lines before a body → kicker 引题, headline 主题, subheadline 副题.
 * Chinese papers print: optional kicker, a headline (sometimes over two lines), optional
 * subheadline usually led by ——. Two short lines are the one genuinely ambiguous case
 * (kicker + headline, or a two-line headline); we decide and say so in a warning.
 */
import type { Piece } from './piece';
import type { Line } from './split-lines';
import { visibleLength } from './text-chars';
import { bracketsBalanced } from './classify-lines';

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

/** （民生观）, （读者点题·共同关注）: a column label printed under the headline is part of it. */
const LABEL_LINE = /^[(\uFF08][^()\uFF08\uFF09]{1,24}[)\uFF09]$/u;

/**
 * Printed lines → the head units they form: a line that leaves a bracket open continues on the
 * next (山西开展“重大项目建设年”行动（ | 坚定信心，打开改革发展新天地）), and a bracketed column
 * label on its own line belongs to the line above.
 */
function headUnits(run: Line[]): Line[][] {
  const units: Line[][] = [];
  for (const line of run) {
    const last = units.at(-1);
    const lastText = last?.map((l) => l.text).join('') ?? '';
    if (last && (!bracketsBalanced(lastText) || (LABEL_LINE.test(line.text) && !SUBHEAD_DASH.test(lastText))))
      last.push({ ...line, glued: true });
    else units.push([line]);
  }
  return units;
}

export function resolveHeads(printed: Line[], warnings: string[]): Heads {
  const run = printed.flatMap(splitInlineSubhead);
  const heads: Heads = { kicker: [], headline: [], subheadline: [] };
  const units = headUnits(run);
  const text = (u: Line[] | undefined) => u?.map((l) => l.text).join('') ?? '';
  const firstSub = units.findIndex((u, i) => i > 0 && SUBHEAD_DASH.test(text(u)));
  const main = firstSub === -1 ? units : units.slice(0, firstSub);
  if (firstSub !== -1) heads.subheadline = units.slice(firstSub).flat();
  const [a, b, c] = main;

  if (main.length === 1 && a) {
    heads.headline = a;
  } else if (main.length === 2 && a && b) {
    if (isTwoLineHeadline(text(a), text(b))) {
      heads.headline = [...a, ...b];
      warnings.push(`第${a[0]?.lineNo ?? 0}行:两行短标题按一个主题合并,也可能是引题加主题`);
    } else {
      heads.kicker = a;
      heads.headline = b;
    }
  } else if (main.length >= 3 && a && b && c) {
    heads.kicker = a;
    if (main.length === 3 && isTwoLineHeadline(text(b), text(c))) {
      heads.headline = [...b, ...c];
      warnings.push(`第${b[0]?.lineNo ?? 0}行:两行短标题按一个主题合并,也可能是主题加副题`);
    } else {
      heads.headline = b;
      heads.subheadline = [...main.slice(2).flat(), ...heads.subheadline];
      warnings.push(`第${a[0]?.lineNo ?? 0}行:标题区有 ${main.length} 行,第3行起按副题处理`);
    }
  }
  return heads;
}
