import { describe, expect, it } from 'vitest';
import { classifyFurniture } from './detect-furniture';
import { matchSource } from './detect-source';
import { matchContinuationLine, splitContinuation } from './detect-continuation';
import { makePiece } from './piece';

describe('furniture', () => {
  it.each([
    ['南通晚报 2024年7月10日 星期三 A3 要闻 责任编辑 张三', 'header'],
    ['责任编辑:王五 美编:李六', 'header'],
    ['2024年7月10日 星期三', 'header'],
    ['-3-', 'page-number'],
    ['— 3 —', 'page-number'],
    ['第3版', 'page-number'],
    ['A3·要闻', 'section'],
    ['简讯', 'section'],
  ])('%s is %s', (text, kind) => {
    expect(classifyFurniture(text)).toBe(kind);
  });

  it.each(['我市新增20家4A级社会组织', '南通晚报2024年度读者评选揭晓', '清凉『驿』夏', '记者朱文君'])(
    '%s is not furniture',
    (text) => {
      expect(classifyFurniture(text)).toBeNull();
    },
  );
});

describe('source markers', () => {
  it.each([
    ['晚报讯 昨天上午', '晚报讯', '昨天上午'],
    ['本报讯(记者 张三 通讯员 李四)昨天', '本报讯', '昨天'],
    ['新华社北京7月9日电(记者 王五)近日', '新华社北京7月9日电', '近日'],
    ['本报南京7月9日电 记者 黄思远 9日', '本报南京7月9日电', '9日'],
    ['南通日报讯 昨天', '南通日报讯', '昨天'],
  ])('%s', (text, source, rest) => {
    const m = matchSource(makePiece(text, 0));
    expect([m?.source.text, m?.rest.text]).toEqual([source, rest]);
  });

  it('ignores sentences that merely start with 本报', () => {
    expect(matchSource(makePiece('本报记者昨天从市民政局获悉', 0))).toBeNull();
  });
});

describe('continuation markers', () => {
  it('reads a marker line and strips its parentheses into markup', () => {
    const c = matchContinuationLine(makePiece('(下转A4版)', 0));
    expect(c?.marker.text).toBe('下转A4版');
    expect(c?.markup).toEqual([
      [0, 1],
      [6, 7],
    ]);
  });

  it('splits markers glued to a paragraph', () => {
    expect(splitContinuation(makePiece('作了回答。(下转A4版)', 0))?.rest.text).toBe('作了回答。');
    expect(splitContinuation(makePiece('(上接A1版)今年以来', 0))?.continuation.marker.text).toBe('上接A1版');
    expect(splitContinuation(makePiece('推动转型发展', 0))).toBeNull();
  });
});
