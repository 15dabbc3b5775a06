import { describe, expect, it } from 'vitest';
import { readingOrder, type Placed } from './reading-order';

const box = (id: number, x: number, y: number, width: number, height: number, head = false): Placed => ({
  id,
  x,
  y,
  width,
  height,
  head,
});
const order = (items: Placed[], rules: Placed[] = []) => readingOrder(items, rules, 10).flatMap((l) => l.ids);

describe('readingOrder', () => {
  it('reads side-by-side articles one after the other even when their heads line up', () => {
    const items = [
      box(0, 0, 0, 280, 40, true), // A head
      box(1, 320, 0, 280, 40, true), // B head
      box(2, 0, 55, 130, 200), // A column 1
      box(3, 150, 55, 130, 200), // A column 2
      box(4, 320, 55, 280, 200), // B body
    ];
    const rule = box(99, 300, 0, 0.5, 255);
    expect(order(items, [rule])).toEqual([0, 2, 3, 1, 4]);
    // Without the rule, the wide gutter between them still separates them.
    expect(order(items)).toEqual([0, 2, 3, 1, 4]);
  });

  it('reads a centred head before the columns under it', () => {
    const items = [
      box(0, 200, 0, 200, 40, true),
      box(1, 0, 55, 100, 14), // a short first column
      box(2, 320, 55, 280, 14),
    ];
    expect(order(items)).toEqual([0, 1, 2]);
  });

  it('reads rows separated by a full-width rule row by row', () => {
    const items = [
      box(0, 0, 0, 290, 100),
      box(1, 310, 0, 290, 100),
      box(2, 0, 130, 290, 100),
      box(3, 310, 130, 290, 100),
    ];
    const rules = [box(90, 0, 115, 600, 0.5), box(91, 300, 0, 0.5, 100), box(92, 300, 130, 0.5, 100)];
    expect(order(items, rules)).toEqual([0, 1, 2, 3]);
    expect(readingOrder(items, rules, 10).map((l) => l.boundary)).toEqual(['start', 'rule', 'rule', 'rule']);
  });

  it('reads a stack in one cell top to bottom before the next cell', () => {
    const items = [box(0, 0, 0, 290, 300), box(1, 310, 0, 290, 100), box(2, 310, 140, 290, 160)];
    expect(order(items, [box(90, 300, 0, 0.5, 300), box(91, 310, 120, 290, 0.5)])).toEqual([0, 1, 2]);
  });
});
