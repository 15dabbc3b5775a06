/**
 * One PDF page → the same page model the text parser produces, plus the page rectangles each
 * article was read from. The stages, each its own module:
 *   runs → lines (text-lines) → header/footer bands (page-furniture) → reading order by cuts
 *   (reading-order) → article regions (article-regions) → heads by size (head-fields) and
 *   paragraphs (body-paragraphs) → the text parser's rules on each region's text (region-text,
 *   parsePage) → corrected by the layout's evidence (reconcile-region).
 * A page without any head type is plain text to the layout: the text parser reads it whole.
 */
import type {
  ArticleSpans,
  FurnitureItem,
  ParseOptions,
  ParseOutcome,
  ParsedArticle,
  Span,
} from '../parse/parsed-page';
import { parsePage } from '../parse/parse-page';
import { resolvePageMeta } from '../parse/page-meta';
import type { PdfPageContent, Rect } from './pdf-content';
import { textLines, type TextLine } from './text-lines';
import { splitFurniture } from './page-furniture';
import { readingOrder, type Placed } from './reading-order';
import { articleRegions, isHead, type Element, type Region } from './article-regions';
import { headFields } from './head-fields';
import { bodyParagraphs } from './body-paragraphs';
import { regionText } from './region-text';
import { reconcileRegion } from './reconcile-region';
import { unionRect } from './pdf-content';

export interface PdfPageOutcome extends ParseOutcome {
  pageNo: number;
  width: number;
  height: number;
  /** Per article (same order as parsed.articles): the page rectangles it was read from. */
  regions: Rect[][];
}

const encoder = new TextEncoder();
/** Region texts are written one paragraph or head per line: the text parser need not guess. */
const READ_AS: ParseOptions = { shape: 'para' };

