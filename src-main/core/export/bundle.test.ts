import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import type { Db } from '../db/db';
import { storePage } from '../pages/store-page';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { seedArchive } from '../../test-support/seed-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { reorderCollection } from '../collections/reorder-collection';
import { applyTag } from '../tags/apply-tag';
import { findTag } from '../tags/tag-store';
import { startJob } from './export-jobs';
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
  return importBundle(db, bundle.value);
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
        async (pages, links, reorder) => {
          const { db: a } = openArchive(':memory:');
          for (let p = 0; p < pages; p++) {
            const outcome = sampleOutcome(`p${p}.txt`, [`头条${p}`, `第二篇${p}`]);
            outcome.parsed.meta.date = p % 2 === 0 ? `2024-07-${10 + p}` : null;
            storePage(a, new TextEncoder().encode(`page ${p}`), outcome);
          }
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
          expect(importText(b, first)).toMatchObject({
            pagesAdded: 0,
            articlesAdded: 0,
            tagsCreated: 0,
            tagLinksAdded: 0,
          });
          expect(await exportTag(b, '专题')).toBe(first);
        },
      ),
      { numRuns: 40 },
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
      correctionsAdded: 0,
    });
    const tables = ['pages', 'articles', 'tags', 'article_tags', 'annotations', 'annotation_tags'];
    const before = tables.map((t) => count(b, t));
    expect(importText(b, bundle)).toMatchObject({ pagesAdded: 0, pagesExisting: 1, annotationsAdded: 0 });
    expect(tables.map((t) => count(b, t))).toEqual(before);
    expect(await exportTag(b, '测试专题')).toBe(bundle);
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

  it('refuses other JSON, a newer version, and malformed bundles with typed errors', () => {
    expect(parseBundle('{')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseBundle('{"a":1}')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(parseBundle('{"format":"jianbao-bundle","version":2}')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(parseBundle('{"format":"jianbao-bundle","version":1,"pages":[]}')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
