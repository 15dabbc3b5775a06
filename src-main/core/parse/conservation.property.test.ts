/**
 * Property tests on generated pages: (1) whatever the input, every non-whitespace character is
 * stored exactly once (check-conservation.ts states the rule); (2) on well-formed generated
 * pages the parser recovers the structure that was generated, column breaks included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page';
import { checkConservation } from './check-conservation';
import { parseCredit } from './photo-credits';
import { makePiece } from './piece';
import { isNeverHead } from './lead-fragment';

const HAN = [
  ...'市区县镇街道社区企业项目发展建设推进工作服务群众创新产业城市文化教育医疗交通生态环境经济科技人才政策改革开放合作会议活动今年近日记者获悉目前已经完成全面提升加快实施重点民生工程',
];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑'];
const GIVEN = [...'明华伟芳娟敏静丽强磊军洋勇艳杰涛超秀英霞平刚'];

const han = (min: number, max: number) =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((a) => a.join(''));
const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([s, g]) => s + g.join(''));
// Sentences: clauses separated by commas, ending in 。 — prose, never head-like.
const sentence = fc.array(han(4, 14), { minLength: 2, maxLength: 4 }).map((c) => `${c.join(',')}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));

interface GenArticle {
  headline: string;
  source: '本报讯' | '晚报讯' | null;
  paragraphs: string[];
  reporter: string;
  bylineStyle: 'own-line' | 'glued' | 'paren' | 'source-paren';
  breakAt: number | null;
}

const article: fc.Arbitrary<GenArticle> = fc.record({
  // Random characters can spell a lead opener (近日…) or stop on a function word (…已经); no
  // printed headline does, and the parser rightly reads such lines as body text.
  // Nor is a line ending like an agency's photo credit (…社发) a headline.
  headline: han(6, 18).filter((h) => !isNeverHead(h) && parseCredit(makePiece(h, 0)) === null),
  source: fc.constantFrom('本报讯' as const, '晚报讯' as const, null),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
  reporter: name,
  bylineStyle: fc.constantFrom(
    'own-line' as const,
    'glued' as const,
    'paren' as const,
    'source-paren' as const,
  ),
  breakAt: fc.option(fc.double({ min: 0.3, max: 0.9, noNaN: true }), { nil: null }),
});

/**
 * Splits a paragraph mid-sentence, as a column break does. The first half is kept longer than any
 * head: a short comma-free fragment right under a headline is genuinely ambiguous (see warnings).
 */
function columnBreak(p: string, at: number): [string, string] | null {
  const cut = Math.floor(p.length * at);
  const first = p.slice(0, cut);
  if (first.length <= 50 || /[。,]$/u.test(first) || cut >= p.length - 1) return null;
  return [first, p.slice(cut)];
}

function render(a: GenArticle, gap: string): string {
  const blocks = [a.headline];
  const source = a.bylineStyle === 'source-paren' ? `${a.source ?? '本报讯'}(记者 ${a.reporter})` : a.source;
  a.paragraphs.forEach((p, i) => {
    const text = i === 0 && source ? `${source} ${p}` : p;
    const split = i === 0 && a.breakAt !== null ? columnBreak(text, a.breakAt) : null;
    const parts = split ?? [text];
    if (i === a.paragraphs.length - 1 && a.bylineStyle === 'glued')
      parts.push(`${parts.pop() ?? ''}记者${a.reporter}`);
    if (i === a.paragraphs.length - 1 && a.bylineStyle === 'paren')
      parts.push(`${parts.pop() ?? ''}(记者 ${a.reporter})`);
    blocks.push(...parts);
  });
  if (a.bylineStyle === 'own-line') blocks.push(`记者${a.reporter}`);
  return blocks.join(gap);
}

function parse(text: string) {
  const r = parsePage(Buffer.from(text, 'utf8'), 'generated.txt');
  return r.ok ? r.value : null;
}

describe('conservation', () => {
  it('holds for generated newspaper pages', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n\n', '\n', '\n\n\n'),
        (arts, gap) => {
          const outcome = parse(arts.map((a) => render(a, gap)).join(gap));
          expect(outcome).not.toBeNull();
          if (outcome) expect(checkConservation(outcome)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds for arbitrary text made of page-like pieces', () => {
    const piece = fc.oneof(
      han(1, 30),
      fc.constantFrom(
        '。',
        ',',
        '、',
        '(',
        ')',
        '(',
        ')',
        '“',
        '”',
        '■',
        '□',
        '【',
        '】',
        '/',
        ':',
        '——',
        ' ',
        '\n',
        '\n\n',
        '\r\n',
      ),
      fc.constantFrom(
        '本报讯',
        '新华社北京7月9日电',
        '记者',
        '通讯员',
        '摄',
        '文',
        '图',
        '编辑',
        '简讯',
        '下转A4版',
        '上接A1版',
        '-3-',
      ),
      fc.constantFrom('2024年7月10日', '星期三', 'A3', '要闻', '责任编辑', 'PM_{2.5}', '級'),
      name,
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const outcome = parse(pieces.join(''));
        if (outcome) expect(checkConservation(outcome)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('structure recovery', () => {
  it('recovers headlines, sources, bylines and rejoined paragraphs of generated pages', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), (arts) => {
        const outcome = parse(arts.map((a) => render(a, '\n\n')).join('\n\n'));
        const got = outcome?.parsed.articles.map((a) => ({
          headline: a.headline,
          source: a.source,
          bylines: a.bylines,
          paragraphs: a.paragraphs,
        }));
        const want = arts.map((a) => ({
          headline: a.headline,
          source: a.bylineStyle === 'source-paren' ? (a.source ?? '本报讯') : a.source,
          bylines: [{ role: '记者', name: a.reporter }],
          paragraphs: a.paragraphs,
        }));
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
