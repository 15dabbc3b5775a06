import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowOffsets } from './row-offsets';

describe('RowOffsets', () => {
  it('places rows end to end and finds the row under a position', () => {
    const o = new RowOffsets([30, 52, 34, 34]);
    expect(o.total).toBe(150);
    expect([o.top(0), o.top(1), o.top(2), o.top(3), o.top(4)]).toEqual([0, 30, 82, 116, 150]);
    expect([
      o.indexAt(0),
      o.indexAt(29.9),
      o.indexAt(30),
      o.indexAt(81),
      o.indexAt(149),
      o.indexAt(999),
    ]).toEqual([0, 0, 1, 1, 3, 3]);
    expect(o.indexAt(-5)).toBe(0);
  });

  it('draws only the rows in the viewport plus overscan', () => {
    const o = new RowOffsets(Array.from({ length: 1_000_000 }, () => 34));
    expect(o.visible(34 * 5000, 340, 3)).toEqual({ start: 4997, end: 5013 });
    expect(o.visible(0, 340, 3)).toEqual({ start: 0, end: 13 });
    expect(o.visible(o.total, 340, 3).end).toBe(1_000_000);
    expect(new RowOffsets([]).visible(0, 500, 5)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls as little as needed to show a row', () => {
    const o = new RowOffsets(Array.from({ length: 100 }, () => 10));
    expect(o.scrollFor(5, 0, 100)).toBe(0);
    expect(o.scrollFor(12, 0, 100)).toBe(30);
    expect(o.scrollFor(2, 50, 100)).toBe(20);
  });

  it('covers every row of the viewport for any heights and scroll position', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 300 }),
        fc.nat(20_000),
        fc.integer({ min: 1, max: 900 }),
        (heights, scroll, viewport) => {
          const o = new RowOffsets(heights);
          const top = Math.min(scroll, o.total);
          const { start, end } = o.visible(top, viewport, 0);
          // Every row that intersects [top, top + viewport) is drawn; none that does not.
          heights.forEach((_, i) => {
            const intersects = o.top(i) < top + viewport && o.top(i + 1) > top;
            expect(i >= start && i < end).toBe(intersects || (top >= o.total && i === heights.length - 1));
          });
        },
      ),
    );
  });
});
