import { describe, expect, it } from 'vitest';
import { pageGraphics, type Matrix, type OpCodes } from './pdf-graphics';

const OP: OpCodes = {
  save: 1,
  restore: 2,
  transform: 3,
  constructPath: 4,
  setFillRGBColor: 5,
  setLineWidth: 6,
  fill: 7,
  eoFill: 8,
  stroke: 9,
  fillStroke: 10,
  eoFillStroke: 11,
  paintImageXObject: 12,
  paintInlineImageXObject: 13,
  paintImageMaskXObject: 14,
};
// Page 100pt high: PDF y up → page y down.
const VIEW: Matrix = [1, 0, 0, -1, 0, 100];
const path = (paint: number, x0: number, y0: number, x1: number, y1: number) => [paint, [], [x0, y0, x1, y1]];

describe('pageGraphics', () => {
  it('finds rules, ink boxes and images in page coordinates; paper-white fills are not ink', () => {
    const ops = {
      fnArray: [
        OP.setFillRGBColor,
        OP.constructPath,
        OP.setFillRGBColor,
        OP.constructPath,
        OP.constructPath,
        OP.save,
        OP.transform,
        OP.paintImageXObject,
        OP.restore,
      ],
      argsArray: [
        ['#ffffff'],
        path(OP.fill, 0, 0, 100, 100),
        ['#111111'],
        path(OP.fill, 10, 89, 90, 90),
        path(OP.fill, 10, 10, 60, 50),
        null,
        [30, 0, 0, 20, 60, 60],
        null,
        null,
      ],
    };
    expect(pageGraphics(ops, OP, VIEW)).toEqual([
      { kind: 'rule', x: 10, y: 10, width: 80, height: 1 },
      { kind: 'box', x: 10, y: 50, width: 50, height: 40 },
      { kind: 'image', x: 60, y: 20, width: 30, height: 20 },
    ]);
  });

  it('reads a stroked frame as four rules', () => {
    const ops = {
      fnArray: [OP.setLineWidth, OP.constructPath],
      argsArray: [[1], path(OP.stroke, 10, 10, 60, 50)],
    };
    expect(pageGraphics(ops, OP, VIEW).map((g) => g.kind)).toEqual(['rule', 'rule', 'rule', 'rule']);
  });
});
