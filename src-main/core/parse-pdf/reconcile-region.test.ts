import { describe, expect, it } from 'vitest';
import { parsePage } from '../parse/parse-page';
import { checkConservation } from '../parse/check-conservation';
import { reconcileRegion } from './reconcile-region';
import { regionText } from './region-text';

function read(heads: Parameters<typeof regionText>[0], paragraphs: string[], figure = false) {
  const rt = regionText(heads, paragraphs);
  const parsed = parsePage(new TextEncoder().encode(rt.text), 'x.pdf', { shape: 'para' });
  if (!parsed.ok) throw new Error(parsed.error.code);
  const out = reconcileRegion(rt, parsed.value, figure);
  const outcome = {
    ...parsed.value,
    parsed: { ...parsed.value.parsed, articles: out.articles },
    spans: out.spans,
  };
  return { ...out, problems: checkConservation(outcome) };
}

describe('reconcileRegion', () => {
  it('keeps the text rules’ reading where it agrees with the type sizes', () => {
    const r = read({ kicker: '聚焦夏季防汛一线', headline: '我市筑牢城区排涝“安全堤”', subheadline: null }, [
      '本报讯(记者 陈晓岚)入汛以来,我市多措并举加强城区排涝能力建设。',
    ]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({
      kicker: '聚焦夏季防汛一线',
      source: '本报讯',
      bylines: [{ role: '记者', name: '陈晓岚' }],
    });
    expect(r.problems).toEqual([]);
  });

  it('makes the lines in head type the heads, whatever the text rules guessed', () => {
    // Two short head lines: by text alone the first could be the headline; by size it is a kicker.
    const r = read({ kicker: '金秋', headline: '全场5折起', subheadline: '地址:工农路88号' }, [
      '电话:0513-85551234',
    ]);
    expect(r.articles[0]).toMatchObject({
      kicker: '金秋',
      headline: '全场5折起',
      subheadline: '地址:工农路88号',
    });
    expect(r.articles[0]?.paragraphs).toEqual(['电话:0513-85551234']);
    expect(r.problems).toEqual([]);
  });

  it('keeps one region one article: a closing paragraph is not split off as a photo caption', () => {
    const r = read({ kicker: null, headline: '签约', subheadline: null }, [
      '本报讯 苏州、常熟两地企业近日签约,落户常熟的中天科技(常熟)有限公司将投资10亿元建设新基地。',
      '该项目由金益成(江阴)精密科技公司承建,预计明年投产。(陈静)',
    ]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.paragraphs).toHaveLength(2);
    expect(r.problems).toEqual([]);
  });
});
