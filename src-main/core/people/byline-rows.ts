import { personKey, roleKey } from './person-name';

/** One counted byline of an article: what the `article_bylines` table stores per row. */
export interface BylineRow {
  name: string;
  role: string;
  /** 1 on the first row of a name, so a person credited twice on one piece (文/图) counts it once. */
  first: 0 | 1;
  /** Distinct names on the article: above 1 the piece is shared. */
  names: number;
}

/**
 * The counted bylines of one article, from its stored `bylines` JSON. Rows repeat neither a
 * (name, role) pair nor keep a name that normalises to nothing; malformed JSON counts as unsigned.
 */
export function bylineRows(bylinesJson: string): BylineRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bylinesJson);
  } catch (e) {
    // The column is written by our own code; a bad value must not block the write that stores it.
    if (e instanceof SyntaxError) return [];
    throw e;
  }
  if (!Array.isArray(parsed)) return [];
  const rows: BylineRow[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const b of parsed as unknown[]) {
    if (typeof b !== 'object' || b === null) continue;
    const { name, role } = b as { name?: unknown; role?: unknown };
    if (typeof name !== 'string') continue;
    const key = personKey(name);
    if (key === null) continue;
    const r = roleKey(typeof role === 'string' ? role : '');
    if (seen.has(`${key}\u0000${r}`)) continue;
    seen.add(`${key}\u0000${r}`);
    rows.push({ name: key, role: r, first: names.has(key) ? 0 : 1, names: 0 });
    names.add(key);
  }
  for (const row of rows) row.names = names.size;
  return rows;
}
