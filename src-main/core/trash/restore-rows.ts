import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { compactPageRow } from '../pages/source-text';
import type { Row, TrashSnapshot } from './trash-snapshot';

function insert(db: Db, table: string, row: Row): number {
  const cols = Object.keys(row);
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
  return Number(db.prepare(sql).run(row).lastInsertRowid);
}

/** Inserts the row under its old id when that is free, else under a new one; returns the id used. */
function insertKeepingId(db: Db, table: string, row: Row): number {
  const taken = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(row.id);
  if (!taken) return insert(db, table, row);
  const fresh = { ...row };
  delete fresh.id;
  return insert(db, table, fresh);
}

export interface RestoredRows {
  pageId: number;
  articleIds: number[];
  annotations: number;
  /** Tag links whose tag was deleted meanwhile (the rest of the article came back). */
  linksLost: number;
}

/**
 * Puts a snapshot's rows back, parents first. Ids are kept where free; where a newer row took one
 * (SQLite reuses the highest rowid) the row gets a new id and its children follow it. A page
 * re-imported since is a conflict: restoring would hold the same page twice.
 */
export function restoreRows(db: Db, s: TrashSnapshot): Result<RestoredRows> {
  let pageId: number;
  if (s.page) {
    const again = db
      .prepare(
        'SELECT file_name FROM pages WHERE content_hash = ? OR (text_hash IS NOT NULL AND text_hash = ?)',
      )
      .pluck()
      .get(s.page.content_hash, s.page.text_hash) as string | undefined;
    if (again !== undefined) return err('conflict', `已重新导入 / imported again: ${again}`);
    pageId = insertKeepingId(db, 'pages', compactPageRow(s.page));
  } else {
    const first = s.articles[0];
    if (!first) return err('not-found', 'empty trash entry');
    pageId = first.page_id as number;
    if (!db.prepare('SELECT 1 FROM pages WHERE id = ?').get(pageId))
      return err('not-found', '文章所在的版面已删除 / the article’s page was deleted');
  }
  const articleIds = new Map<number, number>();
  const ordinalTaken = db.prepare('SELECT 1 FROM articles WHERE page_id = ? AND ordinal = ?');
  const lastOrdinal = db.prepare('SELECT coalesce(max(ordinal), -1) FROM articles WHERE page_id = ?').pluck();
  for (const a of s.articles) {
    // A page edited since (split, merge) may have used the ordinal: the article goes last then.
    const ordinal = ordinalTaken.get(pageId, a.ordinal) ? (lastOrdinal.get(pageId) as number) + 1 : a.ordinal;
    articleIds.set(a.id as number, insertKeepingId(db, 'articles', { ...a, page_id: pageId, ordinal }));
  }
  const art = (r: Row) => articleIds.get(r.article_id as number)!;
  const exists = (table: string, id: unknown) =>
    db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  let linksLost = 0;
  const link = (table: string, row: Row, parent: [string, unknown]) => {
    if (!exists(parent[0], parent[1])) return void linksLost++;
    const cols = Object.keys(row);
    db.prepare(
      `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  };
  for (const r of s.articleTags) link('article_tags', { ...r, article_id: art(r) }, ['tags', r.tag_id]);
  for (const r of s.tagOrder) link('tag_order', { ...r, article_id: art(r) }, ['tags', r.tag_id]);
  for (const r of s.searchOrder)
    link('search_order', { ...r, article_id: art(r) }, ['saved_searches', r.search_id]);
  const annotationIds = new Map<number, number>();
  for (const r of s.annotations)
    annotationIds.set(r.id as number, insertKeepingId(db, 'annotations', { ...r, article_id: art(r) }));
  for (const r of s.annotationTags)
    link('annotation_tags', { ...r, annotation_id: annotationIds.get(r.annotation_id as number) }, [
      'tags',
      r.tag_id,
    ]);
  for (const r of s.versions) insertKeepingId(db, 'article_versions', { ...r, article_id: art(r) });
  return ok({ pageId, articleIds: [...articleIds.values()], annotations: s.annotations.length, linksLost });
}
