import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor';
import { CONTEXT_LENGTH, describeRange } from './selectors';
import { diffHunks } from './text-change';

const TEXT =
  '近年来,南通持续强化与上海、苏南地区的产业链、创新链合作。新招引项目中有七成来自上海、苏南。' +
  '\n\n上海电气集团恒羲光伏科技有限公司主要生产高效异质结光伏电池。吴新明详细了解企业技术创新、市场前景等情况。';

function edit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function anchorAfter(text: string, start: number, end: number, next: string) {
  return reanchor(describeRange(text, start, end), next, diffHunks(text, next));
}

describe('reanchor', () => {
  const start = TEXT.indexOf('恒羲光伏科技');
  const end = start + '恒羲光伏科技'.length;

  it('keeps the position when an edit happens after the range', () => {
    const next = edit(TEXT, TEXT.length - 3, 1, '状');
    expect(anchorAfter(TEXT, start, end, next)).toEqual({ start, end, method: 'position' });
  });

  it('shifts the range when a sentence is inserted before it', () => {
    const next = edit(TEXT, 0, 0, '这是新加的一句话。');
    expect(anchorAfter(TEXT, start, end, next)).toEqual({
      start: start + 9,
      end: end + 9,
      method: 'position',
    });
  });

  it('takes in an OCR fix inside the range when the context still frames it', () => {
    const next = edit(TEXT, start + 2, 1, '曦');
    expect(anchorAfter(TEXT, start, end, next)).toEqual({ start, end, method: 'context' });
    expect(next.slice(start, end)).toBe('恒羲曦伏科技');
  });

  it('finds the quote by its context when the text around it was rewritten without a known change', () => {
    const next = '编者按:' + TEXT;
    expect(reanchor(describeRange(TEXT, start, end), next)).toEqual({
      start: start + 4,
      end: end + 4,
      method: 'quote',
    });
  });

  it('prefers the occurrence whose context matches among repeats', () => {
    const text = '上海、苏南。甲乙丙丁。上海、苏南。戊己庚辛。';
    const second = text.lastIndexOf('上海、苏南');
    const sel = describeRange(text, second, second + 5);
    const next = '前言。' + text;
    expect(reanchor(sel, next)).toMatchObject({ start: second + 3, method: 'quote' });
  });

  it('orphans a short quote whose text is gone rather than guessing', () => {
    const sel = describeRange(TEXT, start, start + 2);
    const next = TEXT.replace('恒羲光伏科技有限公司', '某公司');
    expect(reanchor(sel, next, diffHunks(TEXT, next))).toBeNull();
  });

  it('re-finds a long quote with a couple of OCR errors by fuzzy matching', () => {
    const s = TEXT.indexOf('吴新明');
    const e = TEXT.length;
    const sel = describeRange(TEXT, s, e);
    const next = '序。' + TEXT.replace('技术创新', '技木创新').replace('市场', '市塲');
    const a = reanchor({ ...sel, start: 0, end: 5 }, next);
    expect(a?.method).toBe('fuzzy');
    expect(a && next.slice(a.start, a.end)).toContain('吴新明详细了解企业技木创新');
  });

  it('property: any edit strictly outside an annotation leaves it on exactly the same words', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: TEXT.length - 2 }),
        fc.integer({ min: 1, max: 20 }),
        fc.nat({ max: TEXT.length }),
        fc.nat({ max: 6 }),
        fc.string({ unit: fc.constantFrom(...'的了是在和上海南通。,新'), maxLength: 12 }),
        (s, len, at, remove, insert) => {
          const e = Math.min(TEXT.length, s + len);
          // The edit lies entirely before or after the range, never touching it.
          if (!(at + remove < s || at > e)) return;
          const next = edit(TEXT, at, remove, insert);
          const a = anchorAfter(TEXT, s, e, next);
          const shift = at < s ? insert.length - Math.min(remove, TEXT.length - at) : 0;
          expect(a).not.toBeNull();
          expect(next.slice(a!.start, a!.end)).toBe(TEXT.slice(s, e));
          expect(a!.start).toBe(s + shift);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: an anchored result always lies within the new text, is never empty, and a kept quote is found', () => {
    // The new text is random around the quote (kept verbatim with its stored context half the
    // time, else garbled), so most runs have something to anchor to: random text alone never
    // contains the quote, and a property that only asserted when anchoring succeeded asserted nothing.
    let anchored = 0;
    const runs = 300;
    fc.assert(
      fc.property(
        fc.nat({ max: TEXT.length - 2 }),
        fc.integer({ min: 1, max: 30 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        (s, len, left, right, keep) => {
          const e = Math.min(TEXT.length, s + len);
          const quote = TEXT.slice(s, e);
          const context =
            TEXT.slice(Math.max(0, s - CONTEXT_LENGTH), s) + quote + TEXT.slice(e, e + CONTEXT_LENGTH);
          const middle = keep ? context : [...quote].reverse().join('') + '#';
          const next = left + middle + right;
          const a = anchorAfter(TEXT, s, e, next);
          if (keep) expect(a).not.toBeNull();
          if (a === null) {
            expect(keep).toBe(false);
            return;
          }
          anchored++;
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeLessThanOrEqual(next.length);
          expect(a.end).toBeGreaterThan(a.start);
          if (keep) expect(next.slice(a.start, a.end)).toBe(quote);
        },
      ),
      { numRuns: runs },
    );
    expect(anchored).toBeGreaterThan(runs / 4);
  });

  it('property: an edit strictly inside an annotation keeps it on the edited passage, never elsewhere', () => {
    // Inserted characters never occur in TEXT, so the true new range is unambiguous.
    const fresh = fc.string({
      unit: fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸'),
      minLength: 1,
      maxLength: 20,
    });
    fc.assert(
      fc.property(
        fc.nat({ max: TEXT.length - 12 }),
        fc.integer({ min: 10, max: 60 }),
        fc.nat(),
        fc.nat({ max: 4 }),
        fresh,
        (s, len, pos, remove, insert) => {
          const e = Math.min(TEXT.length, s + len);
          const at = s + 1 + (pos % (e - s - 2));
          const cut = Math.min(remove, e - 1 - at);
          const next = edit(TEXT, at, cut, insert);
          const a = anchorAfter(TEXT, s, e, next);
          expect(a).toMatchObject({ start: s, end: e + insert.length - cut });
        },
      ),
      { numRuns: 500 },
    );
  });
});
