/**
 * Where the parser put each line: which article and in what role. A line may feed several fields
 * (本报讯 and the first words of the body); it is shown, and rebuilt, by the field that took most
 * of its characters.
 */
import type { ArticleDraft } from '../article-draft';
import type { Span } from '../parsed-page';
import type { Line } from '../split-lines';
import type { LinePlacement, LineRole } from './structure-types';

type RoleSpans = [LineRole, Span[]][];

function draftSpans(d: ArticleDraft): RoleSpans {
  const pieces = (ps: readonly { start: number; end: number }[]): Span[] => ps.map((p) => [p.start, p.end]);
  return [
    ['kicker', pieces(d.kicker)],
    ['headline', pieces(d.headline)],
    ['subheadline', pieces(d.subheadline)],
    ['source', d.source ? pieces([d.source]) : []],
    ['byline', d.bylines.flatMap((b) => b.spans)],
    [d.kind === 'photo' ? 'caption' : 'body', pieces([...d.paragraphs.flat(), ...d.continued])],
  ];
}

const overlap = ([a, b]: Span, line: Line): number =>
  Math.max(0, Math.min(b, line.end) - Math.max(a, line.start));

/** One placement per line: furniture lines have no article. */
export function placeLines(
  lines: readonly Line[],
  drafts: readonly ArticleDraft[],
  furniture: readonly { spans: Span[] }[],
): LinePlacement[] {
  const all: { article: number | null; role: LineRole; spans: Span[] }[] = [
    ...drafts.flatMap((d, article) => draftSpans(d).map(([role, spans]) => ({ article, role, spans }))),
    ...furniture.map((f) => ({ article: null, role: 'furniture' as const, spans: f.spans })),
  ];
  return lines.map((line) => {
    let best: LinePlacement = { article: null, role: 'furniture' };
    let most = 0;
    for (const entry of all) {
      const n = entry.spans.reduce((sum, s) => sum + overlap(s, line), 0);
      // Body wins a tie: a line split evenly between a marker and text reads as text.
      if (n > most || (n === most && n > 0 && (entry.role === 'body' || entry.role === 'caption'))) {
        most = n;
        best = { article: entry.article, role: entry.role };
      }
    }
    return best;
  });
}
