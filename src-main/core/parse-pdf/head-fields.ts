/**
 * A region's head lines → kicker, headline, subheadline by relative type size: the largest type
 * is the headline, smaller type above it the kicker (引题), smaller type below it the 副题.
 * Consecutive lines in one size and face are one field wrapped over several lines.
 */
import type { TextLine } from './text-lines';

export interface HeadFields {
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
}

interface Field {
  text: string;
  size: number;
}

/** The horizontal extent of the block the head stands in. */
export interface Span {
  x: number;
  right: number;
}

const sameSize = (a: number, b: number): boolean => Math.abs(a - b) <= 0.06 * Math.max(a, b);

/**
 * How two wrapped lines of one field join. A line that stops well short of the block's right edge
 * was broken on purpose (a two-part headline) and reads with a space; a line that filled the width
 * simply wrapped. Latin words keep their space either way.
 */
export function joinWrapped(prev: TextLine, next: TextLine, block: Span): string {
  if (/[A-Za-z0-9]$/u.test(prev.text) && /^[A-Za-z0-9]/u.test(next.text)) return ' ';
  const free = block.right - block.x - prev.width;
  return free > 2.5 * prev.size ? ' ' : '';
}

function fields(lines: readonly TextLine[], block: Span): Field[] {
  const out: (Field & { last: TextLine; font: string })[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    // By size alone: Type 3 fonts split one face into many font objects, so font names cannot say.
    if (prev && sameSize(prev.size, line.size)) {
      prev.text += joinWrapped(prev.last, line, block) + line.text;
      prev.last = line;
    } else out.push({ text: line.text, size: line.size, last: line, font: line.font });
  }
  return out;
}

export function headFields(lines: readonly TextLine[], block: Span): HeadFields {
  const fs = fields(lines, block);
  if (fs.length === 0) return { kicker: null, headline: null, subheadline: null };
  const biggest = Math.max(...fs.map((f) => f.size));
  const at = fs.findIndex((f) => f.size === biggest);
  const join = (part: Field[]): string | null => (part.length > 0 ? part.map((f) => f.text).join(' ') : null);
  return {
    kicker: join(fs.slice(0, at)),
    headline: fs[at]?.text ?? null,
    subheadline: join(fs.slice(at + 1)),
  };
}
