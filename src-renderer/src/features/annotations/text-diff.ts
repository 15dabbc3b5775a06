/**
 * Word-level differences between two versions of a text, for 修改历史. Chinese has no spaces, so a
 * "word" is one Han character; a run of Latin letters or digits (PM2.5, 2024) is one word, and so is
 * a run of spaces. Corrections are small: the common start and end are cut off first, and only the
 * changed middle is compared (longest common subsequence), capped so a rewrite stays instant.
 */
export interface DiffPart {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

const TOKEN = /[\p{L}\p{N}_.%-]+(?<![.-])|\s+|./gsu;
const HAN = /\p{Script=Han}/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    // Han characters run together in the word pattern; each is its own word.
    if (HAN.test(t)) for (const ch of t.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? []) out.push(ch);
    else out.push(t);
  }
  return out;
}

/** Above this many cells the middle is shown as one deletion and one insertion. */
const MAX_CELLS = 4_000_000;

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_CELLS) {
    push(parts, 'del', midA.join(''));
    push(parts, 'ins', midB.join(''));
  } else {
    // lcs[i][j]: common subsequence length of midA[i..] and midB[j..], one flat array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i * w + j] =
          midA[i] === midB[j]
            ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1
            : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        push(parts, 'same', midA[i++] ?? '');
        j++;
      } else if (i < n && (j === m || (lcs[(i + 1) * w + j] ?? 0) >= (lcs[i * w + j + 1] ?? 0))) {
        // Deletions before insertions: "2023 → 2024" reads as struck then added.
        push(parts, 'del', midA[i++] ?? '');
      } else push(parts, 'ins', midB[j++] ?? '');
    }
  }
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

/** Long unchanged stretches shortened to their ends, so a one-word fix in a long article reads at a glance. */
export function collapseSame(parts: DiffPart[], keep = 16): DiffPart[] {
  return parts.map((p, i) => {
    if (p.kind !== 'same' || [...p.text].length <= keep * 2 + 1) return p;
    const chars = [...p.text];
    const head = i === 0 ? '' : chars.slice(0, keep).join('');
    const tail = i === parts.length - 1 ? '' : chars.slice(-keep).join('');
    return { kind: 'same', text: `${head}…${tail}` };
  });
}
