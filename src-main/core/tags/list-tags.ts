import type { TagT, TagWithCountsT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { toTag, type TagRow } from './tag-store';

/** Every tag with its own count and its collection count (itself plus descendants, each article once). */
export function listTags(db: Db): Result<TagWithCountsT[]> {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.color,
         (SELECT count(*) FROM article_tags a WHERE a.tag_id = t.id) AS ownCount,
         (SELECT count(DISTINCT a.article_id) FROM article_tags a JOIN tags d ON d.id = a.tag_id
            WHERE d.name = t.name OR (d.name >= t.name || '/' AND d.name < t.name || '0')) AS count
       FROM tags t ORDER BY t.name`,
    )
    .all() as (TagWithCountsT & TagRow)[];
  return ok(rows.map((r) => ({ ...toTag(r), count: r.count, ownCount: r.ownCount })));
}

/** Tags on one article, for the reader's chips. */
export function tagsOfArticle(db: Db, input: { articleId: number }): Result<TagT[]> {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.color FROM article_tags a JOIN tags t ON t.id = a.tag_id
       WHERE a.article_id = ? ORDER BY t.name`,
    )
    .all(input.articleId) as TagRow[];
  return ok(rows.map(toTag));
}
