/**
 * The decoded page as printed lines, each measured: its letter-spacing gaps, its width under
 * both measures, and whether it is indented. Shape detection and unwrapping read only these.
 */
import { isIndented, lineWidth, type WidthMeasure } from './line-width';
import { letterSpacingGaps } from './letter-spacing';

export interface SourceLine {
  /** Offsets of the line in the decoded text, without its line break. */
  start: number;
  end: number;
  text: string;
  blank: boolean;
  /** Absolute offsets of letter-spacing spaces (dropped when the line is read). */
  gaps: number[];
  /** The line as read: letter spacing dropped, surrounding whitespace trimmed. */
  read: string;
  width: Record<WidthMeasure, number>;
  indented: boolean;
}

export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  for (const raw of text.split(/[\n\f]/u)) {
    const rel = letterSpacingGaps(raw);
    const gaps = rel.map((k) => start + k);
    const skip = new Set(rel);
    const read = skip.size === 0 ? raw.trim() : dropAt(raw, skip).trim();
    out.push({
      start,
      end: start + raw.length,
      text: raw,
      blank: read.length === 0,
      gaps,
      read,
      width: { chars: lineWidth(raw, 'chars', rel.length), ems: lineWidth(raw, 'ems', rel.length) },
      indented: isIndented(raw),
    });
    start += raw.length + 1;
  }
  return out;
}

function dropAt(text: string, skip: ReadonlySet<number>): string {
  let s = '';
  for (let i = 0; i < text.length; i++) if (!skip.has(i)) s += text[i] ?? '';
  return s;
}
