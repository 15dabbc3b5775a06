import type { Db } from '../db/db';
import { listVersions } from '../corrections/article-versions';
import type { ArticleRefT, BundleCorrectionT } from './bundle-schema';

/** The full history of every article given that has one (an uncorrected article's row is its parse). */
export function exportCorrections(db: Db, articles: { id: number; ref: ArticleRefT }[]): BundleCorrectionT[] {
  const uuid = db.prepare('SELECT uuid FROM article_versions WHERE article_id = ? AND version = ?').pluck();
  return articles.flatMap(({ id, ref }) => {
    const versions = listVersions(db, id).map((v) => ({ uuid: uuid.get(id, v.version) as string, ...v }));
    return versions.length > 0 ? [{ article: ref, versions }] : [];
  });
}

/**
 * Writes bundled histories onto articles this import created (`articleIdOf` answers only for those:
 * an article already in the archive keeps its own history). OR IGNORE on (article_id, version)
 * makes a second import a no-op. Returns how many articles got a history.
 */
export function importCorrections(
  db: Db,
  records: BundleCorrectionT[],
  articleIdOf: (ref: ArticleRefT) => number | null,
): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO article_versions (article_id, version, reason, kicker, headline, subheadline, source,
       bylines, paragraphs, created_at, uuid)
     VALUES (@articleId, @version, @reason, @kicker, @headline, @subheadline, @source, @bylines, @paragraphs,
       @createdAt, @uuid)`,
  );
  let added = 0;
  for (const r of records) {
    const articleId = articleIdOf(r.article);
    if (articleId === null) continue;
    let changes = 0;
    for (const v of r.versions)
      changes += insert.run({
        ...v,
        uuid: v.uuid ?? null,
        articleId,
        bylines: JSON.stringify(v.bylines),
        paragraphs: JSON.stringify(v.paragraphs),
      }).changes;
    if (changes > 0) added++;
  }
  return added;
}
