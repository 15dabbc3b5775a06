/**
 * The text parser's reading of one region, corrected by what the PDF makes certain:
 *  - the lines set in head type are the article's kicker, headline and 副题 (by size), whatever
 *    the text rules guessed;
 *  - a region with one head is one article: pieces the text rules split off without a head of
 *    their own (a closing paragraph read as a caption) go back into it, unless a picture is there.
 * Where the text rules read the head lines as section labels (简讯), they know better and stay.
 */
import type { ArticleSpans, ParsedArticle, ParseOutcome, Span } from '../parse/parsed-page';
import type { RegionText } from './region-text';

export interface RegionArticles {
  articles: ParsedArticle[];
  spans: ArticleSpans[];
}

const inside = (s: Span, r: Span): boolean => s[0] >= r[0] && s[1] <= r[1];
const outside = (s: Span, r: Span): boolean => s[1] <= r[0] || s[0] >= r[1];

function allSpans(s: ArticleSpans): Span[] {
  return [
    s.kicker,
    s.headline,
    s.subheadline,
    s.source,
    s.bylines.flat(),
    s.paragraphs.flat(),
    s.continued,
    (s.credits ?? []).flat(),
    s.markup,
  ].flat();
}

function hasHead(a: ParsedArticle): boolean {
  return a.kicker !== null || a.headline !== null || a.subheadline !== null;
}

/** Appends `b` to `a`: one article that the text rules had cut in two. */
function merge(a: ParsedArticle, sa: ArticleSpans, b: ParsedArticle, sb: ArticleSpans): void {
  a.bylines.push(...b.bylines);
  a.paragraphs.push(...b.paragraphs);
  sa.bylines.push(...sb.bylines);
  sa.paragraphs.push(...sb.paragraphs);
  if (a.source === null) {
    a.source = b.source;
    sa.source = sb.source;
  } else if (b.source !== null) {
    // A second source marker inside one article is text, not a field.
    a.paragraphs.push(b.source);
    sa.paragraphs.push(sb.source);
  }
  if (b.continued !== null) a.continued = b.continued;
  if (sb.continued.length > 0) sa.continued = sb.continued;
  sa.markup.push(...sb.markup);
  if (sb.credits) sa.credits = [...(sa.credits ?? []), ...sb.credits];
}

/** Forces the head lines into the first article's head fields, taking them from wherever the rules put them. */
function enforceHeads(
  region: RegionText,
  text: string,
  articles: ParsedArticle[],
  spans: ArticleSpans[],
): RegionArticles {
  const last = region.heads.at(-1)?.span[1] ?? 0;
  const headRange: Span = [0, last];
  // Articles made only of head lines are absorbed; their text is the heads.
  const keep = articles.map((_, n) => !allSpans(spans[n] as ArticleSpans).every((s) => inside(s, headRange)));
  const arts = articles.filter((_, n) => keep[n]);
  const sps = spans.filter((_, n) => keep[n]);
  const first: ParsedArticle = arts[0] ?? {
    kind: 'article',
    kicker: null,
    headline: null,
    subheadline: null,
    source: null,
    bylines: [],
    paragraphs: [],
    continued: null,
  };
  const fs: ArticleSpans = sps[0] ?? {
    kicker: [],
    headline: [],
    subheadline: [],
    source: [],
    bylines: [],
    paragraphs: [],
    continued: [],
    markup: [],
  };
  // Body text the rules had read as a head becomes the first paragraph again.
  const strayHeads = [...fs.kicker, ...fs.headline, ...fs.subheadline].filter((s) => outside(s, headRange));
  const keepPara = fs.paragraphs.map((p) => p.some((s) => outside(s, headRange)));
  const paragraphs = first.paragraphs.filter((_, k) => keepPara[k]);
  const paraSpans = fs.paragraphs
    .filter((_, k) => keepPara[k])
    .map((p) => p.filter((s) => outside(s, headRange)));
  const stray = strayHeads.sort((a, b) => a[0] - b[0]);
  const fixed: ParsedArticle = { ...first, kicker: null, headline: null, subheadline: null };
  const fixedSpans: ArticleSpans = {
    ...fs,
    kicker: [],
    headline: [],
    subheadline: [],
    paragraphs: [...stray.map((s) => [s]), ...paraSpans],
    markup: fs.markup.filter((s) => outside(s, headRange)),
  };
  fixed.paragraphs = [...stray.map((s) => text.slice(s[0], s[1])), ...paragraphs];
  for (const h of region.heads) {
    fixed[h.role] = text.slice(h.span[0], h.span[1]);
    fixedSpans[h.role] = [h.span];
  }
  if (fixed.kind === 'brief') fixed.kind = 'article';
  return { articles: [fixed, ...arts.slice(1)], spans: [fixedSpans, ...sps.slice(1)] };
}

function agrees(region: RegionText, text: string, a: ParsedArticle | undefined): boolean {
  if (!a) return false;
  const want = { kicker: null, headline: null, subheadline: null } as Record<string, string | null>;
  for (const h of region.heads) want[h.role] = text.slice(h.span[0], h.span[1]);
  return a.kicker === want.kicker && a.headline === want.headline && a.subheadline === want.subheadline;
}

export function reconcileRegion(
  region: RegionText,
  parsed: ParseOutcome,
  hasFigure: boolean,
): RegionArticles {
  const articles = parsed.parsed.articles.map((a) => ({
    ...a,
    bylines: [...a.bylines],
    paragraphs: [...a.paragraphs],
  }));
  const spans = parsed.spans.map((s) => ({
    ...s,
    bylines: [...s.bylines],
    paragraphs: [...s.paragraphs],
    markup: [...s.markup],
  }));
  const headsAreLabels =
    region.heads.length > 0 &&
    region.heads.every((h) =>
      parsed.furnitureSpans.some((f) => f.some((s) => inside(h.span, s) || inside(s, h.span))),
    );
  let out: RegionArticles = { articles, spans };
  if (region.heads.length > 0 && !headsAreLabels && !agrees(region, parsed.text, articles[0])) {
    out = enforceHeads(region, parsed.text, articles, spans);
  }
  // One region, one head: headless pieces after the first article belong to it.
  const merged: RegionArticles = { articles: [], spans: [] };
  out.articles.forEach((a, n) => {
    const s = out.spans[n] as ArticleSpans;
    const prev = merged.articles.at(-1);
    const prevSpans = merged.spans.at(-1);
    const photoHere = a.kind === 'photo' && hasFigure && prev?.kind !== 'photo';
    if (prev && prevSpans && !hasHead(a) && a.kind !== 'brief' && prev.kind !== 'brief' && !photoHere) {
      merge(prev, prevSpans, a, s);
    } else {
      merged.articles.push(a);
      merged.spans.push(s);
    }
  });
  return merged;
}
