/**
 * A page's operator list → the rules, filled boxes and images drawn on it, in page coordinates.
 * Layout analysis needs only where ink is, not its shape: each path is reduced to its bounding
 * box under the current transform, which for the rectangles newspapers draw (rules, photo frames,
 * tints) is exact.
 */
import type { Graphic } from './pdf-content';

/** A 2-D affine transform [a b c d e f], as PDF and pdf.js write them. */
export type Matrix = [number, number, number, number, number, number];

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The operator codes used here (pdf.js `OPS`), passed in so this module stays free of pdf.js. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  setFillRGBColor: number;
  setLineWidth: number;
  fill: number;
  eoFill: number;
  stroke: number;
  fillStroke: number;
  eoFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

function boxUnder(m: Matrix, x0: number, y0: number, x1: number, y1: number): Graphic {
  const pts = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x = 0, y = 0]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { kind: 'box', x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** White and near-white fills are paper, not ink (page backgrounds, knock-outs). */
function isInk(color: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(color);
  if (!m) return true;
  return [m[1], m[2], m[3]].some((h) => parseInt(h ?? 'ff', 16) < 235);
}

const RULE_MAX = 3;

function classify(g: Graphic): Graphic | null {
  const thin = Math.min(g.width, g.height);
  const long = Math.max(g.width, g.height);
  if (thin <= RULE_MAX && long >= 12) return { ...g, kind: 'rule' };
  if (thin < 6) return null;
  return g;
}

/**
 * Walks the operator list keeping the transform stack. `viewport` maps PDF user space to the
 * page's top-left coordinates (pdf.js `page.getViewport({ scale: 1 }).transform`).
 */
export function pageGraphics(ops: OperatorList, op: OpCodes, viewport: Matrix): Graphic[] {
  const out: Graphic[] = [];
  const stack: { ctm: Matrix; fill: string; lineWidth: number }[] = [];
  let ctm = viewport;
  let fill = '#000000';
  let lineWidth = 1;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === op.save) stack.push({ ctm, fill, lineWidth });
    else if (fn === op.restore) ({ ctm, fill, lineWidth } = stack.pop() ?? { ctm, fill, lineWidth });
    else if (fn === op.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === op.setFillRGBColor) fill = String(args?.[0] ?? fill);
    else if (fn === op.setLineWidth) lineWidth = Number(args?.[0] ?? lineWidth);
    else if (fn === op.constructPath) {
      const paint = args?.[0] as number;
      const mm = args?.[2] as ArrayLike<number> | null | undefined;
      if (!mm || mm.length < 4) return;
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(mm);
      const filled =
        paint === op.fill || paint === op.eoFill || paint === op.fillStroke || paint === op.eoFillStroke;
      const stroked = paint === op.stroke || paint === op.fillStroke || paint === op.eoFillStroke;
      if (filled && isInk(fill)) {
        const g = classify(boxUnder(ctm, x0, y0, x1, y1));
        if (g) out.push(g);
      } else if (stroked) {
        const h = lineWidth / 2;
        const g = boxUnder(ctm, x0 - h, y0 - h, x1 + h, y1 + h);
        // A stroked rectangle is a frame: its four sides are rules.
        const w = Math.abs(lineWidth * ctm[0]) || 1;
        const frame: Graphic[] =
          Math.min(g.width, g.height) <= RULE_MAX + w
            ? [g]
            : [
                { ...g, height: w },
                { ...g, y: g.y + g.height - w, height: w },
                { ...g, width: w },
                { ...g, x: g.x + g.width - w, width: w },
              ];
        for (const f of frame) {
          const c = classify(f);
          if (c?.kind === 'rule') out.push(c);
        }
      }
    } else if (
      fn === op.paintImageXObject ||
      fn === op.paintInlineImageXObject ||
      fn === op.paintImageMaskXObject
    ) {
      out.push({ ...boxUnder(ctm, 0, 0, 1, 1), kind: 'image' });
    }
  });
  return out;
}
