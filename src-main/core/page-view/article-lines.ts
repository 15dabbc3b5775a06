/**
 * Which lines of the page an article was read from, and in which role, from the spans stored with
 * it (ArticleSpans, offsets into the page's decoded text). Also maps a position in the article's
 * annotated text (its paragraphs) back to a page line, so a highlight follows its words when a
 * structure edit moves them to another article.
 */
import { PARAGRAPH_SEPARATOR } from '../annotations/article-text';
import type { Span } from '../parse/parsed-page';
import type { LineRole } from '../parse/structure/structure-types';
import type { SourceLines } from './source-lines';
import type { StoredSpans } from './stored-spans';

function roleSpans(s: StoredSpans, kind: string): [LineRole, Span[]][] {
  return [
    ['kicker', s.kicker ?? []],
    ['headline', s.headline ?? []],
    ['subheadline', s.subheadline ?? []],
    ['source', s.source ?? []],
    ['byline', [...(s.bylines ?? []).flat(), ...(s.credits ?? []).flat()]],
    [kind === 'photo' ? 'caption' : 'body', [...(s.paragraphs ?? []).flat(), ...(s.continued ?? [])]],
  ];
}

/** Per line: the role that holds most of its characters in this article (body wins a tie), and the total. */
export function articleLineRoles(
  lines: SourceLines,
  spans: StoredSpans,
  kind: string,
): Map<number, { role: LineRole; chars: number }> {
  const byLine = new Map<number, Map<LineRole, number>>();
  for (const [role, list] of roleSpans(spans, kind)) {
    const counts = new Map<number, number>();
    for (const s of list) lines.charsByLine(s, counts);
    for (const [n, chars] of counts) {
      const roles = byLine.get(n) ?? new Map<LineRole, number>();
      roles.set(role, (roles.get(role) ?? 0) + chars);
      byLine.set(n, roles);
    }
  }
  const out = new Map<number, { role: LineRole; chars: number }>();
  for (const [n, roles] of byLine) {
    let best: LineRole = 'body';
    let most = -1;
    let total = 0;
    for (const [role, chars] of roles) {
      total += chars;
      if (chars > most || (chars === most && (role === 'body' || role === 'caption'))) {
        best = role;
        most = chars;
      }
    }
    out.set(n, { role: best, chars: total });
  }
  return out;
}

/** The set of page lines an article was read from. */
export function articleLineSet(lines: SourceLines, spans: StoredSpans, kind: string): Set<number> {
  return new Set(articleLineRoles(lines, spans, kind).keys());
}

/**
 * The page line under character `offset` of the article's canonical text (paragraphs joined by
 * PARAGRAPH_SEPARATOR), or null when the spans do not cover it (a corrected paragraph grew).
 */
export function lineOfTextOffset(
  lines: SourceLines,
  spans: StoredSpans,
  paragraphs: readonly string[],
  offset: number,
): number | null {
  let at = 0;
  for (const [k, text] of paragraphs.entries()) {
    if (offset < at + text.length || k === paragraphs.length - 1) {
      let within = Math.max(0, offset - at);
      for (const [a, b] of spans.paragraphs?.[k] ?? []) {
        if (within < b - a) return lines.lineOf(a + within);
        within -= b - a;
      }
      const last = spans.paragraphs?.[k]?.at(-1);
      return last ? lines.lineOf(Math.max(last[0], last[1] - 1)) : null;
    }
    at += text.length + PARAGRAPH_SEPARATOR.length;
  }
  return null;
}
