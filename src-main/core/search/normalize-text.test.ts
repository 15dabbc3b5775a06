import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText, originalRange } from './normalize-text';

describe('normalizeText', () => {
  it('folds Traditional to Simplified character by character', () => {
    expect(normalize('等級')).toBe('等级');
    expect(normalize('等级')).toBe('等级');
    expect(normalize('臺灣經濟發展')).toBe('台湾经济发展');
  });

  it('folds full-width forms and case', () => {
    expect(normalize('ＰＭ２．５')).toBe('pm2.5');
    expect(normalize('ABC Def')).toBe('abc def');
    expect(normalize('１２３４５')).toBe('12345');
  });

  it('folds OCR sub/superscript markup and maps the match back over the markup', () => {
    const original = '今年PM_{2.5}浓度下降,面积100m^{2}。';
    const n = normalizeText(original);
    expect(n.text).toBe('今年pm2.5浓度下降,面积100m2。');
    const at = n.text.indexOf('pm2.5');
    const r = originalRange(n, at, at + 5);
    expect(original.slice(r.start, r.end)).toBe('PM_{2.5}');
    const m2 = n.text.lastIndexOf('m2');
    const r2 = originalRange(n, m2, m2 + 2);
    expect(original.slice(r2.start, r2.end)).toBe('m^{2}');
  });

  it('leaves an unclosed or overlong markup as text', () => {
    expect(normalize('a_{b')).toBe('a_{b');
    expect(normalize(`x_{${'1'.repeat(40)}}`)).toBe(`x_{${'1'.repeat(40)}}`);
  });

  it('collapses whitespace (ideographic space, tabs, newlines) to one space', () => {
    const original = '长江\u3000\u3000口\n\t产业';
    const n = normalizeText(original);
    expect(n.text).toBe('长江 口 产业');
    const r = originalRange(n, 0, 4);
    expect(original.slice(r.start, r.end)).toBe('长江\u3000\u3000口');
  });

  it('keeps characters outside the BMP with both code units mapped', () => {
    const original = 'a𠀀b';
    const n = normalizeText(original);
    expect(n.text).toBe('a𠀀b');
    const r = originalRange(n, 1, 3);
    expect(original.slice(r.start, r.end)).toBe('𠀀');
  });

  it('maps every normalised substring back to original text that normalises to contain it', () => {
    // Markup is covered by the examples above; a random cut inside `_{…}` has no simple oracle.
    const alphabet = fc.constantFrom(...'南通等級级ＡaB1２ .,\u3000𠀀PMé㎡ﬁ'.split(''), '\u00a0', '\t');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const original = parts.join('');
        const n = normalizeText(original);
        expect(n.starts).toHaveLength(n.text.length);
        expect(n.ends).toHaveLength(n.text.length);
        if (n.text.length === 0) return;
        const a = x % n.text.length;
        const b = a + 1 + (y % (n.text.length - a));
        const piece = n.text.slice(a, b);
        const r = originalRange(n, a, b);
        expect(r.start).toBeLessThan(r.end);
        // Whitespace at the edges may fold differently once cut loose: compare trimmed.
        expect(normalize(original.slice(r.start, r.end))).toContain(piece.trim());
      }),
      { numRuns: 500 },
    );
  });
});
