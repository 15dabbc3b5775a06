/**
 * Random realistic edits for the anchoring bench: OCR fixes, sentences inserted or deleted, and
 * paragraphs merged. Each edit is one splice of the text, so the true new place of every annotation
 * is known exactly and the re-anchoring result can be graded right, wrong or orphaned.
 */
export interface Splice {
  kind: 'ocr' | 'insert' | 'delete' | 'merge';
  at: number;
  remove: number;
  insert: string;
}

export type Rng = () => number;

/** mulberry32: a seeded generator so every run of the bench grades the same edits. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** Look-alike characters OCR confuses (traditional/simplified slips, similar shapes). */
const OCR_PAIRS: [string, string][] = [
  ['级', '級'],
  ['已', '己'],
  ['未', '末'],
  ['日', '曰'],
  ['人', '入'],
  ['土', '士'],
  ['天', '夭'],
  ['区', '區'],
  ['发', '發'],
  ['经', '經'],
  ['会', '會'],
  ['业', '業'],
  ['产', '產'],
  ['新', '親'],
];
const SENTENCES = [
  '记者了解到,相关工作正在有序推进。',
  '据介绍,该项目总投资约十亿元。',
  '与会人员还就下一步工作进行了深入交流。',
  '市有关部门负责人参加活动。',
  '这一做法得到了企业的普遍认可。',
];

export function apply(text: string, s: Splice): string {
  return text.slice(0, s.at) + s.insert + text.slice(s.at + s.remove);
}

/** Sentence boundaries: just after 。!? and at paragraph starts. */
function boundaries(text: string, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(1, lo); i < Math.min(text.length, hi); i++) {
    const prev = text[i - 1];
    if (prev === '。' || prev === '!' || prev === '?' || (prev === '\n' && text[i] !== '\n')) out.push(i);
  }
  return out;
}

/** One random edit whose changed region lies within [lo, hi) of the text, or null if none fits. */
export function randomEdit(rng: Rng, text: string, lo: number, hi: number): Splice | null {
  const kind = pick(rng, ['ocr', 'ocr', 'insert', 'delete', 'merge'] as const);
  if (kind === 'ocr') {
    for (let tries = 0; tries < 20; tries++) {
      const at = int(rng, lo, hi - 1);
      const ch = text[at];
      if (!ch || /[\s,。、]/.test(ch)) continue;
      const pair = OCR_PAIRS.find((p) => p[0] === ch || p[1] === ch);
      const insert = pair ? (pair[0] === ch ? pair[1] : pair[0]) : pick(rng, OCR_PAIRS)[1];
      if (insert !== ch) return { kind, at, remove: 1, insert };
    }
    return null;
  }
  if (kind === 'insert') {
    const spots = boundaries(text, lo, hi);
    const at = spots.length > 0 ? pick(rng, spots) : int(rng, lo, hi);
    return { kind, at, remove: 0, insert: pick(rng, SENTENCES) };
  }
  if (kind === 'delete') {
    const spots = boundaries(text, lo, hi);
    for (let tries = 0; tries < 10 && spots.length > 0; tries++) {
      const at = pick(rng, spots);
      const end = text.indexOf('。', at);
      if (end !== -1 && end + 1 <= hi && text.slice(at, end).indexOf('\n') === -1)
        return { kind, at, remove: end + 1 - at, insert: '' };
    }
    // No whole sentence fits: an editor deleting a stray phrase.
    const at = int(rng, lo, Math.max(lo, hi - 4));
    return { kind, at, remove: Math.min(int(rng, 2, 6), hi - at), insert: '' };
  }
  const joins: number[] = [];
  for (let i = text.indexOf('\n\n', lo); i !== -1 && i + 2 <= hi; i = text.indexOf('\n\n', i + 1))
    joins.push(i);
  if (joins.length === 0) return null;
  return { kind, at: pick(rng, joins), remove: 2, insert: '' };
}
