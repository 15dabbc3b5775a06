import { describe, expect, it } from 'vitest';
import { articleScript } from './article-script';

describe('articleScript', () => {
  it('tells Simplified from Traditional text, and calls text with neither Simplified', () => {
    expect(articleScript('推进高水平跨江融合 共建长江口产业创新协同区')).toBe('zh-Hans');
    expect(articleScript('推進高水平跨江融合 共建長江口產業創新協同區')).toBe('zh-Hant');
    expect(articleScript('中山大学 2024')).toBe('zh-Hans');
    expect(articleScript('')).toBe('zh-Hans');
  });
});
