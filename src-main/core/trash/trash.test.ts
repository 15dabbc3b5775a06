import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../result';
import type { Db } from '../db/db';
import { operations } from '../operations';
import { SEED_FILE, seedArchive } from '../../test-support/seed-archive';
import { fictionalPage } from '../../test-support/fictional-pages';
import { importSources } from '../pages/import-files';
import { unpackSourceText } from '../pages/source-text';
import { snapshotFromJson, snapshotToJson } from './trash-snapshot';

/** Calls an operation and unwraps it (these tests only take the success paths they set up). */
async function run<V>(r: Result<V> | Promise<Result<V>>): Promise<V> {
  const res = await r;
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.value;
}

/** Everything a restore must bring back, as one comparable value. */
function state(db: Db) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    pages: all(
      'SELECT id, file_name, content_hash, text_hash, paper, source_bytes, source_text, source_deflated FROM pages ORDER BY id',
    ),
    articles: all('SELECT * FROM articles ORDER BY id'),
    articleTags: all('SELECT * FROM article_tags ORDER BY article_id, tag_id'),
    annotations: all('SELECT * FROM annotations ORDER BY id'),
    annotationTags: all('SELECT * FROM annotation_tags ORDER BY annotation_id, tag_id'),
    versions: all('SELECT * FROM article_versions ORDER BY id'),
    searchHits: db
      .prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'headline:a*'")
      .pluck()
      .get(),
  };
}

async function annotatedSeed() {
  const { db, ids } = seedArchive();
  const ctx = { db };
  const [first, second] = ids as [number, number];
  const text = (await run(operations['article.get'](ctx, { id: first }))).paragraphs.join('\n\n');
  const note = await run(
    operations['annotations.create'](ctx, {
      articleId: first,
      start: 0,
      end: 4,
      exact: text.slice(0, 4),
      colour: 'pink',
      note: '要核实',
    }),
  );
  await run(operations['tags.annotate'](ctx, { tag: '待办', annotationIds: [note.id] }));
  await run(operations['tags.apply'](ctx, { tag: '经济/长三角', articleIds: [first, second] }));
  await run(operations['article.correct'](ctx, { articleId: second, headline: '改过的标题' }));
  return { db, ctx, ids, note };
}

describe('trash', () => {
  it('a deleted page leaves library and search, and a restore brings back articles, annotations, tags and history', async () => {
    const { db, ctx, ids } = await annotatedSeed();
    const before = state(db);
    const entry = await run(operations['pages.delete'](ctx, { pageId: 1 }));
    expect(entry).toMatchObject({ kind: 'page', articles: ids.length, annotations: 1 });
    expect(await run(operations['library.list'](ctx, {}))).toEqual([]);
    expect(await run(operations['search.query'](ctx, { query: '政协' }))).toMatchObject({ total: 0 });
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    expect(await run(operations['trash.list'](ctx, {}))).toEqual([entry]);

    const restored = await run(operations['trash.restore'](ctx, { trashId: entry.trashId }));
    expect(restored).toMatchObject({ kind: 'page', pageId: 1, annotations: 1, linksLost: 0 });
    expect(state(db)).toEqual(before);
    expect((await run(operations['search.query'](ctx, { query: '政协' }))).total).toBeGreaterThan(0);
    expect(await run(operations['trash.list'](ctx, {}))).toEqual([]);
  });

  it('restores a page trashed before its source text was stored deflated (migration 017)', async () => {
    const { db, ctx } = await annotatedSeed();
    const before = state(db);
    const layout = await run(operations['pages.layout'](ctx, { pageId: 1 }));
    const entry = await run(operations['pages.delete'](ctx, { pageId: 1 }));
    // Rewrite the stored snapshot's page row as an older Jianbao wrote it: the text in source_text.
    const json = db.prepare('SELECT snapshot FROM trash WHERE id = ?').pluck().get(entry.trashId) as string;
    const snapshot = snapshotFromJson(json);
    const { source_deflated: packed, ...page } = snapshot.page!;
    const old = { ...snapshot, page: { ...page, source_text: unpackSourceText(packed as Buffer) } };
    db.prepare('UPDATE trash SET snapshot = ? WHERE id = ?').run(snapshotToJson(old), entry.trashId);

    await run(operations['trash.restore'](ctx, { trashId: entry.trashId }));
    expect(state(db)).toEqual(before);
    expect(await run(operations['pages.layout'](ctx, { pageId: 1 }))).toEqual(layout);
  });

  it('an article alone goes and comes back to its page, with its annotation', async () => {
    const { db, ctx, ids, note } = await annotatedSeed();
    const before = state(db);
    const entry = await run(operations['article.delete'](ctx, { articleId: ids[0]! }));
    expect(entry).toMatchObject({ kind: 'article', articles: 1, annotations: 1 });
    const library = await run(operations['library.list'](ctx, {}));
    expect(library[0]?.articles.map((a) => a.id)).toEqual(ids.slice(1));
    await run(operations['trash.restore'](ctx, { trashId: entry.trashId }));
    expect(state(db)).toEqual(before);
    expect((await run(operations['annotations.list'](ctx, { view: 'active', limit: 10 })))[0]).toMatchObject({
      id: note.id,
      tags: ['待办'],
    });
  });

  it('a reused id gives the restored page a new one, and its rows follow it', async () => {
    const { db, ctx } = await annotatedSeed();
    const entry = await run(operations['pages.delete'](ctx, { pageId: 1 }));
    // SQLite hands the freed highest id to the next page.
    importSources(db, [{ name: 'other.txt', bytes: Buffer.from(fictionalPage(7)) }]);
    expect(db.prepare('SELECT id FROM pages').pluck().all()).toEqual([1]);
    const restored = await run(operations['trash.restore'](ctx, { trashId: entry.trashId }));
    expect(restored.pageId).not.toBe(1);
    const library = await run(operations['library.list'](ctx, {}));
    expect(
      library
        .find((p) => p.id === restored.pageId)
        ?.articles.map((a) => a.id)
        .sort(),
    ).toEqual([...restored.articleIds].sort());
    const notes = await run(operations['annotations.list'](ctx, { view: 'active', limit: 10 }));
    expect(restored.articleIds).toContain(notes[0]?.articleId);
  });

  it('refuses to restore a page imported again meanwhile, and keeps it in the trash', async () => {
    const { db, ctx } = await annotatedSeed();
    const entry = await run(operations['pages.delete'](ctx, { pageId: 1 }));
    const bytes = readFileSync(join(process.cwd(), 'seeds', SEED_FILE));
    importSources(db, [{ name: SEED_FILE, bytes }]);
    expect(await operations['trash.restore'](ctx, { trashId: entry.trashId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await run(operations['trash.list'](ctx, {}))).toHaveLength(1);
    expect(await run(operations['trash.empty'](ctx, {}))).toEqual({ removed: 1 });
  });
});
