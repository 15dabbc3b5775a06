import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSame, diffWords, tokenize } from './text-diff';

const side = (parts: ReturnType<typeof diffWords>, kind: 'del' | 'ins') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  it('splits Chinese into characters and keeps Latin words and numbers whole', () => {
    expect(tokenize('PM2.5 浓度下降 12%')).toEqual(['PM2.5', ' ', '浓', '度', '下', '降', ' ', '12%']);
  });

  it('marks exactly the words a correction changed', () => {
    expect(diffWords('深入相关企业开展调研', '深入到相关企业开展现场调研')).toEqual([
      { kind: 'same', text: '深入' },
      { kind: 'ins', text: '到' },
      { kind: 'same', text: '相关企业开展' },
      { kind: 'ins', text: '现场' },
      { kind: 'same', text: '调研' },
    ]);
    expect(diffWords('report 2023 data', 'report 2024 data')).toEqual([
      { kind: 'same', text: 'report ' },
      { kind: 'del', text: '2023' },
      { kind: 'ins', text: '2024' },
      { kind: 'same', text: ' data' },
    ]);
  });

  it('always rebuilds both versions from its parts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const parts = diffWords(a, b);
        expect(side(parts, 'del')).toBe(a);
        expect(side(parts, 'ins')).toBe(b);
      }),
    );
  });

  it('shortens long unchanged stretches to their ends', () => {
    const long = '一'.repeat(100);
    const parts = collapseSame(diffWords(`${long}甲${long}`, `${long}乙${long}`), 4);
    expect(parts).toEqual([
      { kind: 'same', text: '…一一一一' },
      { kind: 'del', text: '甲' },
      { kind: 'ins', text: '乙' },
      { kind: 'same', text: '一一一一…' },
    ]);
  });
});
