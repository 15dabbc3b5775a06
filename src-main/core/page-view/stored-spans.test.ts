import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../parse/parse-page';
import type { Span } from '../parse/parsed-page';
import { readSpans, writeSpans, type StoredSpans } from './stored-spans';

const FIXTURES = 'src-main/core/parse/fixtures';

const span = fc.tuple(fc.nat(200_000), fc.nat(5000)).map(([a, l]): Span => [a, a + l]);
const flat = fc.array(span, { maxLength: 4 });
const nested = fc.array(fc.array(span, { maxLength: 3 }), { maxLength: 3 });
const stored: fc.Arbitrary<StoredSpans> = fc
  .record(
    {
      kicker: flat,
      headline: flat,
      subheadline: flat,
      source: flat,
      bylines: nested,
      credits: nested,
      paragraphs: nested,
      continued: flat,
      markup: flat,
    },
    { requiredKeys: [] },
  )
  .map((r) => ({ ...r })); // a plain object, as a parse or JSON.parse makes

describe('stored spans', () => {
  it('read back exactly what was written, any fields, any offsets, empty groups included', () => {
    fc.assert(
      fc.property(stored, (spans) => {
        const written = writeSpans(spans);
        expect(readSpans(written)).toStrictEqual(spans);
        const emptyGroup = [spans.bylines, spans.credits, spans.paragraphs].some((f) =>
          f?.some((g) => !g.length),
        );
        expect(written.startsWith('~')).toBe(!emptyGroup);
      }),
      { numRuns: 500 },
    );
  });

  it('write the brief form, delta-coded, for a parsed article', () => {
    const spans: StoredSpans = {
      kicker: [[35, 42]],
      headline: [[43, 55]],
      subheadline: [],
      source: [[57, 60]],
      bylines: [
        [
          [61, 63],
          [64, 66],
        ],
      ],
      credits: [],
      paragraphs: [
        [
          [74, 112],
          [113, 130],
        ],
        [[132, 169]],
      ],
      continued: [],
      markup: [
        [60, 61],
        [73, 74],
      ],
    };
    expect(writeSpans(spans)).toBe('~z.7;1.c;;2.3;1.2,1.2;;8.12,1.h|2.11;;-31.1,c.1');
    expect(writeSpans({})).toBe('~!;!;!;!;!;!;!;!;!');
  });

  it('keep as JSON what the short form cannot hold, and read JSON rows as before', () => {
    const odd = [
      { headline: [[1.5, 3]] },
      { bylines: [[]] },
      { headline: [[1, 2]], note: 'x' },
      { headline: [[-1, 2]] },
      5,
      'x',
      [[1, 2]],
      null,
    ] as unknown as StoredSpans[];
    for (const spans of odd) {
      expect(writeSpans(spans)).toBe(JSON.stringify(spans));
      expect(readSpans(writeSpans(spans))).toEqual(spans);
    }
    const json = '{"kicker":[[35,42]],"headline":[],"paragraphs":[[[74,112]]]}';
    expect(readSpans(json)).toEqual(JSON.parse(json));
  });

  it('store every fixture page’s articles in under a third of their JSON', () => {
    let json = 0;
    let short = 0;
    for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) {
      const parsed = parsePage(readFileSync(join(FIXTURES, f)), f);
      if (!parsed.ok) continue;
      for (const spans of parsed.value.spans) {
        const written = writeSpans(spans);
        expect(written.startsWith('~')).toBe(true);
        expect(readSpans(written)).toStrictEqual(spans);
        json += JSON.stringify(spans).length;
        short += written.length;
      }
    }
    expect(json).toBeGreaterThan(0);
    expect(short / json).toBeLessThan(1 / 3);
  });
});
