import type { Db } from '../db';

/**
 * - `article_versions.source`: the source label (晚报讯, 新华社北京7月10日电) became correctable, so
 *   history keeps it like the other fields. Rows written before this migration are back-filled from
 *   their article: the label could not be edited then, so the article's value is what every version
 *   had. Versions of an article merged away (no row left) stay NULL: unknown, not "no label".
 * - `pages.source_bytes`: the original file, kept only when the decoded text cannot be re-encoded to
 *   the bytes the content hash was computed on (mixed line endings, undecodable bytes). Bundles need
 *   it to prove a page's text matches its hash; for every other page the text alone proves it.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE article_versions ADD COLUMN source TEXT;
    UPDATE article_versions SET source = (SELECT a.source FROM articles a WHERE a.id = article_versions.article_id);
    ALTER TABLE pages ADD COLUMN source_bytes BLOB;
  `);
}
