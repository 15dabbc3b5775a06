/**
 * Scores one parsed page against its truth exactly as ../shared/tools/score_parse.py does:
 * greedy one-to-one matching on 0.3 × headline + 0.7 × body similarity (a match needs headline
 * ≥ 0.9 and body ≥ 0.95), then nine fields compared on each matched pair.
 */
import { normalise, similarity } from './similarity';

export interface TruthItem {
  kind: string;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  source: string | null;
  bylines: { role: string; name: string }[];
  paragraphs: string[];
  continued: string | null;
}

export interface PageScore {
  truth: number;
  predicted: number;
  matched: number;
  fieldsOk: number;
  fieldsAll: number;
  /** Truth items not found, and wrong fields of found ones. */
  misses: { item: number; headline: string; field: string; expected: unknown; got: unknown }[];
}

const body = (x: TruthItem) => x.paragraphs.join('');
const bylines = (x: TruthItem) =>
  x.bylines
    .map((b) => `${normalise(b.role)}\u0000${normalise(b.name)}`)
    .sort()
    .join('\u0001');

const FIELDS: Record<string, (t: TruthItem, p: TruthItem) => boolean> = {
  kind: (t, p) => normalise(t.kind) === normalise(p.kind),
  kicker: (t, p) => normalise(t.kicker) === normalise(p.kicker),
  headline: (t, p) => normalise(t.headline) === normalise(p.headline),
  subheadline: (t, p) => normalise(t.subheadline) === normalise(p.subheadline),
  source: (t, p) => normalise(t.source) === normalise(p.source),
  bylines: (t, p) => bylines(t) === bylines(p),
  body: (t, p) => normalise(body(t)) === normalise(body(p)),
  paragraphs: (t, p) =>
    JSON.stringify(t.paragraphs.map(normalise)) === JSON.stringify(p.paragraphs.map(normalise)),
  continued: (t, p) => normalise(t.continued) === normalise(p.continued),
};

function fieldValue(x: TruthItem, field: string): unknown {
  if (field === 'body') return body(x).slice(0, 60);
  if (field === 'paragraphs') return x.paragraphs.map((p) => p.slice(0, 24));
  return (x as unknown as Record<string, unknown>)[field];
}

export function scorePage(truth: readonly TruthItem[], predicted: readonly TruthItem[]): PageScore {
  const pairs: [number, number, number][] = [];
  truth.forEach((t, i) =>
    predicted.forEach((p, j) => {
      const hs = similarity(t.headline, p.headline);
      if (hs < 0.9) return;
      const bs = similarity(body(t), body(p));
      if (bs >= 0.95) pairs.push([0.3 * hs + 0.7 * bs, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const usedT = new Set<number>();
  const usedP = new Set<number>();
  const score: PageScore = {
    truth: truth.length,
    predicted: predicted.length,
    matched: 0,
    fieldsOk: 0,
    fieldsAll: 0,
    misses: [],
  };
  for (const [, i, j] of pairs) {
    if (usedT.has(i) || usedP.has(j)) continue;
    usedT.add(i);
    usedP.add(j);
    score.matched++;
    const t = truth[i];
    const p = predicted[j];
    if (!t || !p) continue;
    for (const [field, same] of Object.entries(FIELDS)) {
      score.fieldsAll++;
      if (same(t, p)) score.fieldsOk++;
      else
        score.misses.push({
          item: i,
          headline: t.headline ?? '',
          field,
          expected: fieldValue(t, field),
          got: fieldValue(p, field),
        });
    }
  }
  truth.forEach((t, i) => {
    if (!usedT.has(i))
      score.misses.push({
        item: i,
        headline: t.headline ?? '',
        field: 'item',
        expected: 'found',
        got: 'missed',
      });
  });
  return score;
}
