/**
 * How an article's spans (offsets into its page's source text, ArticleSpans) are kept in
 * `articles.spans`. JSON spelled every field name and offset in full, 2.0 MB on the issue-12 10k
 * bench; this text form is about a quarter of that (deflated JSON would have been 0.70):
 *
 *   ~ field ; field ; … (FIELDS order)   field: `!` absent, else its spans, ',' between spans and
 *                                        '|' between the groups of a nested field (bylines, …)
 *   span: `d.l` in base 36, d = start − end of the span before it (signed), l = end − start
 *
 * so {"kicker":[[35,42]],"headline":[[43,55]],…} starts `~z.7;1.c;…`. Anything the form cannot
 * hold exactly (an empty group, a field of another shape) is kept as JSON, which every reader
 * accepts, as it accepts the JSON rows written before this form existed.
 */
import type { ArticleSpans, Span } from '../parse/parsed-page';

/** Spans as stored: rows written by older parsers may lack fields. */
export type StoredSpans = Partial<ArticleSpans>;

const FIELDS = [
  ['kicker', 'flat'],
  ['headline', 'flat'],
  ['subheadline', 'flat'],
  ['source', 'flat'],
  ['bylines', 'nested'],
  ['credits', 'nested'],
  ['paragraphs', 'nested'],
  ['continued', 'flat'],
  ['markup', 'flat'],
] as const;

const NAMES = new Set<string>(FIELDS.map(([name]) => name));
const MARK = '~';
const ABSENT = '!';

// Offsets are non-negative safe integers, so every difference below is exact in a double.
const isOffset = (n: unknown): boolean => Number.isSafeInteger(n) && (n as number) >= 0;
const isSpan = (s: unknown): s is Span =>
  Array.isArray(s) && s.length === 2 && isOffset(s[0]) && isOffset(s[1]);
const isFlat = (v: unknown): v is Span[] => Array.isArray(v) && v.every(isSpan);
// An empty group would read back as no group at all: such a field stays JSON.
const isNested = (v: unknown): v is Span[][] => Array.isArray(v) && v.every((g) => isFlat(g) && g.length > 0);

export function writeSpans(spans: StoredSpans): string {
  // A bundle's spans are not checked on the way in (bundle-schema.ts): whatever they are, keep them.
  if (typeof spans !== 'object' || spans === null || Array.isArray(spans)) return JSON.stringify(spans);
  let end = 0;
  const span = ([a, b]: Span): string => {
    const s = `${(a - end).toString(36)}.${(b - a).toString(36)}`;
    end = b;
    return s;
  };
  const flat = (list: readonly Span[]) => list.map(span).join(',');
  const fields: string[] = [];
  for (const [name, shape] of FIELDS) {
    const value: unknown = spans[name];
    if (value === undefined) fields.push(ABSENT);
    else if (shape === 'flat' && isFlat(value)) fields.push(flat(value));
    else if (shape === 'nested' && isNested(value)) fields.push(value.map(flat).join('|'));
    else return JSON.stringify(spans);
  }
  // A field the form does not name is kept by keeping the JSON. (Checked by shape rather than by
  // reading the short form back: that doubled the cost of storing a page's spans.)
  for (const key in spans) if (!NAMES.has(key)) return JSON.stringify(spans);
  return MARK + fields.join(';');
}

export function readSpans(stored: string): StoredSpans {
  if (!stored.startsWith(MARK)) return JSON.parse(stored) as StoredSpans;
  const parts = stored.slice(MARK.length).split(';');
  let end = 0;
  const span = (s: string): Span => {
    const [d = '', l = ''] = s.split('.');
    const a = end + parseInt(d, 36);
    end = a + parseInt(l, 36);
    return [a, end];
  };
  const flat = (s: string): Span[] => (s === '' ? [] : s.split(',').map(span));
  const out: Record<string, Span[] | Span[][]> = {};
  FIELDS.forEach(([name, shape], k) => {
    const part = parts[k] ?? ABSENT;
    if (part === ABSENT) return;
    out[name] = shape === 'flat' ? flat(part) : part === '' ? [] : part.split('|').map(flat);
  });
  return out as StoredSpans;
}
