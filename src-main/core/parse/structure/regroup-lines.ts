/**
 * Applies an editor's structure decisions, in the order they were made, to where the parser put
 * each line: which article (group) and what role. Lines are never dropped: a line taken out of an
 * article becomes furniture, a furniture line given a role joins the article around it.
 */
import type { LinePlacement, LineRole } from './structure-types';

export type ResolvedDecision =
  | { action: 'role'; line: number; role: LineRole }
  | { action: 'start'; line: number }
  | { action: 'merge'; line: number }
  | { action: 'move'; line: number; target: number };

export interface Group {
  /** The parser's article this group grew from (a split keeps its origin), or null. */
  origin: number | null;
  lines: { index: number; role: LineRole }[];
}

const HEAD_ROLES = new Set<LineRole>(['kicker', 'headline', 'subheadline']);

export function regroupLines(
  placements: readonly LinePlacement[],
  decisions: readonly ResolvedDecision[],
): Group[] {
  const group: (number | null)[] = placements.map((p) => p.article);
  const role: LineRole[] = placements.map((p) => p.role);
  const origin = new Map<number, number | null>();
  for (const g of group) if (g !== null) origin.set(g, g);
  let nextId = Math.max(-1, ...origin.keys()) + 1;

  const firstLine = (g: number): number => group.indexOf(g);
  // A furniture line given an article role joins the article printed around it.
  const attach = (i: number): number | null => {
    for (let j = i - 1; j >= 0; j--) if (group[j] !== null && group[j] !== undefined) return group[j] ?? null;
    for (let j = i + 1; j < group.length; j++)
      if (group[j] !== null && group[j] !== undefined) return group[j] ?? null;
    const fresh = nextId++;
    origin.set(fresh, null);
    return fresh;
  };
  const ensureGroup = (i: number): number => {
    const g = group[i] ?? attach(i);
    group[i] = g;
    if (role[i] === 'furniture') role[i] = 'body';
    return g ?? 0;
  };
  const asBody = (i: number): void => {
    const r = role[i];
    if (r !== undefined && HEAD_ROLES.has(r)) role[i] = 'body';
  };

  const mergeIntoPrevious = (g: number): void => {
    const start = firstLine(g);
    let previous: number | null = null;
    for (let j = start - 1; j >= 0 && previous === null; j--) {
      const p = group[j];
      if (p !== null && p !== undefined && p !== g) previous = p;
    }
    if (previous === null) return;
    for (let j = 0; j < group.length; j++)
      if (group[j] === g) {
        group[j] = previous;
        asBody(j);
      }
  };
  const hasHead = (g: number): boolean => group.some((x, j) => x === g && HEAD_ROLES.has(role[j] ?? 'body'));

  for (const d of decisions) {
    if (d.action === 'role') {
      const wasHead = HEAD_ROLES.has(role[d.line] ?? 'body');
      if (d.role === 'furniture') group[d.line] = null;
      const g = d.role === 'furniture' ? null : ensureGroup(d.line);
      role[d.line] = d.role;
      // The heads of an article read as body text: with no head left, what follows them is the
      // text of the article above (a subhead the parser took for a new headline).
      if (g !== null && wasHead && !HEAD_ROLES.has(d.role) && !hasHead(g)) mergeIntoPrevious(g);
    } else if (d.action === 'start') {
      const g = ensureGroup(d.line);
      if (firstLine(g) === d.line) continue;
      const fresh = nextId++;
      origin.set(fresh, origin.get(g) ?? null);
      for (let j = d.line; j < group.length; j++) if (group[j] === g) group[j] = fresh;
    } else if (d.action === 'merge') {
      mergeIntoPrevious(ensureGroup(d.line));
    } else {
      const target = group[d.target];
      if (target === null || target === undefined || d.line === d.target) continue;
      group[d.line] = target;
      if (role[d.line] === 'furniture') role[d.line] = 'body';
      asBody(d.line);
    }
  }

  const byId = new Map<number, Group>();
  group.forEach((g, index) => {
    if (g === null) return;
    let entry = byId.get(g);
    if (!entry) {
      entry = { origin: origin.get(g) ?? null, lines: [] };
      byId.set(g, entry);
    }
    entry.lines.push({ index, role: role[index] ?? 'body' });
  });
  return [...byId.values()].sort((a, b) => (a.lines[0]?.index ?? 0) - (b.lines[0]?.index ?? 0));
}
