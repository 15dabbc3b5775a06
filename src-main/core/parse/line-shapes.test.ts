import { describe, expect, it } from 'vitest';
import { parseByline } from './detect-byline';
import { isGenreHead, isNeverHead, opensLikeLead } from './lead-fragment';
import { isFieldLine, isTableRow } from './standalone-lines';
import { makePiece } from './piece';

const roles = (text: string) => parseByline(makePiece(text, 0))?.bylines.map((b) => [b.role, b.name]) ?? null;

describe('person-less picture credits', () => {
  it.each([
    ['新华社发', [['图', '新华社']]],
    ['视觉中国供图', [['图', '视觉中国']]],
    ['图片由市城管局提供', [['图', '市城管局']]],
    ['资料图片', [['图', '资料图片']]],
    ['(资料图片)', [['图', '资料图片']]],
    ['图片来源:主办方', [['图', '主办方']]],
    [
      '新华社发 张三 摄',
      [
        ['图', '新华社'],
        ['摄影', '张三'],
      ],
    ],
    ['文/图 王五', [['文/图', '王五']]],
    ['读者 王女士', [['读者', '王女士']]],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each(['他发', '资料显示', '市民供', '张三 发'])('rejects %s', (text) => {
    expect(roles(text)).toBeNull();
  });
});

describe('short lines that are body text', () => {
  it.each(['记者从市交通局获悉', '据悉', '昨天上午,', '9月10日,市民', '该项目由金益成(江阴)', '推动全市的'])(
    '%s is never a head',
    (text) => expect(isNeverHead(text)).toBe(true),
  );
  it.each(['政通人和', '城北片区将建', '今年我市将新建10所学校', '参与', '成就'])(
    '%s may be a head',
    (text) => expect(isNeverHead(text)).toBe(false),
  );
  it('time phrases open leads only weakly', () => {
    expect(opensLikeLead('今年前8个月')).toBe(true);
    expect(opensLikeLead('南通港集装箱吞吐量创新高')).toBe(false);
  });
  it('genre heads', () => {
    expect(isGenreHead('停水通知')).toBe(true);
    expect(isGenreHead('【读者来信】')).toBe(true);
    expect(isGenreHead('聚焦民生')).toBe(false);
  });
});

describe('standalone lines', () => {
  it.each(['崇川区 32个 已完工18个', '通州区 ３３个 已完工１２个', '崇川区 32'])('%s is a table row', (t) =>
    expect(isTableRow(t)).toBe(true),
  );
  it.each([
    '推进高水平跨江融合 共建长江口产业创新协同区',
    '全市GDP 突破5000亿',
    '不忘初心 牢记使命 砥砺前行',
  ])('%s is not a table row', (t) => expect(isTableRow(t)).toBe(false));
  it('form fields', () => {
    expect(isFieldLine('电话:0513-85551234')).toBe(true);
    expect(isFieldLine('时间:今年9月起,每周五开放。')).toBe(false);
  });
});

describe('a bracketed column label under a headline', () => {
  it('belongs to the headline, not to a reader signing it', async () => {
    const { parsePage } = await import('./parse-page');
    const text = [
      '小微企业，如何“轻装上阵”？',
      '（读者点题·共同关注）',
      '本报记者  何  晓',
      '',
      '看到减税降费的消息，特别振奋。作为一名创业者，我也非常关心政策怎样落地。',
      '',
      '读者 王女士',
    ].join('\n');
    const r = parsePage(Buffer.from(text), 'page.txt');
    if (!r.ok) throw new Error(r.error.code);
    const a = r.value.parsed.articles[0];
    expect(a?.headline).toBe('小微企业，如何“轻装上阵”？（读者点题·共同关注）');
    expect(a?.bylines).toEqual([
      { role: '记者', name: '何晓' },
      { role: '读者', name: '王女士' },
    ]);
  });
});
