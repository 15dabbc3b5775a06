import type { ParserLine } from '../parsed-page';
import type { RewriteMap } from '../shape/rewritten-text';
import type { Line } from '../split-lines';
import { lineKeys } from './line-keys';

/** Each parser line's key and the decoded page's lines under it (a rejoined paragraph spans several). */
export function parserLines(lines: readonly Line[], map: RewriteMap, text: string): ParserLine[] {
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n' || text[k] === '\f') starts.push(k + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const keys = lineKeys(lines);
  return lines.map((line, i) => {
    const spans = map.spans([line.start, line.end]);
    const first = spans[0]?.[0] ?? 0;
    const last = Math.max(first, (spans.at(-1)?.[1] ?? first + 1) - 1);
    const key = keys[i] ?? { text: line.text, occurrence: 0, lineNo: line.lineNo };
    return { key, from: lineOf(first), to: lineOf(last) };
  });
}
