import type { Line } from '../split-lines';
import type { LineKey } from './structure-types';

/** Every line's content key, in order. */
export function lineKeys(lines: readonly Line[]): LineKey[] {
  const seen = new Map<string, number>();
  return lines.map((l) => {
    const occurrence = seen.get(l.text) ?? 0;
    seen.set(l.text, occurrence + 1);
    return { text: l.text, occurrence, lineNo: l.lineNo };
  });
}

/**
 * The index of the line a key names, or null when the page no longer has that text. The same
 * repeat of the text is preferred; if the page now has fewer repeats, the one nearest the old place.
 */
export function findLine(keys: readonly LineKey[], key: LineKey): number | null {
  const candidates = keys.flatMap((k, i) => (k.text === key.text ? [i] : []));
  if (candidates.length === 0) return null;
  const same = candidates[key.occurrence];
  if (same !== undefined) return same;
  let best = candidates[0] ?? null;
  for (const i of candidates)
    if (
      best === null ||
      Math.abs((keys[i]?.lineNo ?? 0) - key.lineNo) < Math.abs((keys[best]?.lineNo ?? 0) - key.lineNo)
    )
      best = i;
  return best;
}
