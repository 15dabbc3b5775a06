/**
 * The decoded page text as numbered lines, the way an editor reads a warning's 第N行 and the
 * page view numbers them: split at \n and \f, 1-based.
 */
import type { Span } from '../parse/parsed-page';

export class SourceLines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let k = 0; k < text.length; k++) if (text[k] === '\n' || text[k] === '\f') this.starts.push(k + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 1-based line number of a character offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The text of line n (1-based), without its line break. */
  line(n: number): string {
    const start = this.starts[n - 1] ?? this.text.length;
    const next = this.starts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  /** Each line a span touches, with how many of its characters (whitespace aside) the span holds. */
  charsByLine(span: Span, into: Map<number, number>): void {
    for (let k = span[0]; k < span[1]; k++) {
      const c = this.text[k];
      if (c === undefined || /\s/u.test(c)) continue;
      const n = this.lineOf(k);
      into.set(n, (into.get(n) ?? 0) + 1);
    }
  }
}
