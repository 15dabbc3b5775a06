import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../parse-page';
import type { ParsedPage } from '../parsed-page';
import { checkConservation } from '../check-conservation';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const seedName = '000_3497fb0fb16c1ff0';
const seedText = readFileSync(join(root, 'seeds', `${seedName}.txt`), 'utf8');
const expected = JSON.parse(
  readFileSync(join(root, 'src-main', 'core', 'parse', 'fixtures', `${seedName}.expected.json`), 'utf8'),
) as ParsedPage;

/** Hard-wraps every line at `width` characters, as pdftotext or a line OCR prints a column. */
function wrap(text: string, width: number, indent: string): string {
  return text
    .split('\n')
    .map((line) => {
      const t = line.trim();
      // Paragraphs (long lines) get the indent; heads and bylines are printed flush.
      const printed = t.length > 24 ? indent + t : t;
      const chars = [...printed];
      const out: string[] = [];
      for (let k = 0; k < chars.length; k += width) out.push(chars.slice(k, k + width).join(''));
      return out.length === 0 ? '' : out.join('\n');
    })
    .join('\n');
}

const squeeze = (s: string | null) => (s ?? '').replace(/\s+/gu, '');
const shapeOf = (p: ParsedPage) =>
  p.articles.map((a) => ({
    kind: a.kind,
    kicker: squeeze(a.kicker),
    headline: squeeze(a.headline),
    subheadline: squeeze(a.subheadline),
    source: a.source,
    bylines: a.bylines,
    paragraphs: a.paragraphs.map(squeeze),
    continued: a.continued,
  }));

describe('the seed page hard-wrapped like pdftotext parses to the same items', () => {
  const cases = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20].flatMap((width) =>
    ['', '\u3000\u3000', '  '].map((indent) => [width, indent] as const),
  );
  it.each(cases)('width %i, indent %j', (width, indent) => {
    const r = parsePage(Buffer.from(wrap(seedText, width, indent)), `${seedName}.txt`);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.shape).toBe('wrapped');
    expect(shapeOf(r.value.parsed)).toEqual(shapeOf(expected));
    expect(checkConservation(r.value)).toEqual([]);
  });
});
