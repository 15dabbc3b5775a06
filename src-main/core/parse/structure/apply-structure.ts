/**
 * The structure stage of the pipeline, run after assembly when an editor has fixed a page's
 * structure (issue 11): decisions → regrouped lines → articles. An article no decision touched is
 * the parser's own draft, unchanged; only the articles whose lines or roles changed are rebuilt.
 */
import type { Assembled } from '../assemble-articles';
import type { ArticleDraft } from '../article-draft';
import { spanOf } from '../piece';
import type { Line } from '../split-lines';
import { buildDraft } from './build-draft';
import { placeLines } from './draft-lines';
import { findLine, lineKeys } from './line-keys';
import { regroupLines, type Group, type ResolvedDecision } from './regroup-lines';
import type { StructureDecision } from './structure-types';

function resolve(keys: ReturnType<typeof lineKeys>, decisions: readonly StructureDecision[]) {
  const resolved: ResolvedDecision[] = [];
  let unplaced = 0;
  for (const d of decisions) {
    const line = findLine(keys, d.line);
    const target = d.action === 'move' ? findLine(keys, d.target) : null;
    if (line === null || (d.action === 'move' && target === null)) {
      unplaced++;
      continue;
    }
    if (d.action === 'move') resolved.push({ action: 'move', line, target: target ?? line });
    else if (d.action === 'role') resolved.push({ action: 'role', line, role: d.role });
    else resolved.push({ action: d.action, line });
  }
  return { resolved, unplaced };
}

/** Lines whose text the parser appended to the paragraph before (a column break). */
function joinedLines(lines: readonly Line[], drafts: readonly ArticleDraft[]): Set<number> {
  const joined = new Set<number>();
  const lineAt = (offset: number): number => lines.findIndex((l) => offset >= l.start && offset < l.end);
  for (const d of drafts)
    for (const p of d.paragraphs)
      for (const piece of p.slice(1)) {
        const i = lineAt(piece.start);
        if (i >= 0) joined.add(i);
      }
  return joined;
}

const sameLines = (a: Group['lines'], b: Group['lines']): boolean =>
  a.length === b.length && a.every((x, k) => x.index === b[k]?.index && x.role === b[k]?.role);

export function applyStructure(
  lines: readonly Line[],
  assembled: Assembled,
  decisions: readonly StructureDecision[],
): Assembled {
  if (decisions.length === 0) return assembled;
  const keys = lineKeys(lines);
  const placements = placeLines(lines, assembled.drafts, assembled.furniture);
  const { resolved, unplaced } = resolve(keys, decisions);
  const groups = regroupLines(placements, resolved);
  const joined = joinedLines(lines, assembled.drafts);
  const drafts = groups.map((g): ArticleDraft => {
    const origin = g.origin === null ? undefined : assembled.drafts[g.origin];
    const before = placements.flatMap((p, index) =>
      p.article === g.origin ? [{ index, role: p.role }] : [],
    );
    if (origin && sameLines(before, g.lines)) return origin;
    return buildDraft(g, lines, joined, origin?.kind ?? 'article');
  });

  const inArticle = new Set(groups.flatMap((g) => g.lines.map((l) => l.index)));
  const covers = (spans: readonly [number, number][], i: number): boolean => {
    const l = lines[i];
    return l !== undefined && spans.some(([a, b]) => a < l.end && b > l.start);
  };
  const furniture = assembled.furniture.filter((f) => ![...inArticle].some((i) => covers(f.spans, i)));
  for (const d of resolved) {
    const line = lines[d.line];
    if (d.action !== 'role' || d.role !== 'furniture' || !line) continue;
    if (furniture.some((f) => covers(f.spans, d.line))) continue;
    furniture.push({ item: { kind: 'header', text: line.text }, spans: [spanOf(line)] });
  }
  furniture.sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));

  // A doubt about a line the editor has since decided is settled: the warning goes.
  const decided = new Set(resolved.map((d) => lines[d.line]?.lineNo));
  const warnings = assembled.warnings.filter((w) => {
    const n = /^第(\d+)行/u.exec(w)?.[1];
    return n === undefined || !decided.has(Number(n));
  });
  if (unplaced > 0) warnings.push(`版面调整有${unplaced}处找不到原来的行,未能应用`);
  return { drafts, furniture, warnings };
}
