import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import type { Db } from '../db/db';
import { storePage } from '../pages/store-page';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { seedArchive } from '../../test-support/seed-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { articleHistory } from '../corrections/article-history';
import { correctArticle } from '../corrections/correct-article';
import { mergeArticles } from '../corrections/merge-articles';
import { splitArticle } from '../corrections/split-article';
import { getArticle } from '../pages/get-article';
import { reorderCollection } from '../collections/reorder-collection';
import { applyTag } from '../tags/apply-tag';
import { findTag } from '../tags/tag-store';
import { startJob } from './export-jobs';
import { BUNDLE_VERSION } from './bundle-schema';
import { importBundle, parseBundle } from './import-bundle';
import { renderExport } from './run-export';

const EXPORTED_AT = '2024-07-11T09:30:00.000Z';

async function exportTag(db: Db, name: string): Promise<string> {
  const tag = findTag(db, name);
  if (!tag) throw new Error(`no tag ${name}`);
  const out = await renderExport(
    db,
    {
      source: { kind: 'collection', collection: { kind: 'tag', tagId: tag.id } },
      format: 'json',
      exportedAt: EXPORTED_AT,
    },
    startJob(undefined),
  );
  if (!out.ok) throw new Error(out.error.code);
  return new TextDecoder().decode(out.value.files[0]!.bytes);
}

function importText(db: Db, text: string) {
  const bundle = parseBundle(text);
  if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
  const report = importBundle(db, bundle.value);
  if (!report.ok) throw new Error(JSON.stringify(report.error));
  return report.value;
}

/** Random editor work on archive `a`: corrections (body, headline, source label), splits, merges, highlights. */
type Edit =
  | { kind: 'correct'; at: number; words: string; source: boolean }
  | { kind: 'split'; at: number }
  | { kind: 'merge'; at: number }
  | { kind: 'annotate'; at: number; from: number; length: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('correct' as const),
    at: fc.nat(9),
    words: fc.constantFrom('改正', '补充一句。', 'PM2.5', '等级'),
    source: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(9) }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat(9) }),
  fc.record({
    kind: fc.constant('annotate' as const),
    at: fc.nat(9),
    from: fc.nat(30),
    length: fc.integer({ min: 1, max: 6 }),
  }),
);

function applyEdits(db: Db, edits: Edit[]): void {
  const ids = () => db.prepare('SELECT id FROM articles ORDER BY page_id, ordinal').pluck().all() as number[];
  for (const e of edits) {
    const all = ids();
    const id = all[e.at % all.length]!;
    const paragraphs = JSON.parse(
      db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(id) as string,
    ) as string[];
    if (e.kind === 'correct')
      correctArticle(db, {
        articleId: id,
        paragraphs: [e.words + (paragraphs[0] ?? ''), ...paragraphs.slice(1), `新段${e.at}`],
        ...(e.source ? { source: `${e.words}讯` } : { headline: `改标题${e.at}` }),
      });
    else if (e.kind === 'split') splitArticle(db, { articleId: id, atParagraph: 1 });
    else if (e.kind === 'merge') {
      const next = all[(e.at % all.length) + 1];
      if (next !== undefined) mergeArticles(db, { articleId: id, nextArticleId: next });
    } else {
      const text = paragraphs.join('\n\n');
      const start = e.from % Math.max(1, text.length - 1);
      const end = Math.min(text.length, start + e.length);
      const exact = text.slice(start, end);
      if (exact.length > 0 && !exact.includes('\n'))
        createAnnotation(db, { articleId: id, start, end, exact, colour: 'yellow', note: `注${start}` });
    }
  }
}

