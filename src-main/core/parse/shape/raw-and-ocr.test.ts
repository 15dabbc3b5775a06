/**
 * Traits of `pdftotext -raw` and line OCR that the wrapped corpus does not show: cells on one
 * baseline printed as one line, a ——副题 under a headline at the column width, a byline bracket
 * wrapped open, lines of irregular width, letter-spaced bylines with wide gaps between names.
 * All text is fictional.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../parse-page';
import { checkConservation } from '../check-conservation';
import { letterSpacingGaps } from './letter-spacing';

const page = (lines: string[]) => {
  const r = parsePage(Buffer.from(lines.join('\n')), 'page.txt');
  if (!r.ok) throw new Error(r.error.code);
  expect(checkConservation(r.value)).toEqual([]);
  return r.value;
};

/** A raw page: every printed line its own line at 12–13 characters, no blank lines. */
const RAW = [
  '-5-',
  '聚焦秋季农业生产',
  '我市秋粮收获进度已超过七成',
  '——全市已完成收获面积86.3万亩',
  '本报讯(记者 顾晓东 通',
  '讯员 钱一帆)连日来,我市',
  '各地抢抓晴好天气开展秋收',
  '工作。截至目前,全市已完',
  '成收获面积86.3万亩,占总',
  '面积的七成以上。',
  '一、农机调度到位',
  '市农业农村局相关负责人介',
  '绍,今年共投入各类农机具',
  '一万两千余台,确保颗粒归仓。 金秋田野',
  '农民在田间驾驶收割机收割水稻。近年来,全市农机化水平持续提高,',
  '主要农作物耕种收综合机械化率超过九成。记者 顾晓东 摄',
  '城西新建三座口袋公园',
  '本报讯 记者从市园林局获',
  '悉,城西片区新建的三座口',
  '袋公园日前向市民开放。',
];

describe('pdftotext -raw text', () => {
  const r = page(RAW);
  const items = r.parsed.articles;

  it('is read as wrapped text', () => {
    expect(r.shape).toBe('wrapped');
  });

  it('keeps a ——副题 under its headline, and a byline bracket wrapped open reads whole', () => {
    const first = items[0];
    expect(first?.kicker).toBe('聚焦秋季农业生产');
    expect(first?.headline).toBe('我市秋粮收获进度已超过七成');
    expect(first?.subheadline).toBe('——全市已完成收获面积86.3万亩');
    expect(first?.source).toBe('本报讯');
    expect(first?.bylines).toEqual([
      { role: '记者', name: '顾晓东' },
      { role: '通讯员', name: '钱一帆' },
    ]);
  });

  it('ends a paragraph at a subhead of ideographs that stops short of the edge', () => {
    expect(items[0]?.paragraphs).toEqual([
      '连日来,我市各地抢抓晴好天气开展秋收工作。截至目前,全市已完成收获面积86.3万亩,占总面积的七成以上。',
      '一、农机调度到位',
      '市农业农村局相关负责人介绍,今年共投入各类农机具一万两千余台,确保颗粒归仓。',
    ]);
  });

  it('splits a column line and the photo title printed beside it on one baseline', () => {
    const photo = items.find((a) => a.headline === '金秋田野');
    expect(photo?.kind).toBe('photo');
    expect(photo?.bylines).toEqual([{ role: '摄影', name: '顾晓东' }]);
    expect(items.map((a) => a.headline)).toEqual([
      '我市秋粮收获进度已超过七成',
      '金秋田野',
      '城西新建三座口袋公园',
    ]);
  });
});

describe('pdftotext -raw text in narrow columns', () => {
  it('keeps a kicker off the wider headline under it, and a title at the column width off the text above', () => {
    const r = page([
      '从“荒坡地”到“果园子”',
      '山村种下致富林 让村民腰包鼓起来',
      '本报记者 何晓 通讯员 林',
      '山宣',
      '走进青石镇后山村,新栽',
      '的果树成行成片,果农们正',
      '忙着修枝施肥,山坡上一派',
      '繁忙景象。',
      '“以前这里全是荒坡,现',
      '在家家户户都有了果园。”',
      '村民老周说。',
      '小吃街点亮古镇夜色',
      '——青石镇夜间客流同比增长两成',
      '本报讯 入夏以来,青石镇',
      '夜间消费持续升温,小吃街',
      '上游人如织。',
    ]);
    expect(r.parsed.articles.map((a) => [a.kicker, a.headline, a.subheadline])).toEqual([
      ['从“荒坡地”到“果园子”', '山村种下致富林 让村民腰包鼓起来', null],
      [null, '小吃街点亮古镇夜色', '——青石镇夜间客流同比增长两成'],
    ]);
    expect(r.parsed.articles[0]?.bylines).toEqual([
      { role: '记者', name: '何晓' },
      { role: '通讯员', name: '林山宣' },
    ]);
  });
});

