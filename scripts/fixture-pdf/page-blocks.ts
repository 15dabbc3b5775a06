/**
 * A parsed fixture page → the blocks a typesetter would lay out: heads as separate styled lines,
 * body paragraphs rebuilt from the page text itself (so source markers, bylines and continuation
 * notes appear where the text had them), section labels, and the page's header and footer lines.
 * Everything comes from the parser's spans, so the PDF carries exactly the fixture's text.
 */
import type { ArticleKind, ArticleSpans, ParseOutcome, Span } from '../../src-main/core/parse/parsed-page';

/** How a run of body text is set: plain, source marker (黑体), byline (楷体) or a brief's title. */
export type Face = 'plain' | 'source' | 'byline' | 'title';

export interface Segment {
  text: string;
  face: Face;
}

export interface Paragraph {
  segments: Segment[];
  /** The whole paragraph is bylines (and their brackets): set apart, right-aligned in 楷体. */
  bylineOnly: boolean;
}

export interface ArticleBlock {
  type: 'article';
  kind: ArticleKind;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  paragraphs: Paragraph[];
  /** A section label (简讯, 导读) printed just above this block. */
  label: string | null;
}

export interface PageBlocks {
  header: string[];
  footer: string[];
  blocks: ArticleBlock[];
}

interface TextLine {
  start: number;
  end: number;
}

function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) lines.push({ start: at + lead, end: at + lead + body.length });
    at += raw.length + 1;
  }
  return lines;
}

const overlaps = (a: Span, l: TextLine): boolean => a[0] < l.end && a[1] > l.start;

const allSpans = (s: ArticleSpans): Span[] =>
  [
    s.kicker,
    s.headline,
    s.subheadline,
    s.source,
    s.bylines.flat(),
    s.paragraphs.flat(),
    s.continued,
    s.markup,
  ].flat();

/** Which head field a line is wholly made of (markup aside), if any. */
function headRole(
  s: ArticleSpans,
  line: TextLine,
  kind: ArticleKind,
): 'kicker' | 'headline' | 'subheadline' | null {
  if (kind === 'brief') return null;
  const body = [...s.source, ...s.bylines.flat(), ...s.paragraphs.flat(), ...s.continued];
  if (body.some((b) => overlaps(b, line))) return null;
  if (s.kicker.some((b) => overlaps(b, line))) return 'kicker';
  if (s.headline.some((b) => overlaps(b, line))) return 'headline';
  if (s.subheadline.some((b) => overlaps(b, line))) return 'subheadline';
  return null;
}

function faceAt(s: ArticleSpans, kind: ArticleKind, i: number): Face {
  const inside = (spans: Span[]): boolean => spans.some(([a, b]) => i >= a && i < b);
  if (inside(s.source)) return 'source';
  if (inside(s.bylines.flat())) return 'byline';
  if (kind === 'brief' && inside(s.headline)) return 'title';
  return 'plain';
}

/** Consecutive characters of one face become one segment; line breaks inside a paragraph vanish. */
function segmentsOf(text: string, lines: TextLine[], s: ArticleSpans, kind: ArticleKind): Segment[] {
  const segments: Segment[] = [];
  lines.forEach((line, n) => {
    // A paragraph hard-wrapped between two Latin words needs its space back.
    const prev = segments.at(-1);
    if (n > 0 && prev && /[A-Za-z]$/u.test(prev.text) && /^[A-Za-z]/u.test(text.slice(line.start))) {
      prev.text += ' ';
    }
    for (let i = line.start; i < line.end; i++) {
      const face = faceAt(s, kind, i);
      const last = segments.at(-1);
      if (last && last.face === face) last.text += text[i];
      else segments.push({ text: text[i] ?? '', face });
    }
  });
  return segments;
}

function paragraphsOf(text: string, lines: TextLine[], s: ArticleSpans, kind: ArticleKind): Paragraph[] {
  // Two text lines belong to one printed paragraph when one stored paragraph spans both.
  const paraIds = (l: TextLine): Set<number> =>
    new Set(s.paragraphs.flatMap((p, k) => (p.some((span) => overlaps(span, l)) ? [k] : [])));
  const groups: TextLine[][] = [];
  let prevIds = new Set<number>();
  for (const line of lines) {
    const ids = paraIds(line);
    const joined = [...ids].some((k) => prevIds.has(k));
    const last = groups.at(-1);
    if (joined && last) last.push(line);
    else groups.push([line]);
    prevIds = ids;
  }
  return groups.map((group) => {
    const segments = segmentsOf(text, group, s, kind);
    const bylineOnly = segments.every((g) => g.face === 'byline' || /^[\s()()/:、,]*$/u.test(g.text));
    return { segments, bylineOnly };
  });
}

export function pageBlocks(outcome: ParseOutcome): PageBlocks {
  const { text, parsed, spans } = outcome;
  const lines = textLines(text);
  const articleStarts = spans.map((s) => Math.min(...allSpans(s).map((x) => x[0])));
  const firstArticle = Math.min(...articleStarts, Infinity);
  const lastArticleEnd = Math.max(...spans.flatMap((s) => allSpans(s).map((x) => x[1])), -Infinity);

  const header: string[] = [];
  const footer: string[] = [];
  const labels = new Map<number, string>();
  parsed.furniture.forEach((f, n) => {
    const at = outcome.furnitureSpans[n]?.[0]?.[0] ?? 0;
    const next = articleStarts.findIndex((start) => start > at);
    if (at < firstArticle) header.push(f.text);
    else if (at >= lastArticleEnd) footer.push(f.text);
    else if (f.kind === 'section' && next !== -1) {
      // A label between articles belongs to the first article that starts after it.
      labels.set(next, [labels.get(next), f.text].filter(Boolean).join(' '));
    } else if (at < text.length / 2) header.push(f.text);
    // A running header caught inside an article's text (a column break in the extraction) is
    // still the page's header; printed, it goes back to the top or the bottom of the page.
    else footer.push(f.text);
  });

  const claimed = new Set<number>();
  const blocks = parsed.articles.map((article, n): ArticleBlock => {
    const s = spans[n] as ArticleSpans;
    const own = lines.filter((l, i) => !claimed.has(i) && allSpans(s).some((sp) => overlaps(sp, l)));
    for (const l of own) claimed.add(lines.indexOf(l));
    const body = own.filter((l) => headRole(s, l, article.kind) === null);
    return {
      type: 'article',
      kind: article.kind,
      kicker: article.kicker,
      headline: article.kind === 'brief' ? null : article.headline,
      subheadline: article.subheadline,
      paragraphs: paragraphsOf(text, body, s, article.kind),
      label: labels.get(n) ?? null,
    };
  });
  return { header, footer, blocks };
}
