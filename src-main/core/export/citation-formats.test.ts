import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cslDataSchema } from '../../test-support/csl-data-schema';
import { hostileArticles } from '../../test-support/hostile-articles';
import { citationFields } from './citation-fields';
import { gbtCitation } from './citation-gbt';
import type { ExportArticle } from './export-articles';
import { renderBibtex } from './render-bibtex';
import { renderCsl } from './render-csl';
import { renderRis } from './render-ris';
import { xmlSafe } from './xml-text';

const validCsl = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(cslDataSchema);

/** What a single-line format can carry of a field: line breaks and white space runs folded. */
const line = (s: string) => xmlSafe(s).replace(/\s+/gu, ' ').trim();

const sample: ExportArticle = {
  id: 7,
  pageHash: 'c'.repeat(64),
  fileName: 'p.txt',
  ordinal: 1,
  paper: '南通晚报',
  date: '2024-07-10',
  pageLabel: 'A1',
  section: '要闻',
  kind: 'article',
  kicker: null,
  headline: '推进高水平跨江融合',
  subheadline: null,
  source: null,
  bylines: [
    { role: '记者', name: '朱文君' },
    { role: '通讯员', name: '吴新明' },
  ],
  paragraphs: ['正文'],
  continued: null,
  tags: ['测试专题'],
  annotations: [],
  language: 'zh-Hans',
};

describe('citation formats', () => {
  it('GB/T 7714-2015: 作者. 标题[N]. 报名, 日期(版次).', () => {
    expect(gbtCitation(sample)).toBe('朱文君, 吴新明. 推进高水平跨江融合[N]. 南通晚报, 2024-07-10(A1).');
    expect(gbtCitation({ ...sample, bylines: [], paper: null, date: null })).toBe('推进高水平跨江融合[N].');
    const four = ['甲', '乙', '丙', '丁'].map((name) => ({ role: '记者', name }));
    expect(gbtCitation({ ...sample, bylines: four })).toMatch(/^甲, 乙, 丙, 等\. /);
  });

  it('CSL-JSON: article-newspaper items valid against the CSL data schema, with dates as date-parts', () => {
    const [item] = JSON.parse(renderCsl([sample])) as Record<string, unknown>[];
    expect(validCsl([item])).toBe(true);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: '推进高水平跨江融合',
      'container-title': '南通晚报',
      issued: { 'date-parts': [[2024, 7, 10]] },
      page: 'A1',
      author: [{ literal: '朱文君' }, { literal: '吴新明' }],
    });
  });

  it('RIS: read back by citation-js as a newspaper article with its fields', () => {
    const [item] = new Cite(renderRis([sample])).data as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: '推进高水平跨江融合',
      'container-title': '南通晚报',
      page: 'A1',
      reporter: ['朱文君', '吴新明'],
      issued: { 'date-parts': [[2024]] },
    });
  });

  it('property: hostile fields — CSL stays schema-valid, RIS and BibTeX parse back field for field', () => {
    fc.assert(
      fc.property(hostileArticles, (articles) => {
        const csl = JSON.parse(renderCsl(articles)) as { title: string }[];
        expect(validCsl(csl)).toBe(true);
        expect(csl.map((i) => i.title)).toEqual(
          articles.map((a) => xmlSafe(citationFields(a, 'zh-Hans').title)),
        );

        const ris = new Cite(renderRis(articles)).data as { title?: string; 'container-title'?: string }[];
        expect(ris).toHaveLength(articles.length);
        ris.forEach((item, i) => {
          const f = citationFields(articles[i]!, 'zh-Hans');
          expect(line(item.title ?? '')).toBe(line(f.title));
          if (f.paper && line(f.paper)) expect(line(item['container-title'] ?? '')).toBe(line(f.paper));
        });

        const bib = parseBibtex(renderBibtex(articles));
        expect(bib.errors).toEqual([]);
        expect(bib.entries).toHaveLength(articles.length);
        bib.entries.forEach((entry, i) => {
          const f = citationFields(articles[i]!, 'zh-Hans');
          expect(line(String(entry.fields.title))).toBe(line(f.title));
          const authors = (entry.fields.author ?? []) as { name?: string }[];
          expect(authors.map((a) => line(a.name ?? ''))).toEqual(f.authors.map(line));
        });
      }),
      { numRuns: 60 },
    );
  });
});
