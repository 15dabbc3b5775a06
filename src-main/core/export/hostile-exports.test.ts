import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { hostileArticles } from '../../test-support/hostile-articles';
import { readCsv } from '../../test-support/read-csv';
import { runsOf, type ExportArticle } from './export-articles';
import { renderCsv } from './render-csv';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { xmlSafe } from './xml-text';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const INFO = { title: '<b>专题</b>\n# 标题 `x`', exportedAt: '2024-07-11T09:30:00.000Z' };

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const k of kids) elements(k, out);
  if ('content' in node && node.tagName === 'template') elements(node.content, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** White space as a reader sees it: any run is one space, none at the ends; invalid characters U+FFFD. */
const norm = (s: string) => xmlSafe(s).replace(/\s+/gu, ' ').trim();

/** What an HTML parser makes of text before it reaches the tree (line ends, NUL). */
const asParsed = (s: string) => xmlSafe(s).replace(/\r\n?/g, '\n');

describe('every export format survives hostile strings in every field', () => {
  it('Markdown: rendered with raw HTML allowed (as Obsidian does), no markup escapes its field', () => {
    const md = new MarkdownIt({ html: true });
    fc.assert(
      fc.property(hostileArticles, fc.constantFrom('equals' as const, 'html' as const), (articles, mark) => {
        const out = renderMarkdown(articles, { ...INFO, mark });
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(out) ?? [];
        for (const line of front.split('\n'))
          expect(() => JSON.parse(line.replace(/^\w+: /, ''))).not.toThrow();
        const doc = parse(md.render(body));
        const allowed = new Set([
          'html',
          'head',
          'body',
          'p',
          'h1',
          'h2',
          'em',
          'strong',
          'code',
          'blockquote',
        ]);
        if (mark === 'html') allowed.add('mark');
        const found = elements(doc);
        expect(found.map((e) => e.tagName).filter((t) => !allowed.has(t))).toEqual([]);
        expect(found.flatMap((e) => e.attrs)).toEqual([]);
        const h2 = found.filter((e) => e.tagName === 'h2').map((e) => norm(textOf(e)));
        expect(h2).toEqual(articles.map((a) => norm(a.headline ?? '') || '(无标题)'));
        const paragraphs = new Set(found.filter((e) => e.tagName === 'p').map((e) => norm(textOf(e))));
        for (const a of articles)
          a.paragraphs.forEach((_, i) => {
            // `==` markers are literal text to a CommonMark renderer; `<mark>` is an element.
            const runs = runsOf(a, i).map((r) =>
              r.colour !== null && mark === 'equals' ? `==${r.text}==` : r.text,
            );
            const text = norm(runs.join(''));
            const source = norm(a.source ?? '');
            const shown = norm(i === 0 && source ? `${source} ${text}` : text);
            if (shown) expect([...paragraphs]).toContain(shown);
          });
      }),
      { numRuns: 60 },
    );
  });

  it('HTML: only our elements and attributes, each field as text', () => {
    const allowed = new Set(
      'html head body meta title style header h1 p nav ol li a article h2 div span br mark blockquote'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(hostileArticles, (articles) => {
        const doc = parse(renderHtml(articles, INFO));
        const found = elements(doc);
        expect(found.map((e) => e.tagName).filter((t) => !allowed.has(t))).toEqual([]);
        const attrs = found.flatMap((e) => e.attrs.map((x) => ({ tag: e.tagName, ...x })));
        expect(attrs.filter((x) => x.name.startsWith('on') || x.name === 'src')).toEqual([]);
        expect(attrs.filter((x) => x.name === 'href').every((x) => /^#a\d+$/.test(x.value))).toBe(true);
        expect(found.filter((e) => e.tagName === 'article')).toHaveLength(articles.length);
        const h2 = found.filter((e) => e.tagName === 'h2').map(textOf);
        expect(h2).toEqual(articles.map((a) => asParsed(a.headline ?? '(无标题)')));
        expect(textOf(found.find((e) => e.tagName === 'title')!)).toBe(asParsed(INFO.title));
        const marks = found.filter((e) => e.tagName === 'mark' && e.parentNode?.nodeName === 'blockquote');
        expect(marks.map(textOf)).toEqual(
          articles.flatMap((a) => a.annotations.map((n) => asParsed(n.exact))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('DOCX: every XML part well-formed, one Word comment per annotated note or tag', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArticles, async (articles: ExportArticle[]) => {
        const parts = unzipSync(await renderDocx(articles, INFO));
        for (const [name, bytes] of Object.entries(parts))
          if (name.endsWith('.xml') || name.endsWith('.rels'))
            expect(XMLValidator.validate(strFromU8(bytes))).toBe(true);
        const document = strFromU8(parts['word/document.xml']!);
        const commented = articles.flatMap((a) => a.annotations).filter((n) => n.note || n.tags.length > 0);
        expect(document.match(/<w:commentRangeStart /g) ?? []).toHaveLength(commented.length);
        expect(document.match(/<w:commentRangeEnd /g) ?? []).toHaveLength(commented.length);
        expect(document.match(/<w:commentReference /g) ?? []).toHaveLength(commented.length);
      }),
      { numRuns: 25 },
    );
  });

  it('CSV: reads back row for row, and no cell starts a formula', () => {
    fc.assert(
      fc.property(hostileArticles, (articles) => {
        const rows = readCsv(renderCsv(articles).replace(/^\uFEFF/, ''));
        expect(rows).toHaveLength(articles.length + 1);
        for (const row of rows) {
          expect(row).toHaveLength(9);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
        rows.slice(1).forEach((row, i) => {
          const headline = articles[i]!.headline ?? '';
          expect([headline, `'${headline}`]).toContain(row[4]);
        });
      }),
      { numRuns: 60 },
    );
  });
});
