/**
 * `pdftotext -layout` prints a page's columns side by side, padded with spaces. Columns are cut
 * at gutters: character positions that are blank on (nearly) every line that reaches them, with
 * text on both sides on many lines. The columns are then read one after another, left to right.
 * Where no gutter holds down the whole page (a headline spanning columns breaks it, CJK and
 * ASCII widths drift), splitting would interleave articles, so the caller refuses the file.
 */
import { RewriteMap, RewrittenText } from './rewritten-text';

export interface LayoutColumns {
  text: string;
  compose(inner: RewriteMap): RewriteMap;
}

export function splitLayoutColumns(text: string): LayoutColumns | null {
  const lines: { start: number; text: string }[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, text: raw.replace(/\f/gu, ' ') });
    start += raw.length + 1;
  }
  const gutters = findGutters(lines.map((l) => l.text));
  if (gutters.length === 0) return null;
  const cuts = [0, ...gutters, Infinity];
  const out = new RewrittenText();
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c] ?? 0;
    const to = cuts[c + 1] ?? Infinity;
    for (const line of lines) {
      const a = Math.min(from, line.text.length);
      const b = Math.min(to, line.text.length);
      out.copy(text, line.start + a, line.start + b);
      out.newline(Math.min(line.start + line.text.length, text.length - 1));
    }
    out.newline(Math.max(0, text.length - 1));
  }
  const outer = out.finish(text.length);
  return {
    text: outer.text,
    compose: (inner) =>
      inner.identity
        ? outer
        : new RewriteMap(
            inner.text,
            inner.from.map((k) => outer.from[k] ?? text.length),
          ),
  };
}

/** Gutter cut positions, left to right. */
function findGutters(lines: readonly string[]): number[] {
  const printed = lines.filter((l) => l.trim().length > 0);
  const maxLen = Math.max(0, ...printed.map((l) => l.length));
  const cuts: number[] = [];
  let runStart = -1;
  for (let p = 0; p <= maxLen; p++) {
    const open = isGutterColumn(printed, p);
    if (open && runStart < 0) runStart = p;
    if ((!open || p === maxLen) && runStart >= 0) {
      const runEnd = open ? p + 1 : p;
      if (runEnd - runStart >= 2 && hasTextBothSides(printed, runStart, runEnd)) cuts.push(runEnd);
      runStart = -1;
    }
  }
  return cuts;
}

function isGutterColumn(lines: readonly string[], p: number): boolean {
  let reaching = 0;
  let blank = 0;
  for (const l of lines) {
    if (l.length <= p) continue;
    reaching++;
    const c = l[p];
    if (c === ' ' || c === '\u3000' || c === '\u00a0') blank++;
  }
  return reaching > 0 && blank >= reaching * 0.97;
}

function hasTextBothSides(lines: readonly string[], from: number, to: number): boolean {
  const both = lines.filter((l) => l.slice(0, from).trim() && l.slice(to).trim()).length;
  return both >= Math.max(3, lines.length * 0.3);
}
