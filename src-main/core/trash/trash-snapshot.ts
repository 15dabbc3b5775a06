import type { Db } from '../db/db';

export type Row = Record<string, unknown>;

/** Every row that leaves the archive with a set of articles (and, for a page, the page itself). */
export interface TrashSnapshot {
  page: Row | null;
  articles: Row[];
  articleTags: Row[];
  tagOrder: Row[];
  searchOrder: Row[];
  annotations: Row[];
  annotationTags: Row[];
  versions: Row[];
}

const inList = (ids: readonly number[]) => `(${ids.map(() => '?').join(',') || 'NULL'})`;

/** Reads the rows; nothing is deleted here. */
export function captureRows(db: Db, articleIds: number[], pageId: number | null): TrashSnapshot {
  const rows = (sql: string, ids: readonly number[]) => db.prepare(sql).all(...ids) as Row[];
  const annotations = rows(`SELECT * FROM annotations WHERE article_id IN ${inList(articleIds)}`, articleIds);
  const annotationIds = annotations.map((a) => a.id as number);
  return {
    page:
      pageId === null ? null : ((db.prepare('SELECT * FROM pages WHERE id = ?').get(pageId) as Row) ?? null),
    articles: rows(`SELECT * FROM articles WHERE id IN ${inList(articleIds)} ORDER BY ordinal`, articleIds),
    articleTags: rows(`SELECT * FROM article_tags WHERE article_id IN ${inList(articleIds)}`, articleIds),
    tagOrder: rows(`SELECT * FROM tag_order WHERE article_id IN ${inList(articleIds)}`, articleIds),
    searchOrder: rows(`SELECT * FROM search_order WHERE article_id IN ${inList(articleIds)}`, articleIds),
    annotations,
    annotationTags: rows(
      `SELECT * FROM annotation_tags WHERE annotation_id IN ${inList(annotationIds)}`,
      annotationIds,
    ),
    versions: rows(`SELECT * FROM article_versions WHERE article_id IN ${inList(articleIds)}`, articleIds),
  };
}

/** Deletes what captureRows read: rows without a foreign key first, then the cascade does the rest. */
export function removeRows(db: Db, s: TrashSnapshot): void {
  const articleIds = s.articles.map((a) => a.id as number);
  const annotationIds = s.annotations.map((a) => a.id as number);
  db.prepare(`DELETE FROM annotation_tags WHERE annotation_id IN ${inList(annotationIds)}`).run(
    ...annotationIds,
  );
  db.prepare(`DELETE FROM annotations WHERE id IN ${inList(annotationIds)}`).run(...annotationIds);
  db.prepare(`DELETE FROM article_versions WHERE article_id IN ${inList(articleIds)}`).run(...articleIds);
  // article_tags, tag_order and search_order go by cascade; the search index by trigger.
  db.prepare(`DELETE FROM articles WHERE id IN ${inList(articleIds)}`).run(...articleIds);
  if (s.page) db.prepare('DELETE FROM pages WHERE id = ?').run(s.page.id);
}

/** JSON has no bytes: a page's kept source bytes travel as base64. */
export function snapshotToJson(s: TrashSnapshot): string {
  return JSON.stringify(s, (_k, v: unknown) =>
    v instanceof Uint8Array || (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer')
      ? { $base64: Buffer.from(v as Uint8Array).toString('base64') }
      : v,
  );
}

export function snapshotFromJson(json: string): TrashSnapshot {
  return JSON.parse(json, (_k, v: unknown) =>
    v && typeof v === 'object' && typeof (v as { $base64?: unknown }).$base64 === 'string'
      ? Buffer.from((v as { $base64: string }).$base64, 'base64')
      : v,
  ) as TrashSnapshot;
}