const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('JSON bundle', () => {
  it('round-trips a random collection: export, import into a fresh archive, export again is identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(7), fc.constantFrom('专题', '专题/子', '人物/张三', '其他')), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.boolean(),
        fc.array(editArb, { maxLength: 12 }),
        async (pages, links, reorder, edits) => {
          const { db: a } = openArchive(':memory:');
          for (let p = 0; p < pages; p++) {
            const outcome = sampleOutcome(`p${p}.txt`, [`头条${p}`, `第二篇${p}`]);
            outcome.parsed.meta.date = p % 2 === 0 ? `2024-07-${10 + p}` : null;
            storePage(a, new TextEncoder().encode(outcome.text), outcome);
          }
          applyEdits(a, edits);
          const ids = a.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
          for (const [i, tag] of links) applyTag(a, { tag, articleIds: [ids[i % ids.length]!] });
          applyTag(a, { tag: '专题', articleIds: [ids[0]!] });
          const root = findTag(a, '专题')!;
          if (reorder)
            reorderCollection(a, {
              collection: { kind: 'tag', tagId: root.id },
              articleIds: [...ids].reverse(),
            });
          const first = await exportTag(a, '专题');
          const { db: b } = openArchive(':memory:');
          importText(b, first);
          expect(await exportTag(b, '专题')).toBe(first);
          // Every bundled highlight found its words in the imported (corrected) text.
          const parsed = JSON.parse(first) as { annotations: unknown[] };
          expect(count(b, 'annotations')).toBe(parsed.annotations.length);
          expect(b.prepare(`SELECT count(*) FROM annotations WHERE status = 'anchored'`).pluck().get()).toBe(
            parsed.annotations.length,
          );
          const tables = ['pages', 'articles', 'article_versions', 'annotations', 'article_tags', 'tags'];
          const before = tables.map((t) => count(b, t));
          expect(importText(b, first)).toMatchObject({
            pagesAdded: 0,
            articlesAdded: 0,
            tagsCreated: 0,
            tagLinksAdded: 0,
            annotationsAdded: 0,
            correctionsAdded: 0,
          });
          expect(tables.map((t) => count(b, t))).toEqual(before);
          expect(await exportTag(b, '专题')).toBe(first);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carries annotations and their tags; importing twice changes nothing', async () => {
    const { db: a, ids } = seedArchive();
    applyTag(a, { tag: '测试专题', articleIds: [ids[0]!, ids[1]!] });
    const paragraphs = JSON.parse(
      a.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(ids[1]) as string,
    ) as string[];
    const exact = paragraphs[0]!.slice(2, 12);
    const ann = createAnnotation(a, {
      articleId: ids[1]!,
      start: 2,
      end: 12,
      exact,
      colour: 'green',
      note: '好句',
    });
    if (!ann.ok) throw new Error(ann.error.code);
    a.prepare('INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)').run(
      ann.value.id,
      findTag(a, '测试专题')!.id,
    );
    const bundle = await exportTag(a, '测试专题');
    const { db: b } = openArchive(':memory:');
    expect(importText(b, bundle)).toEqual({
      pagesAdded: 1,
      pagesExisting: 0,
      articlesAdded: 5,
      tagsCreated: 1,
      tagLinksAdded: 2,
      annotationsAdded: 1,
      annotationsUpdated: 0,
      correctionsAdded: 0,
      conflicts: [],
    });
    const tables = ['pages', 'articles', 'tags', 'article_tags', 'annotations', 'annotation_tags'];
    const before = tables.map((t) => count(b, t));
    expect(importText(b, bundle)).toMatchObject({ pagesAdded: 0, pagesExisting: 1, annotationsAdded: 0 });
    expect(tables.map((t) => count(b, t))).toEqual(before);
    expect(await exportTag(b, '测试专题')).toBe(bundle);
  });

  it('keeps two identical highlights and two highlights of one passage with different notes', async () => {
    const { db: a, ids } = seedArchive();
    applyTag(a, { tag: '测试专题', articleIds: [ids[0]!] });
    const first = JSON.parse(
      a.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(ids[0]) as string,
    );
    const exact = (first as string[])[0]!.slice(0, 8);
    const at = { articleId: ids[0]!, start: 0, end: 8, exact, colour: 'yellow' as const };
    // Same second, same words, same note: only the multiset of annotations tells them apart.
    for (const note of ['同一批注', '同一批注', '另一条批注']) {
      const r = createAnnotation(a, { ...at, note });
      if (!r.ok) throw new Error(r.error.code);
    }
    a.prepare('UPDATE annotations SET created_at = ?, updated_at = ?').run(EXPORTED_AT, EXPORTED_AT);
    const bundle = await exportTag(a, '测试专题');
    const { db: b } = openArchive(':memory:');
    expect(importText(b, bundle).annotationsAdded).toBe(3);
    expect(importText(b, bundle).annotationsAdded).toBe(0);
    const notes = b.prepare('SELECT note FROM annotations ORDER BY note').pluck().all();
    expect(notes).toEqual(['同一批注', '同一批注', '另一条批注'].sort());
  });

  it('matches pages by content hash: importing into the source archive adds nothing', async () => {
    const { db, ids } = seedArchive();
    applyTag(db, { tag: 'x', articleIds: [ids[0]!] });
    expect(importText(db, await exportTag(db, 'x'))).toMatchObject({
      pagesAdded: 0,
      pagesExisting: 1,
      tagLinksAdded: 0,
    });
  });

  it('a fresh archive shows the corrected text and source label, keeps history, anchors highlights on it', async () => {
    const { db: a, ids } = seedArchive();
    const id = ids[1]!;
    const original = getArticle(a, { id });
    if (!original.ok) throw new Error('get failed');
    const fixed = ['更正后的第一段。', ...original.value.paragraphs];
    correctArticle(a, { articleId: id, paragraphs: fixed, source: '本报讯' });
    createAnnotation(a, { articleId: id, start: 0, end: 3, exact: '更正后', colour: 'blue', note: '改过' });
    applyTag(a, { tag: '更正', articleIds: [id] });
    const bundle = await exportTag(a, '更正');
    const { db: b } = openArchive(':memory:');
    expect(importText(b, bundle)).toMatchObject({ correctionsAdded: 1, annotationsAdded: 1 });
    const bid = b.prepare('SELECT article_id FROM article_tags').pluck().get() as number;
    expect(getArticle(b, { id: bid })).toMatchObject({ value: { paragraphs: fixed, source: '本报讯' } });
    expect(articleHistory(b, { articleId: bid })).toEqual(articleHistory(a, { articleId: id }));
    expect(
      b.prepare('SELECT start, exact, status, note FROM annotations WHERE article_id = ?').all(bid),
    ).toEqual([{ start: 0, exact: '更正后', status: 'anchored', note: '改过' }]);
  });

  it('refuses a page whose text does not match its content hash, naming it, and writes nothing', async () => {
    const { db: a, ids } = seedArchive();
    applyTag(a, { tag: 'x', articleIds: [ids[0]!] });
    const bundle = JSON.parse(await exportTag(a, 'x')) as {
      pages: { sourceText: string; fileName: string }[];
    };
    const page = bundle.pages[0]!;
    page.sourceText = page.sourceText.replace(/。/u, ',');
    const parsed = parseBundle(JSON.stringify(bundle));
    if (!parsed.ok) throw new Error('parse failed');
    const { db: b } = openArchive(':memory:');
    const result = importBundle(b, parsed.value);
    expect(result).toMatchObject({ ok: false, error: { code: 'bundle-page-mismatch' } });
    expect(!result.ok && result.error.detail).toContain(page.fileName);
    expect(count(b, 'pages')).toBe(0);
  });

  it('proves a page by its kept bytes when its text cannot reproduce them (mixed line endings)', async () => {
    const { db: a } = openArchive(':memory:');
    const outcome = sampleOutcome('mixed.txt', ['甲', '乙']);
    outcome.text = '甲\n\n乙';
    storePage(a, new TextEncoder().encode('甲\r\n\n乙'), outcome);
    applyTag(a, { tag: 'x', articleIds: [1] });
    const first = await exportTag(a, 'x');
    expect(JSON.parse(first)).toMatchObject({ pages: [{ sourceBytes: expect.any(String) }] });
    const { db: b } = openArchive(':memory:');
    importText(b, first);
    expect(await exportTag(b, 'x')).toBe(first);
  });

  it('still reads a version-1 bundle: articles arrive uncorrected at text version 1', async () => {
    const { db: a, ids } = seedArchive();
    applyTag(a, { tag: 'x', articleIds: [ids[0]!] });
    const v2 = JSON.parse(await exportTag(a, 'x')) as {
      version: number;
      pages: { articles: Record<string, unknown>[] }[];
    };
    v2.version = 1;
    for (const p of v2.pages)
      for (const art of p.articles) {
        delete art.textVersion;
        delete art.corrected;
      }
    const { db: b } = openArchive(':memory:');
    expect(importText(b, JSON.stringify(v2))).toMatchObject({ pagesAdded: 1, correctionsAdded: 0 });
    expect(await exportTag(b, 'x')).toBe(await exportTag(a, 'x'));
  });

  it('refuses other JSON, a newer version, and malformed bundles with typed errors', () => {
    expect(parseBundle('{')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseBundle('{"a":1}')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseBundle(`{"format":"jianbao-bundle","version":${BUNDLE_VERSION + 1}}`)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(parseBundle('{"format":"jianbao-bundle","version":1,"pages":[]}')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
