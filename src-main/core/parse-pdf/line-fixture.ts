/** Test helper: a printed line from position, text and size, as text-lines.ts would make it. */
import type { TextLine } from './text-lines';

export function line(text: string, x: number, baseline: number, size = 10, font = 'song'): TextLine {
  const width = [...text].length * size;
  return {
    text,
    x,
    baseline,
    size,
    font,
    width,
    y: baseline - 0.88 * size,
    height: size,
    runs: [{ text, font, size, x, width }],
  };
}
