import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileArticles } from '../../test-support/hostile-articles';
import { mustValidator, suiteRoot } from '../../test-support/w3c-annotation-suite';
import { canonicalText } from '../annotations/article-text';
import type { ExportArticle } from './export-articles';
import { renderW3c } from './render-w3c';

const root = suiteRoot();
if (!root) console.log('W3C suite checks skipped: web-annotation-tests not found beside the repository');
// Compiling the suite's ~80 schemas takes a while: once per file, not per property run.
const check = root ? mustValidator(root) : null;

interface Selector {
  type: string;
  exact?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  id: string;
  motivation: string;
  target: string | { source: string; styleClass: string; selector: Selector[] };
}
interface Collection {
  id: string;
  total: number;
  first: { id: string; partOf: { id: string }; items: Annotation[] };
}

const INFO = { title: '测试专题', exportedAt: '2024-07-11T09:30:00.000Z' };

/** Every MUST assertion of the suite, for the collection, its page and each annotation. */
function failures(json: string): string[] {
  if (!check) throw new Error('suite absent');
  const doc = JSON.parse(json) as Collection;
  const found = [
    ...check('collection', doc),
    ...check('page', doc.first),
    ...doc.first.items.flatMap((item) => check('annotation', item)),
  ];
  return found.map((f) => `${f.assertion}: ${f.message}`);
}

const article = (over: Partial<ExportArticle>): ExportArticle => ({
  id: 1,
  pageHash: 'b'.repeat(64),
  fileName: 'p.txt',
  ordinal: 2,
  paper: '南通晚报',
  date: '2024-07-10',
  pageLabel: 'A1',
  section: null,
  kind: 'article',
  kicker: null,
  headline: '标题',
  subheadline: null,
  source: null,
  bylines: [],
  paragraphs: ['第一段😀文字', '第二段'],
  continued: null,
  tags: ['专题'],
  annotations: [],
  language: 'zh-Hans',
  ...over,
});

describe.skipIf(!root)('W3C JSON-LD against the Web Annotation test suite', () => {
  it('passes every MUST assertion, with code-point positions, colour classes and urn:uuid ids', () => {
    const text = canonicalText(['第一段😀文字', '第二段']);
    const start = text.indexOf('文字');
    const end = text.indexOf('二段') + 2;
    const a = article({
      annotations: [
        {
          id: 9,
          uuid: '3f2b7c4e-1d2a-4b5c-9d8e-7f6a5b4c3d2e',
          articleId: 1,
          paragraph: null,
          from: 0,
          to: 0,
          start,
          end,
          exact: text.slice(start, end),
          prefix: text.slice(0, start),
          suffix: '',
          colour: 'pink',
          note: '跨段批注',
          textVersion: 1,
          createdAt: '2024-07-10T08:00:00.000Z',
          updatedAt: '2024-07-10T09:00:00.000Z',
          tags: ['核实'],
        },
      ],
    });
    const json = renderW3c([a], INFO);
    expect(failures(json)).toEqual([]);
    const doc = JSON.parse(json) as Collection;
    expect(doc.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.first.partOf.id).toBe(doc.id);
    const [tags, highlight] = doc.first.items;
    expect(tags!.target).toBe(`urn:jianbao:article:${'b'.repeat(64)}:2`);
    expect(highlight!.id).toBe('urn:uuid:3f2b7c4e-1d2a-4b5c-9d8e-7f6a5b4c3d2e');
    const target = highlight!.target as Exclude<Annotation['target'], string>;
    expect(target.styleClass).toBe('hl-pink');
    const position = target.selector.find((s) => s.type === 'TextPositionSelector')!;
    // 😀 is two UTF-16 units but one code point: positions count it once.
    expect(position.start).toBe(start - 1);
    expect([...text].slice(position.start, position.end).join('')).toBe(text.slice(start, end));
  });

  it('the validator does fail what the issue found: a {source, type: Text} target, a collection without id', () => {
    const doc = JSON.parse(renderW3c([article({})], INFO)) as Record<string, unknown> & Collection;
    (doc.first.items[0] as unknown as { target: unknown }).target = { source: 'urn:x:y', type: 'Text' };
    delete (doc as { id?: string }).id;
    const found = failures(JSON.stringify(doc));
    expect(found.some((f) => f.startsWith('annotations/3.2-targetObjectsRecognized.json'))).toBe(true);
    expect(found.some((f) => f.startsWith('collections/5.1-collectionIdValidated.json'))).toBe(true);
  });

  it('property: hostile fields never break a MUST assertion, and positions select the quote', () => {
    fc.assert(
      fc.property(hostileArticles, (articles) => {
        const json = renderW3c(articles, INFO);
        expect(failures(json)).toEqual([]);
        const doc = JSON.parse(json) as Collection;
        const quotes = articles.flatMap((a) => {
          const text = [...canonicalText(a.paragraphs)];
          return a.annotations.map((ann) => ({ text, exact: ann.exact }));
        });
        const selectors = doc.first.items
          .filter((i) => i.motivation !== 'tagging')
          .map((i) => (i.target as Exclude<Annotation['target'], string>).selector);
        expect(selectors).toHaveLength(quotes.length);
        selectors.forEach((sel, k) => {
          const pos = sel.find((s) => s.type === 'TextPositionSelector')!;
          expect(quotes[k]!.text.slice(pos.start, pos.end).join('')).toBe(quotes[k]!.exact);
        });
      }),
      { numRuns: 40 },
    );
  });
});
