import { describe, expect, it } from 'vitest';
import { bodyParagraphs, joinLines } from './body-paragraphs';
import { line } from './line-fixture';

// A 10-character column (100pt) at x=0 and another at x=120.
const at = (text: string, x: number, y: number, leaf: number) => ({ line: line(text, x, y), leaf });

describe('bodyParagraphs', () => {
  it('starts paragraphs at indented lines and ends them at short lines', () => {
    const lines = [
      at('入汛以来我市多措', 20, 10, 0),
      at('并举加强城区排涝能力', 0, 25, 0),
      at('建设。', 0, 40, 0),
      at('截至目前全市已累', 20, 55, 0),
      at('计投入资金两千万元', 0, 70, 0),
    ];
    expect(bodyParagraphs(lines)).toEqual([
      '入汛以来我市多措并举加强城区排涝能力建设。',
      '截至目前全市已累计投入资金两千万元',
    ]);
  });

  it('continues a paragraph at the top of the next column unless that line is indented', () => {
    const lines = [
      at('一二三四五六七八', 20, 10, 0),
      at('九十一二三四五六七十', 0, 25, 0),
      at('续完。', 120, 10, 1),
      at('新段落开始', 140, 25, 1),
    ];
    expect(bodyParagraphs(lines)).toEqual(['一二三四五六七八九十一二三四五六七十续完。', '新段落开始']);
  });

  it('keeps a right-aligned byline a paragraph of its own', () => {
    const lines = [
      at('正文一二三四五六七八', 20, 10, 0),
      at('九十一二三四五六七八', 0, 25, 0),
      at('记者 朱文君', 40, 40, 0),
      at('下一段一二三四五六七', 20, 55, 0),
    ];
    expect(bodyParagraphs(lines)).toEqual([
      '正文一二三四五六七八九十一二三四五六七八',
      '记者 朱文君',
      '下一段一二三四五六七',
    ]);
  });
});

describe('joinLines', () => {
  it('joins Chinese with nothing and Latin words with a space', () => {
    expect(joinLines('资金2', '876万元')).toBe('资金2876万元');
    expect(joinLines('the', 'page')).toBe('the page');
  });
});
