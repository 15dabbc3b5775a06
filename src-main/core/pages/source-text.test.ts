import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactPageRow,
  packSourceText,
  sourceTextOf,
  storedSourceText,
  unpackSourceText,
} from './source-text';

describe('page source text, stored deflated', () => {
  it('round-trips any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        expect(unpackSourceText(packSourceText(text))).toBe(text);
        expect(sourceTextOf(storedSourceText(text))).toBe(text);
      }),
    );
  });

  it('stores the text once, smaller than its UTF-8 bytes for a real page', () => {
    const page = '南通晚报 A1\n本报讯 记者 张三\n'.repeat(40);
    const stored = storedSourceText(page);
    expect(stored.source_text).toBe('');
    expect(stored.source_deflated!.length).toBeLessThan(Buffer.byteLength(page) / 4);
  });

  it('reads a row written before migration 017 from source_text', () => {
    expect(sourceTextOf({ source_text: '旧的原文', source_deflated: null })).toBe('旧的原文');
  });

  it('brings an old trash snapshot’s page row to the stored form, and leaves a new one alone', () => {
    const old = { id: 7, file_name: 'a.txt', source_text: '旧的原文' };
    const compacted = compactPageRow(old);
    expect(compacted).toMatchObject({ id: 7, file_name: 'a.txt', source_text: '' });
    expect(sourceTextOf(compacted as typeof compacted & { source_deflated: Buffer })).toBe('旧的原文');
    const current = { id: 8, ...storedSourceText('新的原文') };
    expect(compactPageRow(current)).toBe(current);
  });
});
