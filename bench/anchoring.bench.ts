/**
 * Anchoring quality and speed (issue 5). Fixture articles (the parser's expected output for the seed
 * page) get random annotations and one random realistic edit at a time; every annotation is then
 * re-anchored exactly as a correction does, and graded against where its words truly went:
 * right (exactly the expected range), wrong (attached elsewhere) or orphaned.
 * Annotations that an edit only partly overlaps are neither "inside" nor "outside" and not graded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalText } from '../src-main/core/annotations/article-text';
import { reanchor } from '../src-main/core/annotations/reanchor';
import { describeRange } from '../src-main/core/annotations/selectors';
import { diffHunks } from '../src-main/core/annotations/text-change';
import { apply, int, randomEdit, seeded, type Rng, type Splice } from './anchoring-edits';

interface Tally {
  right: number;
  wrong: number;
  orphaned: number;
  total: number;
}

const FIXTURE = fileURLToPath(
  new URL('../src-main/core/parse/fixtures/000_3497fb0fb16c1ff0.expected.json', import.meta.url),
);

function fixtureTexts(): string[] {
  const page = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { articles: { paragraphs: string[] }[] };
  return page.articles.map((a) => canonicalText(a.paragraphs)).filter((t) => t.length > 100);
}

function randomRange(rng: Rng, text: string, minLen = 2): [number, number] {
  const len = int(rng, minLen, Math.min(80, text.length - 1));
  const start = int(rng, 0, text.length - len);
  return [start, start + len];
}

/** Applies several non-overlapping splices (one save with several fixes), right to left. */
function applyAll(text: string, edits: Splice[]): string {
  return [...edits].sort((x, y) => y.at - x.at).reduce(apply, text);
}

/** Where [start, end) goes under the splices, or null when a splice partly overlaps it. */
function expectedRange(r: [number, number], edits: Splice[]): [number, number] | null {
  let [s, e] = r;
  for (const x of edits) {
    const delta = x.insert.length - x.remove;
    if (x.at + x.remove <= r[0]) {
      s += delta;
      e += delta;
    } else if (x.at >= r[1]) continue;
    else if (x.at > r[0] && x.at + x.remove < r[1]) e += delta;
    else return null;
  }
  return [s, e];
}

function grade(tally: Tally, text: string, range: [number, number], edits: Splice[]): void {
  const expected = expectedRange(range, edits);
  if (!expected) return;
  const next = applyAll(text, edits);
  const got = reanchor(describeRange(text, range[0], range[1]), next, diffHunks(text, next));
  tally.total++;
  if (!got) tally.orphaned++;
  else if (got.start === expected[0] && got.end === expected[1]) tally.right++;
  else tally.wrong++;
}

/** One to three edits in separate stretches of the text, as an editor fixes several errors in one save. */
function randomEdits(rng: Rng, text: string, within?: [number, number]): Splice[] {
  const edits: Splice[] = [];
  if (within) {
    const e = randomEdit(rng, text, within[0] + 1, within[1] - 1);
    if (!e || e.at <= within[0] || e.at + e.remove >= within[1]) return [];
    edits.push(e);
  }
  const extra = int(rng, within ? 0 : 1, 2);
  for (let tries = 0; edits.length < extra + (within ? 1 : 0) && tries < 20; tries++) {
    const e = randomEdit(rng, text, 0, text.length);
    const clashes = edits.some((x) => e && e.at <= x.at + x.remove + 40 && x.at <= e.at + e.remove + 40);
    const touchesRange = within && e && e.at <= within[1] + 40 && within[0] <= e.at + e.remove + 40;
    if (e && !clashes && !touchesRange) edits.push(e);
  }
  return edits;
}

export async function benchAnchoring(opts: { size?: number } = {}): Promise<{
  outside: Tally;
  inside: Tally;
  reanchor500Ms: number;
}> {
  const trials = opts.size ?? 4000;
  const rng = seeded(20240710);
  const texts = fixtureTexts();
  const outside: Tally = { right: 0, wrong: 0, orphaned: 0, total: 0 };
  const inside: Tally = { right: 0, wrong: 0, orphaned: 0, total: 0 };

  for (let i = 0; i < trials; i++) {
    const text = texts[i % texts.length]!;
    // Outside: edits anywhere, graded on every annotation none of them touches.
    const edits = randomEdits(rng, text);
    for (let k = 0; k < 10 && edits.length > 0; k++) {
      const r = randomRange(rng, text);
      if (edits.every((x) => x.at + x.remove <= r[0] || x.at >= r[1])) grade(outside, text, r, edits);
    }
    // Inside: one edit strictly within a longer annotation (a character left each side), maybe others elsewhere.
    const r = randomRange(rng, text, 12);
    const inner = randomEdits(rng, text, r);
    if (inner.length > 0) grade(inside, text, r, inner);
  }

  return { outside, inside, reanchor500Ms: timeReanchor500(rng, texts) };
}

/** Median time to re-anchor all 500 annotations of one long article after one edit. */
function timeReanchor500(rng: Rng, texts: string[]): number {
  const text = texts.join('\n\n');
  const sels = Array.from({ length: 500 }, () => {
    const [s, e] = randomRange(rng, text);
    return describeRange(text, s, e);
  });
  const runs: number[] = [];
  for (let run = 0; run < 30; run++) {
    const edit = randomEdit(rng, text, 0, text.length);
    if (!edit) continue;
    const next = apply(text, edit);
    const t0 = performance.now();
    const change = diffHunks(text, next);
    for (const sel of sels) {
      const a = reanchor(sel, next, change);
      if (a) describeRange(next, a.start, a.end);
    }
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return Math.round((runs[Math.floor(runs.length / 2)] ?? 0) * 1000) / 1000;
}
