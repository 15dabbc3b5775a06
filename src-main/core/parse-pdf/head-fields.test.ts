import { describe, expect, it } from 'vitest';
import { headFields, joinWrapped } from './head-fields';
import { line } from './line-fixture';

const block = { x: 0, right: 600 };

describe('headFields', () => {
  it('reads kicker above, headline in the largest type, 副题 below', () => {
    const heads = [
      line('聚焦夏季防汛一线', 100, 20, 14),
      line('我市筑牢城区排涝', 50, 70, 40),
      line('——全市已建成泵站', 60, 100, 16),
    ];
    expect(headFields(heads, block)).toEqual({
      kicker: '聚焦夏季防汛一线',
      headline: '我市筑牢城区排涝',
      subheadline: '——全市已建成泵站',
    });
  });

  it('takes a headline alone, and a headline wrapped over two lines as one field', () => {
    expect(headFields([line('长三角文旅', 0, 40, 40)], block)).toEqual({
      kicker: null,
      headline: '长三角文旅',
      subheadline: null,
    });
    const wrapped = [line('一二三四五六七八九十一二三四', 0, 40, 40), line('五六', 0, 90, 40)];
    expect(headFields(wrapped, block).headline).toBe('一二三四五六七八九十一二三四五六');
  });
});

describe('joinWrapped', () => {
  it('joins a line that filled the width with nothing, a line broken on purpose with a space', () => {
    expect(joinWrapped(line('一二三四五六七八九十一二三四五', 0, 40, 40), line('六', 0, 90, 40), block)).toBe(
      '',
    );
    expect(joinWrapped(line('推进高水平跨江融合', 100, 40, 40), line('共建', 100, 90, 40), block)).toBe(' ');
    expect(joinWrapped(line('Hello', 0, 40, 40), line('world', 0, 90, 40), { x: 0, right: 200 })).toBe(' ');
  });
});
