import { describe, expect, it } from 'vitest';
import { bylineRows } from './byline-rows';
import { bodyChars, isFrontPage, personKey, roleKey } from './person-name';
import { reportRange, splitYears } from './report-range';

describe('person names', () => {
  it.each([
    ['陆薇', '陆薇'],
    ['陆 薇', '陆薇'],
    ['陸薇', '陆薇'],
    ['本报记者 陆薇', '陆薇'],
    ['通讯员陈尔灿', '陈尔灿'],
    ['(朱文君)', '朱文君'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼'],
    ['ＣＦＰ', 'cfp'],
    ['  ', null],
    ['记者', '记者'],
  ])('%s → %s', (raw, key) => expect(personKey(raw)).toBe(key));

  it('folds roles to the counted ones', () => {
    expect(roleKey('本报记者')).toBe('记者');
    expect(roleKey('攝影')).toBe('摄影');
    expect(roleKey('')).toBe('作者');
    expect(roleKey('文/图')).toBe('文/图');
  });

  it.each([
    ['A1', true],
    ['第1版', true],
    ['A01', true],
    ['01', true],
    ['第一版', true],
    ['Ａ１', true],
    ['B1', false],
    ['A11', false],
    ['10', false],
    [null, false],
  ])('front page %s: %s', (label, front) => expect(isFrontPage(label)).toBe(front));

  it('counts body characters without whitespace', () => {
    expect(bodyChars(['一二 三', '\n四'])).toBe(4);
  });

  it('keeps one row per name and role; a name twice counts its piece once', () => {
    const rows = bylineRows(
      JSON.stringify([
        { role: '文', name: '张三' },
        { role: '图', name: '张 三' },
        { role: '本报记者', name: '李四' },
        { role: '记者', name: '李四' },
        { role: '记者', name: ' ' },
      ]),
    );
    expect(rows).toEqual([
      { name: '张三', role: '文', first: 1, names: 2 },
      { name: '张三', role: '图', first: 0, names: 2 },
      { name: '李四', role: '记者', first: 1, names: 2 },
    ]);
    expect(bylineRows('not json')).toEqual([]);
  });
});

describe('report ranges', () => {
  it('reads whole months from the sums and partial months from the rows', () => {
    expect(reportRange(null, null)).toEqual({ months: { from: '', to: '9999-12' }, days: [] });
    expect(reportRange('2024-07-01', '2024-07-31')).toEqual({
      months: { from: '2024-07', to: '2024-07' },
      days: [],
    });
    expect(reportRange('2024-07-15', '2024-09-10')).toEqual({
      months: { from: '2024-08', to: '2024-08' },
      days: [
        { from: '2024-07-15', to: '2024-07-31' },
        { from: '2024-09-01', to: '2024-09-10' },
      ],
    });
    expect(reportRange('2024-07-02', '2024-07-30')).toEqual({
      months: null,
      days: [{ from: '2024-07-02', to: '2024-07-30' }],
    });
    expect(reportRange('2024-02-01', '2024-02-29').months).toEqual({ from: '2024-02', to: '2024-02' });
    expect(reportRange(null, '2024-03-05')).toEqual({
      months: { from: '0000-01', to: '2024-02' },
      days: [{ from: '2024-03-01', to: '2024-03-05' }],
    });
  });

  it('reads whole years from the yearly sums, the months around them from the monthly ones', () => {
    expect(splitYears({ from: '2023-01', to: '2023-12' })).toEqual({
      years: { from: '2023', to: '2023' },
      months: [],
    });
    expect(splitYears({ from: '2022-11', to: '2024-02' })).toEqual({
      years: { from: '2023', to: '2023' },
      months: [
        { from: '2022-11', to: '2022-12' },
        { from: '2024-01', to: '2024-02' },
      ],
    });
    expect(splitYears({ from: '2023-02', to: '2023-12' })).toEqual({
      years: null,
      months: [{ from: '2023-02', to: '2023-12' }],
    });
    expect(splitYears({ from: '', to: '9999-12' })).toEqual({ years: { from: '', to: '9999' }, months: [] });
  });
});
