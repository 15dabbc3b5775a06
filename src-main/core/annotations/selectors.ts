/** W3C Web Annotation selectors, flattened: TextQuoteSelector (exact/prefix/suffix) + TextPositionSelector. */
export interface Selector {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Context kept on each side of the quote: long enough to tell apart repeats of a short phrase. */
export const CONTEXT_LENGTH = 32;

export function describeRange(text: string, start: number, end: number): Selector {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
