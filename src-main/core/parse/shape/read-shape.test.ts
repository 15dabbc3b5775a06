import { describe, expect, it } from 'vitest';
import { parsePage, parsePages } from '../parse-page';
import { checkConservation } from '../check-conservation';
import { letterSpacingGaps } from './letter-spacing';

const page = (text: string, name = 'page.txt') => {
  const r = parsePage(Buffer.from(text), name);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

const ARTICLE = [
  '江南古镇开启“夜游”模式',
  '本报记者  林  海',
  '',
  '7日晚，江南某古镇的灯光秀正式开演，吸引游客近万人次。古镇今年推出夜间演艺、非遗市集等新项目。',
  '',
  '据介绍，夜游项目带动周边民宿入住率明显提升，不少游客专程从外地赶来。',
];

describe('letter spacing', () => {
  it('drops the spaces of a justified or OCR line and keeps word gaps', () => {
    expect(letterSpacingGaps('外 出 务 工 。 2015')).toHaveLength(5);
    expect(letterSpacingGaps('记 者 李 彤')).toHaveLength(3);
    expect(letterSpacingGaps('精细评估  暖心服务')).toEqual([]);
    expect(letterSpacingGaps('本报记者  王  伟  陈思远')).toEqual([]);
    expect(letterSpacingGaps('（记者 王明远、刘佳）记者从2日举行')).toEqual([]);
  });

  it('reads an OCR byline with every character spaced as the byline it is', () => {
    const text = [
      '古镇夜游受欢迎',
      '记 者 李 彤',
      '',
      '7日晚，古镇的灯光秀正式开演，吸引游客近万人次。',
    ].join('\n');
    const r = page(text);
    expect(r.parsed.articles[0]?.bylines).toEqual([{ role: '记者', name: '李彤' }]);
    expect(checkConservation(r)).toEqual([]);
  });
});

describe('shape detection', () => {
  it('reads paragraph-per-line text as it is', () => {
    expect(page(ARTICLE.join('\n')).shape).toBe('para');
  });

  it('can be forced', () => {
    const r = parsePage(Buffer.from(ARTICLE.join('\n')), 'page.txt', { shape: 'wrapped' });
    expect(r.ok && r.value.shape).toBe('wrapped');
  });
});

describe('form feeds', () => {
  it('splits a pdftotext multi-page file into its pages, in order, each conserving its text', () => {
    const second = [
      '守护好每一寸耕地',
      '本报评论员',
      '',
      '耕地是粮食生产的命根子。保护耕地，就是保护我们的饭碗。',
    ];
    const r = parsePages(Buffer.from(`${ARTICLE.join('\n')}\f${second.join('\n')}\f`), 'two.txt');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.map((o) => o.parsed.page)).toEqual(['two.txt#1', 'two.txt#2']);
    expect(r.value.map((o) => o.parsed.articles[0]?.headline)).toEqual([
      '江南古镇开启“夜游”模式',
      '守护好每一寸耕地',
    ]);
    expect(r.value[1]?.parsed.articles[0]?.bylines).toEqual([{ role: '评论员', name: '本报评论员' }]);
    for (const o of r.value) expect(checkConservation(o)).toEqual([]);
  });

  it('keeps a file with one trailing form feed as one page', () => {
    const r = parsePages(Buffer.from(`${ARTICLE.join('\n')}\f`), 'one.txt');
    expect(r.ok && r.value.map((o) => o.parsed.page)).toEqual(['one.txt']);
  });
});

describe('pdftotext -layout', () => {
  /** Two columns of one article, side by side at a fixed gutter, as -layout prints a simple page. */
  function twoColumns(): string {
    const left = [
      '江南古镇开启“夜游”模式',
      '本报记者  林  海',
      '',
      '7日晚，江南某古镇的灯光',
      '秀正式开演，吸引游客近',
      '万人次。古镇今年推出夜',
    ];
    const right = [
      '间演艺、非遗市集等新项',
      '目。',
      '',
      '据介绍，夜游项目带动周',
      '边民宿入住率明显提升，',
      '不少游客专程赶来。',
    ];
    return left.map((l, i) => `${l.padEnd(16, ' ')}      ${right[i] ?? ''}`).join('\n');
  }

  it('splits columns at a gutter that runs down the whole page and reads them in order', () => {
    const r = parsePage(Buffer.from(twoColumns()), 'layout.txt');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.shape).toBe('layout');
    const a = r.value.parsed.articles[0];
    expect(a?.headline).toBe('江南古镇开启“夜游”模式');
    expect(a?.paragraphs.join('')).toContain('古镇今年推出夜间演艺、非遗市集等新项目。');
    expect(checkConservation(r.value)).toEqual([]);
  });

  it('refuses columns whose gutters wander, saying what to run instead', () => {
    const rows = [
      '人民日报 2024年9月3日 星期二 要闻 1',
      '   新华社北京9月2日电       2024年中国国际服务贸易交      据介绍，本届服贸会共',
      '（记者 王明远、刘佳）记        易会将于9月12日至16日在    有来自80多个国家和地区的',
      '者从2日举行的国务院新闻        北京举办，主题为“全球服      2000余家企业线下参展，其',
      '                             全国秋粮面积稳中有增',
      '   本报北京9月2日电 （记者 郁静娴）记       积稳中有增，目前大部分地区秋粮作物长势',
      '者从农业农村部获悉：今年全国秋粮播种面          总体正常。                     8月以来',
      '                     本报评论员   规制、管理、标准等制度型开放，我国坚定         实践证明',
      '   开放是当代中国的鲜明标识。从举办进         不移扩大对外开放，以开放促改革、促发        定扩大',
    ];
    const r = parsePage(Buffer.from(rows.join('\n')), 'layout.txt');
    expect(r.ok ? 'parsed' : r.error.code).toBe('layout-text');
  });
});
