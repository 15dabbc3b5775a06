/**
 * A column break inside a dateline: 本报南宁2月2 | (blank) | 4日电  （记者张云河）近日…. The two
 * halves are one source marker, so the lines between are bridged before anything reads them
 * (the source detector needs the marker whole, in one piece).
 */
import type { SourceLine } from './source-lines';

const PARTIAL =
  /^(?:本报|新华社|中新社|人民日报)\p{Script=Han}{0,10}?(?:[0-9０-９]{1,2}(?:月(?:[0-9０-９]{1,2}日?)?)?)?$/u;
const WHOLE = /^(?:本报|新华社|中新社|人民日报)\p{Script=Han}{0,10}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日电/u;

/** Indexes of lines joined to the next one (blank lines between included). */
export function datelineBridges(lines: readonly SourceLine[]): Set<number> {
  const bridged = new Set<number>();
  lines.forEach((line, i) => {
    if (line.blank || line.read.length < 3 || !PARTIAL.test(line.read) || WHOLE.test(line.read)) return;
    let k = i + 1;
    while (lines[k]?.blank) k++;
    const next = lines[k];
    if (!next || !WHOLE.test(line.read + next.read)) return;
    for (let j = i; j < k; j++) bridged.add(j);
  });
  return bridged;
}
