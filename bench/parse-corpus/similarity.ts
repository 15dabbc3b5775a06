/**
 * The reference scorer's similarity (Python's difflib.SequenceMatcher(None, a, b).ratio() with
 * autojunk off), ported so the bench and ../shared/tools/score_parse.py agree on every match.
 */
export function normalise(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s+/gu, '');
}

export function similarity(x: string | null | undefined, y: string | null | undefined): number {
  const a = [...normalise(x)];
  const b = [...normalise(y)];
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const b2j = new Map<string, number[]>();
  b.forEach((c, j) => {
    const list = b2j.get(c);
    if (list) list.push(j);
    else b2j.set(c, [j]);
  });
  let matched = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop() ?? [0, 0, 0, 0];
    const [i, j, k] = longestMatch(a, b2j, alo, ahi, blo, bhi);
    if (k === 0) continue;
    matched += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return (2 * matched) / (a.length + b.length);
}

function longestMatch(
  a: readonly string[],
  b2j: ReadonlyMap<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let bestI = alo;
  let bestJ = blo;
  let bestK = 0;
  let lengths = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i] ?? '') ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestK) {
        bestI = i - k + 1;
        bestJ = j - k + 1;
        bestK = k;
      }
    }
    lengths = next;
  }
  return [bestI, bestJ, bestK];
}
