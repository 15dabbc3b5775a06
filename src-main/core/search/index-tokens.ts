/**
 * What goes into the FTS5 index for one normalised text.
 *
 * Every non-space character position gets exactly one token: the bigram starting there, or, for
 * the last character of a run (a maximal stretch without spaces), that character alone
 * (长江口 → 长江 江口 口). So a query of n ≥ 2 characters is the phrase of its n−1 bigrams and a
 * single character is a prefix query; either matches exactly where the normalised text contains
 * the query as a substring, for Han, Latin, digits and punctuation alike. That is the recall an
 * editor expects from Ctrl+F, which word segmenters (吴/新明) and `trigram` (no 1–2 character
 * queries) cannot give.
 *
 * Characters are written as four base-36 digits, so every token is plain [0-9a-z] and the `ascii`
 * tokenizer splits only on our spaces: no Unicode category table inside SQLite can cut a bigram
 * like `,市` apart, and no user text ever reaches FTS5's query syntax.
 */

const WIDTH = 4; // 36^4 > 0x10FFFF

const codes = new Map<number, string>();

export function encodeChar(cp: number): string {
  let s = codes.get(cp);
  if (s === undefined) {
    s = cp.toString(36).padStart(WIDTH, '0');
    codes.set(cp, s);
  }
  return s;
}

/** Code points of each space-separated run. */
export function runsOf(normalized: string): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const ch of normalized) {
    if (ch === ' ') {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push(ch.codePointAt(0)!);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The index document for one column: tokens separated by single spaces. */
export function indexTokens(normalized: string): string {
  // One pass, no per-run arrays: this runs on every article write and dominates index build time.
  // Each character is emitted when the next one is known: as a bigram with it, or alone at a run's end.
  const out: string[] = [];
  let prev: string | null = null;
  for (const ch of normalized) {
    if (ch === ' ') {
      if (prev !== null) out.push(prev);
      prev = null;
      continue;
    }
    const code = encodeChar(ch.codePointAt(0)!);
    if (prev !== null) out.push(prev + code);
    prev = code;
  }
  if (prev !== null) out.push(prev);
  return out.join(' ');
}

export interface PhraseTokens {
  tokens: string[];
  /** The last token is a prefix (a single trailing character may be followed by anything). */
  prefix: boolean;
}

/**
 * Tokens that match exactly where `normalized` occurs as a substring. The first run must end a
 * text run and the middle runs must be whole runs (their last-character token says so); the last
 * run only has to start one.
 */
export function phraseTokens(normalized: string): PhraseTokens | null {
  const runs = runsOf(normalized);
  if (runs.length === 0) return null;
  const tokens: string[] = [];
  let prefix = false;
  runs.forEach((run, r) => {
    const last = r === runs.length - 1;
    for (let i = 0; i + 1 < run.length; i++) tokens.push(encodeChar(run[i]!) + encodeChar(run[i + 1]!));
    if (!last) tokens.push(encodeChar(run[run.length - 1]!));
    else if (run.length === 1) {
      tokens.push(encodeChar(run[0]!));
      prefix = true;
    }
  });
  return { tokens, prefix };
}

/** An FTS5 phrase string. Tokens are [0-9a-z] only, so quoting can never be broken out of. */
export function ftsPhrase(p: PhraseTokens): string {
  return `"${p.tokens.join(' ')}"${p.prefix ? ' *' : ''}`;
}
