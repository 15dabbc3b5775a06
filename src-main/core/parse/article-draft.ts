/**
 * An article while it is being assembled: every field is kept as source Pieces so the final
 * ParsedArticle and its ArticleSpans come from the same data and can never disagree.
 */
import type { ArticleKind, ArticleSpans, ParsedArticle, Span } from './parsed-page';
import { spanOf, type Piece } from './piece';
import type { FoundByline } from './detect-byline';
import { endsSentence } from './text-chars';

export interface ArticleDraft {
  kind: ArticleKind;
  kicker: Piece[];
  headline: Piece[];
  subheadline: Piece[];
  source: Piece | null;
  bylines: FoundByline[];
  /** Each paragraph is one or more pieces rejoined across column breaks. */
  paragraphs: Piece[][];
  continued: Piece[];
  markup: Span[];
  /** Indexes of paragraphs that are internal subheads: they end without punctuation by design. */
  headParagraphs: Set<number>;
  /** A closing byline (or photo credit) has been seen: further body text is not ours by default. */
  closed: boolean;
  /** Leading paragraphs that are an editor's note printed above the heads (编者按), not body. */
  preface: number;
}

export function newDraft(kind: ArticleKind): ArticleDraft {
  return {
    kind,
    kicker: [],
    headline: [],
    subheadline: [],
    source: null,
    bylines: [],
    paragraphs: [],
    continued: [],
    markup: [],
    headParagraphs: new Set(),
    closed: false,
    preface: 0,
  };
}

/** Heads set, body not started yet: the next body text belongs here. */
export function isAwaitingBody(d: ArticleDraft | null): boolean {
  return d !== null && !d.closed && bodyLength(d) === 0;
}

/** Paragraphs of the body proper, not counting an editor's note printed above the heads. */
export function bodyLength(d: ArticleDraft): number {
  return d.paragraphs.length - d.preface;
}

/** A short line kept as a paragraph (subhead, label): never the first half of a column break. */
export function pushHeadParagraph(d: ArticleDraft, line: Piece): void {
  d.paragraphs.push([line]);
  d.headParagraphs.add(d.paragraphs.length - 1);
}

/** The last paragraph stopped mid-sentence, so the next block may be its other half. */
export function endsMidSentence(d: ArticleDraft): boolean {
  const last = d.paragraphs.at(-1)?.at(-1);
  if (d.headParagraphs.has(d.paragraphs.length - 1)) return false;
  // A whole bracketed note ((作者单位：…)) is complete however it ends.
  if (
    last !== undefined &&
    /^[(\uFF08](?:作者|本文|本版|来源|摘编|摘自|原载|选自|转自|注)[^()\uFF08\uFF09]*[)\uFF09]$/u.test(
      last.text,
    )
  )
    return false;
  return last !== undefined && !endsSentence(last.text);
}

function joinPieces(pieces: Piece[], separator: string): string | null {
  if (pieces.length === 0) return null;
  return pieces.map((p, i) => (i === 0 ? p.text : (p.glued ? '' : separator) + p.text)).join('');
}

export function finishDraft(d: ArticleDraft): { article: ParsedArticle; spans: ArticleSpans } {
  const article: ParsedArticle = {
    kind: d.kind,
    kicker: joinPieces(d.kicker, ' '),
    // A headline printed on two lines keeps a space between its halves, as when printed on one.
    headline: joinPieces(d.headline, ' '),
    subheadline: joinPieces(d.subheadline, ' '),
    source: d.source?.text ?? null,
    bylines: d.bylines.filter((b) => !b.credit).map(({ role, name }) => ({ role, name })),
    // Column-break halves are rejoined with nothing between them.
    paragraphs: d.paragraphs.map((p) => p.map((x) => x.text).join('')),
    continued: joinPieces(d.continued, ' '),
  };
  const spans: ArticleSpans = {
    kicker: d.kicker.map(spanOf),
    headline: d.headline.map(spanOf),
    subheadline: d.subheadline.map(spanOf),
    source: d.source ? [spanOf(d.source)] : [],
    bylines: d.bylines.filter((b) => !b.credit).map((b) => [...b.spans].sort((x, y) => x[0] - y[0])),
    credits: d.bylines.filter((b) => b.credit).map((b) => b.spans),
    paragraphs: d.paragraphs.map((p) => p.map(spanOf)),
    continued: d.continued.map(spanOf),
    markup: [...d.markup].sort((x, y) => x[0] - y[0]),
  };
  return { article, spans };
}
