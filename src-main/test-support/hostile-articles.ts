import fc from 'fast-check';
import type { ExportAnnotation } from '../core/export/annotation-source';
import type { ExportArticle } from '../core/export/export-articles';

/**
 * Strings built to break exports: markup of every format (Markdown, HTML, XML, CSV, RIS, BibTeX,
 * YAML), line breaks of every kind, formula starts, XML-invalid code points and lone surrogates,
 * mixed with CJK text, so a property test reaches each escaping rule.
 */
const PIECES = [
  '`',
  '``',
  '<img src=x onerror=alert(13)>',
  '<script>alert(1)</script>',
  '</mark>',
  ']]>',
  '&amp;',
  '&lt;',
  '==mark==',
  '%%hidden%%',
  '# ',
  '1. ',
  '- ',
  '+ ',
  '> ',
  '    ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '---',
  '===',
  '|',
  '*',
  '_',
  '~~',
  '$x$',
  '[link](javascript:alert(1))',
  '![i](x)',
  '\\',
  '"',
  "'",
  ',',
  '=HYPERLINK("http://x","点我")',
  '@A1',
  '+1',
  '-1',
  '{',
  '}',
  '@article{',
  'ER  - ',
  'TY  - ',
  '\u0000',
  '\u0001',
  '\u000b',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '😀',
  '長江口',
  '共建长江口产业创新协同区',
  ' ',
  '　',
  'a',
];

export const hostileString = (maxLength = 8): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));

const nonEmptyHostile = hostileString().filter((s) => s.length > 0);

const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

/** An article of hostile fields with annotations at valid ranges of its canonical text. */
export const hostileArticle = (id: number): fc.Arbitrary<ExportArticle> =>
  fc
    .record({
      paper: fc.option(hostileString(), { nil: null }),
      date: fc.option(fc.constantFrom('2024-07-10', '1999-01-01', '<bad>'), { nil: null }),
      pageLabel: fc.option(hostileString(3), { nil: null }),
      section: fc.option(hostileString(3), { nil: null }),
      kicker: fc.option(hostileString(), { nil: null }),
      headline: fc.option(hostileString(), { nil: null }),
      subheadline: fc.option(hostileString(), { nil: null }),
      source: fc.option(hostileString(3), { nil: null }),
      bylines: fc.array(fc.record({ role: hostileString(2), name: nonEmptyHostile }), { maxLength: 4 }),
      paragraphs: fc.array(nonEmptyHostile, { minLength: 1, maxLength: 4 }),
      continued: fc.option(hostileString(3), { nil: null }),
      tags: fc.uniqueArray(nonEmptyHostile, { maxLength: 3 }),
      notes: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          colour: fc.constantFrom(...COLOURS),
          note: fc.option(hostileString(), { nil: null }),
          tags: fc.uniqueArray(nonEmptyHostile, { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
    })
    .map((r): ExportArticle => {
      const text = r.paragraphs.join('\n\n');
      const annotations = r.notes.flatMap((n, k): ExportAnnotation[] => {
        // Ranges on code-point boundaries, as a selection in the reader always is.
        const cps = [...text];
        if (cps.length < 1) return [];
        const from = n.a % cps.length;
        const to = from + 1 + (n.b % (cps.length - from));
        const start = cps.slice(0, from).join('').length;
        const end = cps.slice(0, to).join('').length;
        return [
          {
            id: k + 1,
            uuid: `00000000-0000-4000-8000-${String(id * 100 + k).padStart(12, '0')}`,
            articleId: id,
            paragraph: null,
            from: 0,
            to: 0,
            start,
            end,
            exact: text.slice(start, end),
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(end, end + 32),
            colour: n.colour,
            note: n.note,
            textVersion: 1,
            createdAt: '2024-07-10T08:00:00.000Z',
            updatedAt: '2024-07-11T08:00:00.000Z',
            tags: n.tags,
          },
        ];
      });
      return {
        id,
        pageHash: 'a'.repeat(64),
        fileName: 'page.txt',
        ordinal: id,
        kind: 'article',
        ...r,
        annotations,
        language: 'zh-Hans',
      };
    });

export const hostileArticles = fc
  .array(fc.nat(), { minLength: 1, maxLength: 3 })
  .chain((xs) => fc.tuple(...xs.map((_, i) => hostileArticle(i + 1))));
