/**
 * Bulk tagging: 10,000 selected articles tagged in one `tags.apply` (goal: well under a second),
 * beside a baseline of the same rows inserted with a bare prepared statement in one transaction.
 */
import { performance } from 'node:perf_hooks';
import { openArchive } from '../src-main/core/db/open';
import { applyTag, removeTag } from '../src-main/core/tags/apply-tag';
import { listTags } from '../src-main/core/tags/list-tags';

export async function benchTags(opts: { size?: number } = {}): Promise<Record<string, unknown>> {
  const size = opts.size ?? 10_000;
  const { db } = openArchive(':memory:');
  const pages = Math.ceil(size / 10);
  const insertPage = db.prepare(
    "INSERT INTO pages (file_name, content_hash, encoding, source_text, imported_at) VALUES (?, ?, 'utf-8', '', '')",
  );
  const insertArticle = db.prepare(
    "INSERT INTO articles (page_id, ordinal, kind, headline, paragraphs) VALUES (?, ?, 'article', ?, '[\"正文\"]')",
  );
  db.transaction(() => {
    for (let p = 0; p < pages; p++) {
      const pageId = Number(insertPage.run(`p${p}.txt`, `h${p}`).lastInsertRowid);
      for (let o = 0; o < 10; o++) insertArticle.run(pageId, o, `标题${p}-${o}`);
    }
  })();
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id LIMIT ?').pluck().all(size) as number[]).slice(
    0,
    size,
  );

  const time = <T>(f: () => T): [number, T] => {
    const t0 = performance.now();
    const r = f();
    return [performance.now() - t0, r];
  };
  const [applyMs, applied] = time(() => applyTag(db, { tag: '经济/长三角', articleIds: ids }));
  const [reapplyMs] = time(() => applyTag(db, { tag: '经济/长三角', articleIds: ids }));
  const [listMs] = time(() => listTags(db));
  const tagId = applied.ok ? applied.value.tag.id : 0;
  const [removeMs] = time(() => removeTag(db, { tagId, articleIds: ids }));
  db.exec('CREATE TABLE baseline (a INTEGER, t INTEGER, PRIMARY KEY (a, t)) WITHOUT ROWID');
  const base = db.prepare('INSERT OR IGNORE INTO baseline VALUES (?, 1)');
  const [baselineMs] = time(() => db.transaction(() => ids.forEach((id) => base.run(id)))());
  db.close();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    articles: ids.length,
    added: applied.ok ? applied.value.added : 0,
    applyMs: round(applyMs),
    reapplyMs: round(reapplyMs),
    listTagsMs: round(listMs),
    removeMs: round(removeMs),
    baselineInsertMs: round(baselineMs),
    ratioToBaseline: round(applyMs / baselineMs),
    goal: 'apply < 1000 ms',
  };
}