describe('line OCR text', () => {
  const PARAGRAPHS = [
    '记者日前从市交通运输局获悉,全市今年新改建农村公路三百二十公里,一批断头路被打通,群众出行更加便捷。',
    '据介绍,农村公路建设坚持因地制宜,优先解决学校、卫生院和集镇周边的出行难题,不少村民在家门口坐上了公交车。',
    '下一步,市交通运输局将继续推进城乡公交一体化,力争年底前实现具备条件的行政村公交全覆盖。',
  ];

  /** Cuts each paragraph at 14 characters give or take one, as OCR reads a justified column. */
  function ocrLines(): string[] {
    const drift = [0, 1, -1, 0, 1, 0, -1, 1, 0, -1];
    const out: string[] = [];
    let k = 0;
    for (const p of PARAGRAPHS) {
      let at = 0;
      while (at < p.length) {
        let w = 14 + (drift[k++ % drift.length] ?? 0);
        // OCR never starts a line on a comma: the column's justifier kept it above.
        while (at + w < p.length && /[,。、]/u.test(p[at + w] ?? '')) w++;
        out.push(p.slice(at, at + w));
        at += w;
      }
    }
    return out;
  }

  it('joins lines of irregular width back into their paragraphs', () => {
    const r = page(['乡村公路通到家门口', '本 报 记 者  方  远  陈 思 源', ...ocrLines()]);
    expect(r.shape).toBe('wrapped');
    expect(r.parsed.articles).toHaveLength(1);
    expect(r.parsed.articles[0]?.paragraphs).toEqual(PARAGRAPHS);
    expect(r.parsed.articles[0]?.bylines).toEqual([
      { role: '记者', name: '方远' },
      { role: '记者', name: '陈思源' },
    ]);
  });

  it('reads letter spacing with wide gaps between names, and leaves padded names alone', () => {
    expect(letterSpacingGaps('本 报 记 者  方  远  陈 思 源')).toHaveLength(5);
    expect(letterSpacingGaps('本报记者  王  伟  陈思远')).toEqual([]);
  });
});

describe('a kicker ending on a colon', () => {
  it('is a kicker over its headline, while a clause that introduces a list stays body', () => {
    const r = page([
      '（上接1版）',
      '下一步，省里将持续深化改革创新，让改革发展成果更多更公平惠及全体人民。',
      '返乡青年林小川：',
      '让家乡的梨子“飞”出大山',
      '本报记者 沈佳',
      '清晨五点，林小川已经出现在梨园里。今年以来各村销售情况如下：',
      '东村三百吨，西村二百吨。',
    ]);
    const heads = r.parsed.articles.map((a) => [a.kicker, a.headline]);
    expect(heads).toEqual([
      [null, null],
      ['返乡青年林小川：', '让家乡的梨子“飞”出大山'],
    ]);
    expect(r.parsed.articles[1]?.paragraphs.join('')).toContain('销售情况如下：');
    expect(r.parsed.articles[1]?.paragraphs.join('')).toContain('东村三百吨');
  });
});

describe('an interview in narrow columns', () => {
  it('starts a paragraph at each turn, after a title or a finished answer', () => {
    const r = page([
      '奥运冠军回家乡',
      '——专访射击运动员林雨萱',
      '□记者 孙晓燕',
      '8月11日，巴黎奥',
      '运会射击冠军林雨萱回',
      '到家乡，受到家乡父老',
      '的热烈欢迎。记者对',
      '她进行了专访。',
      '记者：这是你第一',
      '次参加奥运会吗？',
      '林雨萱：是的，站上',
      '领奖台时很激动。',
      '“我们的村晚”走红网络',
      '问：“村晚”为何',
      '能火起来？',
      '答：因为它是村民',
      '自己的舞台。',
      '（本报记者 周琪）',
    ]);
    expect(r.parsed.articles.map((a) => a.headline)).toEqual(['奥运冠军回家乡', '“我们的村晚”走红网络']);
    expect(r.parsed.articles[0]?.paragraphs.slice(1)).toEqual([
      '记者：这是你第一次参加奥运会吗？',
      '林雨萱：是的，站上领奖台时很激动。',
    ]);
    expect(r.parsed.articles[1]?.paragraphs).toEqual([
      '问：“村晚”为何能火起来？',
      '答：因为它是村民自己的舞台。',
    ]);
  });
});
