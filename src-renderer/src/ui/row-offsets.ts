/**
 * Where each row of a virtual list sits, from per-row heights: prefix sums built once per list
 * (O(n)), then the row at a scroll position is a binary search (O(log n)). Heights are known per
 * row kind, never measured, so a long list needs no layout pass to know its length.
 */
export class RowOffsets {
  readonly #starts: Float64Array;

  constructor(heights: ArrayLike<number>) {
    this.#starts = new Float64Array(heights.length + 1);
    for (let i = 0; i < heights.length; i++)
      this.#starts[i + 1] = this.#starts[i]! + Math.max(0, heights[i]!);
  }

  get count(): number {
    return this.#starts.length - 1;
  }

  get total(): number {
    return this.#starts[this.count]!;
  }

  /** Top of row i (i may be count: the bottom of the list). */
  top(i: number): number {
    return this.#starts[Math.max(0, Math.min(i, this.count))]!;
  }

  height(i: number): number {
    return this.top(i + 1) - this.top(i);
  }

  /** The row covering y (clamped to the list). */
  indexAt(y: number): number {
    if (this.count === 0) return 0;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Rows to draw for a viewport: [start, end) with `overscan` rows beyond each edge. */
  visible(scrollTop: number, viewport: number, overscan: number): { start: number; end: number } {
    if (this.count === 0) return { start: 0, end: 0 };
    const first = this.indexAt(scrollTop);
    const last = this.indexAt(scrollTop + Math.max(0, viewport) - 0.5);
    return { start: Math.max(0, first - overscan), end: Math.min(this.count, last + 1 + overscan) };
  }

  /** The scrollTop that brings row i fully into view while moving as little as possible. */
  scrollFor(i: number, scrollTop: number, viewport: number): number {
    const top = this.top(i);
    const bottom = top + this.height(i);
    if (top < scrollTop) return top;
    if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
    return scrollTop;
  }
}
