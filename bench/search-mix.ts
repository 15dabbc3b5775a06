/**
 * The search bench's query mix, drawn from a sample of the archive's own articles so every query
 * has hits by construction (the bench still checks, and fails when one finds nothing): terms of
 * 1–4 characters at high, middle and low document frequency, names, digits, a Traditional form,
 * phrases, booleans, and each filter and exclusion beside a common term.
 */
import { normalize } from '../src-main/core/search/normalize-text';
import { TRADITIONAL } from './corpus';

export interface MixFilters {
  /** YYYY-MM: one month of the archive's three years. */
  month?: string;
  tag?: string;
  notTag?: string;
  kind?: 'photo' | 'brief';
  /** Words no hit may contain. */
  not?: string[];
}

export interface MixQuery {
  label: string;
  /** Plain terms (no syntax); `op` says how they combine. */
  terms: string[];
  op: 'and' | 'or' | 'phrase';
  filters?: MixFilters;
}

/** Tags the bench puts on its archive: 1% of articles, and 30% (for exclusions). */
export const RARE_TAG = '专题/甲';
export const WIDE_TAG = '专题/乙';

const HAN = /^\p{Script=Han}+$/u;

/** Document frequency of every Han n-gram of length 1–4 in the sample, most frequent first. */
function rankedGrams(texts: string[]): Map<number, [string, number][]> {
  const df = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    const chars = [...normalize(text)];
    for (let i = 0; i < chars.length; i++)
      for (let len = 1; len <= 4 && i + len <= chars.length; len++) {
        const g = chars.slice(i, i + len).join('');
        if (HAN.test(g)) seen.add(g);
      }
    for (const g of seen) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const byLen = new Map<number, [string, number][]>();
  for (const [g, n] of df) {
    const len = [...g].length;
    // In place: with a realistic long tail the sample holds millions of distinct grams.
    let list = byLen.get(len);
    if (!list) byLen.set(len, (list = []));
    list.push([g, n]);
  }
  for (const list of byLen.values()) list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return byLen;
}

export function queryMix(sample: string[], names: string[], months: string[]): MixQuery[] {
  const grams = rankedGrams(sample);
  const at = (len: number, share: number): string => {
    const list = grams.get(len) ?? [];
    const wanted = share * sample.length;
    // The gram whose document frequency is closest to `share` of the sample (share 0: the rarest seen).
    let best = list[0]!;
    for (const g of list) if (Math.abs(g[1] - wanted) < Math.abs(best[1] - wanted)) best = g;
    return best[0];
  };
  const common = (len: number) => grams.get(len)![0]![0];
  const present = (s: string) => sample.some((t) => normalize(t).includes(normalize(s)));
  const name3 = names.find((n) => [...n].length === 3 && present(n)) ?? at(3, 0.01);
  const name2 = names.find((n) => [...n].length === 2 && present(n)) ?? at(2, 0.01);
  const digits = sample.join('').match(/\d{4}/)?.[0] ?? '2024';
  // A run of Han characters as printed (never across punctuation), from the i-th sample onwards.
  const phrase = (len: number, i: number): string => {
    for (let k = 0; k < sample.length; k++) {
      const runs = normalize(sample[(i + k) % sample.length]!).match(/\p{Script=Han}+/gu) ?? [];
      const run = runs.find((r) => [...r].length >= len + 2);
      if (run) return [...run].slice(1, 1 + len).join('');
    }
    return common(len);
  };
  const foldable = (grams.get(2) ?? []).find(([g]) => [...g].some((c) => c in TRADITIONAL))?.[0] ?? common(2);
  const q = (label: string, terms: string[], op: MixQuery['op'] = 'and', filters?: MixFilters): MixQuery => ({
    label,
    terms,
    op,
    ...(filters ? { filters } : {}),
  });
  const month = months[Math.floor(months.length / 2)]!;
  return [
    q('1 common', [common(1)]),
    q('1 mid', [at(1, 0.05)]),
    q('1 rare', [at(1, 0)]),
    q('2 common', [common(2)]),
    q('2 mid', [at(2, 0.05)]),
    q('2 rare', [at(2, 0)]),
    q('3 common', [common(3)]),
    q('3 mid', [at(3, 0.05)]),
    q('3 rare', [at(3, 0)]),
    q('4 common', [common(4)]),
    q('4 rare', [at(4, 0)]),
    q('name 3', [name3]),
    q('name 2', [name2]),
    q('surname 1', [[...name3][0]!]),
    q('digits', [digits]),
    q('traditional', [toTraditional(foldable)]),
    q('phrase 6', [phrase(6, 7)], 'phrase'),
    q('and 2×2', [common(2), at(2, 0.3)]),
    q('and rare+common', [at(2, 0.005), common(1)]),
    q('or 2', [at(2, 0.02), at(2, 0.03)], 'or'),
    q('long 8', [phrase(8, 11)], 'phrase'),
    q('filter date', [common(2)], 'and', { month }),
    q('filter tag 1%', [common(2)], 'and', { tag: RARE_TAG }),
    q('filter kind:photo', [common(2)], 'and', { kind: 'photo' }),
    q('exclude -tag 30%', [common(2)], 'and', { notTag: WIDE_TAG }),
    q('exclude -word', [common(2)], 'and', { not: [at(2, 0.3)] }),
    q('filter date -tag 3 chars', [at(3, 0.2)], 'and', { month, notTag: WIDE_TAG }),
  ];
}

/** A Traditional spelling, so the query exercises folding (经济 → 經濟); unknown characters stay. */
function toTraditional(s: string): string {
  return [...s].map((c) => TRADITIONAL[c] ?? c).join('');
}

/** The query as an editor types it in Jianbao. */
export function jianbaoQuery(m: MixQuery): string {
  const words =
    m.op === 'or' ? m.terms.join(' OR ') : m.op === 'phrase' ? `"${m.terms.join(' ')}"` : m.terms.join(' ');
  const f = m.filters ?? {};
  return [
    words,
    f.month ? `date:${f.month}` : '',
    f.tag ? `tag:${f.tag}` : '',
    f.notTag ? `-tag:${f.notTag}` : '',
    f.kind ? `kind:${f.kind}` : '',
    ...(f.not ?? []).map((w) => `-${w}`),
  ]
    .filter((s) => s)
    .join(' ');
}
