import { describe, expect, it } from 'vitest';
import { findLeadingByline, findTrailingByline, parseByline } from './detect-byline';
import { makePiece } from './piece';

const roles = (text: string, bareRole: string | null = null) =>
  parseByline(makePiece(text, 0), { bareRole })?.bylines.map((b) => [b.role, b.name]) ?? null;

describe('parseByline', () => {
  it.each([
    ['记者朱文君', [['记者', '朱文君']]],
    [
      '记者陆薇 通讯员陈尔灿',
      [
        ['记者', '陆薇'],
        ['通讯员', '陈尔灿'],
      ],
    ],
    ['本报记者 陆 薇', [['记者', '陆薇']]],
    [
      '张三/文 李四/摄',
      [
        ['文', '张三'],
        ['摄影', '李四'],
      ],
    ],
    [
      '文/张三 图/李四',
      [
        ['文', '张三'],
        ['图', '李四'],
      ],
    ],
    ['记者 王芳 摄', [['摄影', '王芳']]],
    [
      '(记者 张三 李四)',
      [
        ['记者', '张三'],
        ['记者', '李四'],
      ],
    ],
    [
      '□记者 孙雅琪 通讯员 邵明',
      [
        ['记者', '孙雅琪'],
        ['通讯员', '邵明'],
      ],
    ],
    ['编辑:李四', [['编辑', '李四']]],
    ['记者 欧阳明月', [['记者', '欧阳明月']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each(['记者手记', '王者归来', '记者从市里获悉', '记者', '张三', '新华社北京7月9日电'])(
    'rejects %s',
    (text) => {
      expect(roles(text)).toBeNull();
    },
  );

  it('accepts a bare name only when asked (photo credits)', () => {
    expect(roles('翟慧勇', '摄影')).toEqual([['摄影', '翟慧勇']]);
  });

  it('returns spans over role words and names and the markup it consumed', () => {
    const m = parseByline(makePiece('(记者 张三)', 10));
    expect(m?.bylines[0]?.spans).toEqual([
      [11, 13],
      [14, 16],
    ]);
    expect(m?.markup).toEqual([
      [10, 11],
      [16, 17],
    ]);
  });
});

describe('bylines glued to text', () => {
  it('finds a byline after the last sentence and leaves the paragraph', () => {
    const found = findTrailingByline(makePiece('等方面的问题作了回答。记者李彤', 0));
    expect(found?.body.text).toBe('等方面的问题作了回答。');
    expect(found?.match.bylines.map((b) => b.name)).toEqual(['李彤']);
  });

  it('finds a parenthesised byline at the end', () => {
    const found = findTrailingByline(makePiece('已全部整改到位。(记者 陈晓岚)', 0));
    expect(found?.match.bylines).toMatchObject([{ role: '记者', name: '陈晓岚' }]);
  });

  it('does not take ordinary sentence endings for names', () => {
    expect(findTrailingByline(makePiece('他说。记者从市民政局获悉', 0))).toBeNull();
    expect(findTrailingByline(makePiece('活动顺利举行。翟慧勇', 0))).toBeNull();
  });

  it('splits a □ byline from the start of the body', () => {
    const lead = findLeadingByline(makePiece('□记者 张三 通讯员 李四 近日,我市', 0));
    expect(lead?.match.bylines.map((b) => b.name)).toEqual(['张三', '李四']);
    expect(lead?.rest.text).toBe('近日,我市');
  });
});

describe('authors without a personal name, credits and parenthesised names', () => {
  it.each([
    ['本报评论员', [['评论员', '本报评论员']]],
    ['新华社评论员', [['评论员', '新华社评论员']]],
    [
      '记者 何宁 通讯员 崇公宣',
      [
        ['记者', '何宁'],
        ['通讯员', '崇公宣'],
      ],
    ],
    ['記者 王 芳', [['记者', '王芳']]],
    // A press-office short name needs the printed 通讯员: alone it is not a reporter's name.
    ['记者 崇公宣', null],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('reads a bare parenthesised name at the end of a paragraph only when asked to', () => {
    const piece = makePiece('开展消防安全演练。(陈静)', 0);
    expect(findTrailingByline(piece)).toBeNull();
    const found = findTrailingByline(piece, { parenRole: '记者' });
    expect(found?.match.bylines.map((b) => [b.role, b.name])).toEqual([['记者', '陈静']]);
    expect(found?.body.text).toBe('开展消防安全演练。');
  });
});
