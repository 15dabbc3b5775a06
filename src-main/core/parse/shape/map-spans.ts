/** Spans and warnings of a parse of rewritten text, carried back to the decoded page. */
import type { ArticleSpans, Span } from '../parsed-page';
import type { RewriteMap } from './rewritten-text';

export function mapSpanList(map: RewriteMap, spans: readonly Span[]): Span[] {
  return spans.flatMap((s) => map.spans(s));
}

export function mapArticleSpans(map: RewriteMap, s: ArticleSpans): ArticleSpans {
  const list = (x: readonly Span[]) => mapSpanList(map, x);
  return {
    kicker: list(s.kicker),
    headline: list(s.headline),
    subheadline: list(s.subheadline),
    source: list(s.source),
    bylines: s.bylines.map(list),
    paragraphs: s.paragraphs.map(list),
    continued: list(s.continued),
    markup: list(s.markup),
    ...(s.credits ? { credits: s.credits.map(list) } : {}),
  };
}

/** `第N行` in a warning names a line of the rewritten text; an editor needs the file's line. */
export function mapWarningLines(map: RewriteMap, sourceText: string, warnings: readonly string[]): string[] {
  const starts = [0];
  for (let k = 0; k < sourceText.length; k++) {
    const c = sourceText[k];
    if (c === '\n' || c === '\f') starts.push(k + 1);
  }
  return warnings.map((w) =>
    w.replace(/第(\d+)行/gu, (_, n: string) => `第${map.sourceLine(Number(n), starts)}行`),
  );
}