/** The size most characters of the page are set in: the body type. */
export function bodySizeOf(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

function figuresOf(content: PdfPageContent, lines: readonly TextLine[], top: number, bottom: number): Rect[] {
  return content.graphics.filter(
    (g) =>
      g.kind !== 'rule' &&
      g.width >= 20 &&
      g.height >= 20 &&
      g.y >= top - 2 &&
      g.y + g.height <= bottom + 2 &&
      // A tint behind text (a label, a boxed brief) is background, not a picture.
      !lines.some(
        (l) =>
          l.x + l.width / 2 > g.x &&
          l.x + l.width / 2 < g.x + g.width &&
          l.baseline > g.y &&
          l.baseline < g.y + g.height,
      ),
  );
}

/** Accumulates region texts into one page text, shifting every span by where the region starts. */
class PageText {
  text = '';
  articles: ParsedArticle[] = [];
  spans: ArticleSpans[] = [];
  regions: Rect[][] = [];
  furniture: FurnitureItem[] = [];
  furnitureSpans: Span[][] = [];
  warnings: string[] = [];

  add(part: string): number {
    if (this.text.length > 0) this.text += '\n\n';
    const base = this.text.length;
    this.text += part;
    return base;
  }
}

const shift = (spans: Span[], by: number): Span[] => spans.map(([a, b]) => [a + by, b + by]);

function shiftArticle(s: ArticleSpans, by: number): ArticleSpans {
  return {
    kicker: shift(s.kicker, by),
    headline: shift(s.headline, by),
    subheadline: shift(s.subheadline, by),
    source: shift(s.source, by),
    bylines: s.bylines.map((b) => shift(b, by)),
    paragraphs: s.paragraphs.map((p) => shift(p, by)),
    continued: shift(s.continued, by),
    ...(s.credits ? { credits: s.credits.map((c) => shift(c, by)) } : {}),
    markup: shift(s.markup, by),
  };
}

/** Header and footer lines: each is one furniture item; the text rules say which kind. */
function addFurniture(out: PageText, lines: readonly TextLine[], pageName: string): void {
  for (const line of lines) {
    const base = out.add(line.text);
    const parsed = parsePage(encoder.encode(line.text), pageName, READ_AS);
    const kind = parsed.ok ? (parsed.value.parsed.furniture[0]?.kind ?? 'header') : 'header';
    out.furniture.push({ kind, text: line.text });
    out.furnitureSpans.push([[base, base + line.text.length]]);
  }
}

function addRegion(out: PageText, region: Region, pageName: string): void {
  const block = unionRect(region.rects);
  const heads = headFields(region.heads, { x: block.x, right: block.x + block.width });
  const rt = regionText(heads, bodyParagraphs(region.body));
  const parsed = parsePage(encoder.encode(rt.text), pageName, READ_AS);
  if (!parsed.ok) return;
  const base = out.add(rt.text);
  const { articles, spans } = reconcileRegion(rt, parsed.value, region.figures.length > 0);
  out.articles.push(...articles);
  out.spans.push(...spans.map((s) => shiftArticle(s, base)));
  out.regions.push(...articles.map(() => region.rects));
  out.furniture.push(...parsed.value.parsed.furniture);
  out.furnitureSpans.push(...parsed.value.furnitureSpans.map((f) => shift(f, base)));
  // The text rules number lines of the region's own text, which an editor never sees: name the
  // article instead. A region that held only a label is not "a page without articles".
  const where = `第${out.articles.length}篇附近`;
  const notes = parsed.value.parsed.warnings.filter((w) => !w.startsWith('全页只有版面信息'));
  out.warnings.push(...notes.map((w) => `${where}:${w.replace(/^第\d+行:/u, '')}`));
}

export function parsePdfPage(
  content: PdfPageContent,
  pageName: string,
  options: ParseOptions = {},
): PdfPageOutcome {
  const rules = content.graphics.filter((g) => g.kind === 'rule');
  const walls = rules.filter((r) => r.height > r.width);
  const lines = textLines(content.runs, walls);
  const bodySize = bodySizeOf(lines);
  const split = splitFurniture(lines, rules, content, bodySize);
  const figures = figuresOf(content, split.body, split.top, split.bottom);
  const elements: Element[] = [
    ...split.body.map((line): Element => ({ kind: 'line', line })),
    ...figures.map((rect): Element => ({ kind: 'figure', rect })),
  ];
  const placed: Placed[] = elements.map((e, id) => {
    const r = e.kind === 'line' ? e.line : e.rect;
    return {
      x: r.x,
      y: r.y,
      width: r.width,
      height: r.height,
      id,
      head: e.kind === 'line' && isHead(e.line, bodySize),
    };
  });
  const leaves = readingOrder(placed, rules, bodySize);
  const regions = articleRegions(leaves, elements, bodySize);

  const out = new PageText();
  addFurniture(out, split.header, pageName);
  if (regions.some((r) => r.heads.length > 0)) {
    for (const region of regions) addRegion(out, region, pageName);
  } else if (regions.length > 0) {
    // No head type anywhere: nothing in the layout to go by, so the text rules read the page whole.
    const whole: Region = {
      heads: [],
      body: regions.flatMap((r) => r.body),
      figures: regions.flatMap((r) => r.figures),
      rects: regions.flatMap((r) => r.rects),
    };
    addRegion(out, whole, pageName);
    out.warnings.push('版面上没有标题字号可依,按文字规则解析');
  }
  addFurniture(out, split.footer, pageName);
  const empty = out.articles.length === 0 ? ['全页只有版面信息,没有识别出文章'] : [];
  return {
    parsed: {
      page: pageName,
      encoding: 'pdf',
      meta: resolvePageMeta(out.furniture, pageName, options.meta),
      articles: out.articles,
      furniture: out.furniture,
      warnings: [...out.warnings, ...empty],
    },
    text: out.text,
    shape: 'para',
    spans: out.spans,
    furnitureSpans: out.furnitureSpans,
    pageNo: content.pageNo,
    width: content.width,
    height: content.height,
    regions: out.regions,
  };
}
