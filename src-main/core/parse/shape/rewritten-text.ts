/**
 * A text rewritten from the decoded page (lines joined, letter spacing dropped) that remembers,
 * for every character, where it came from. The parser reads the rewritten text; its spans and
 * line numbers are mapped back here, so every stored field still points into the original.
 * Only whitespace is ever dropped, which keeps conservation (check-conservation.ts) intact.
 */
import type { Span } from '../parsed-page';

export class RewrittenText {
  readonly #chunks: string[] = [];
  readonly #from: number[] = [];

  /** Appends source[start, end) minus the characters at `skip` (absolute source offsets). */
  copy(source: string, start: number, end: number, skip: ReadonlySet<number> = EMPTY): void {
    let runStart = start;
    const flush = (upTo: number) => {
      if (upTo <= runStart) return;
      this.#chunks.push(source.slice(runStart, upTo));
      for (let k = runStart; k < upTo; k++) this.#from.push(k);
    };
    for (const k of [...skip].filter((k) => k >= start && k < end).sort((a, b) => a - b)) {
      flush(k);
      runStart = k + 1;
    }
    flush(end);
  }

  /** A space standing for the line break at `at`: names of a byline wrapped onto the next line. */
  space(at: number): void {
    this.#chunks.push(' ');
    this.#from.push(at);
  }

  /** A newline standing for the source character at `at` (a newline or form feed). */
  newline(at: number): void {
    this.#chunks.push('\n');
    this.#from.push(at);
  }

  finish(sourceLength: number): RewriteMap {
    return new RewriteMap(this.#chunks.join(''), [...this.#from, sourceLength]);
  }
}

const EMPTY: ReadonlySet<number> = new Set();

export class RewriteMap {
  #lineStarts: number[] | null = null;
  constructor(
    readonly text: string,
    /** from[k]: source offset of rewritten character k; from[text.length] = source length. */
    readonly from: readonly number[],
    /** The text is the decoded page itself: nothing to map. */
    readonly identity = false,
  ) {}

  /** Source offset of rewritten character k. */
  at(k: number): number {
    return this.identity ? k : (this.from[k] ?? 0);
  }

  /** One rewritten span → the source spans under it, split wherever characters were dropped. */
  spans([a, b]: Span): Span[] {
    if (this.identity) return [[a, b]];
    if (b <= a) {
      const at = this.from[a] ?? 0;
      return [[at, at]];
    }
    const out: Span[] = [];
    let runStart = this.from[a] ?? 0;
    let prev = runStart;
    for (let k = a + 1; k < b; k++) {
      const at = this.from[k] ?? 0;
      if (at !== prev + 1) {
        out.push([runStart, prev + 1]);
        runStart = at;
      }
      prev = at;
    }
    out.push([runStart, prev + 1]);
    return out;
  }

  /** 1-based rewritten line number → 1-based source line number, given the source's line starts. */
  sourceLine(lineNo: number, sourceLineStarts: readonly number[]): number {
    if (this.identity) return lineNo;
    if (!this.#lineStarts) {
      this.#lineStarts = [0];
      for (let k = 0; k < this.text.length; k++) if (this.text[k] === '\n') this.#lineStarts.push(k + 1);
    }
    const start = this.#lineStarts[lineNo - 1];
    if (start === undefined) return lineNo;
    const at = this.from[start] ?? 0;
    // Binary search: the last source line starting at or before `at`.
    let lo = 0;
    let hi = sourceLineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sourceLineStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
