import type { Db } from '../db/db';

/** The rows an undoable action may touch: articles (with their version history) and annotations. */
export interface Scope {
  articleIds: number[];
  annotationIds: number[];
  /** A page whose structure decisions and warnings the action changes (the page view's structure edits). */
  page?: { id: number; fileName: string };
}

type Row = Record<string, unknown>;

/** Each id maps to its full row, or null when it does not exist in that state. */
export interface Snapshot {
  articles: [number, Row | null][];
  annotations: [number, Row | null][];
  versions: Row[];
  /**
   * Tag links of the articles. Restoring applies only the difference the logged action made (a
   * merge copies the second article's tags onto the first; undo takes exactly those off again),
   * so tags an editor set or removed in between are left as they are.
   */
  tagLinks: Row[];
  page?: { id: number; fileName: string; structure: Row[]; warnings: unknown; furniture: unknown };
}

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(',');

function rowsById(db: Db, table: 'articles' | 'annotations', ids: number[]): [number, Row | null][] {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  if (unique.length === 0) return [];
  const rows = db
    .prepare(`SELECT * FROM ${table} WHERE id IN (${placeholders(unique.length)})`)
    .all(...unique) as Row[];
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  return unique.map((id) => [id, byId.get(id) ?? null]);
}

export function captureSnapshot(db: Db, scope: Scope): Snapshot {
  const articleIds = [...new Set(scope.articleIds)].sort((a, b) => a - b);
  const versions =
    articleIds.length === 0
      ? []
      : (db
          .prepare(
            `SELECT * FROM article_versions WHERE article_id IN (${placeholders(articleIds.length)}) ORDER BY id`,
          )
          .all(...articleIds) as Row[]);
  const tagLinks =
    articleIds.length === 0
      ? []
      : (db
          .prepare(`SELECT * FROM article_tags WHERE article_id IN (${placeholders(articleIds.length)})`)
          .all(...articleIds) as Row[]);
  const page = scope.page;
  return {
    ...(page
      ? {
          page: {
            ...page,
            structure: db
              .prepare('SELECT * FROM page_structure WHERE file_name = ? ORDER BY id')
              .all(page.fileName) as Row[],
            ...((db.prepare('SELECT warnings, furniture FROM pages WHERE id = ?').get(page.id) as
              { warnings: string; furniture: string } | undefined) ?? { warnings: null, furniture: null }),
          },
        }
      : {}),
    tagLinks,
    articles: rowsById(db, 'articles', articleIds),
    annotations: rowsById(db, 'annotations', scope.annotationIds),
    versions,
  };
}

export function snapshotScope(s: Snapshot): Scope {
  return {
    articleIds: s.articles.map(([id]) => id),
    annotationIds: s.annotations.map(([id]) => id),
    ...(s.page ? { page: { id: s.page.id, fileName: s.page.fileName } } : {}),
  };
}

/**
 * Whether the archive still holds `expected`. Tag links are left out: tagging an article must not
 * block undoing a correction of it. An annotation `expected` lacks but the archive holds in the
 * trash counts as absent: that is where undoing its creation put it (see restoreSnapshot).
 */
export function sameSnapshot(actual: Snapshot, expected: Snapshot): boolean {
  const absent = new Set(expected.annotations.filter(([, row]) => row === null).map(([id]) => id));
  const annotations = actual.annotations.map(([id, row]): [number, Row | null] => [
    id,
    absent.has(id) && row !== null && row.deleted_at !== null ? null : row,
  ]);
  return (
    JSON.stringify({ ...actual, annotations, tagLinks: [] }) === JSON.stringify({ ...expected, tagLinks: [] })
  );
}

const linkKey = (l: Row): string => `${String(l.article_id)}:${String(l.tag_id)}`;

// Column names below come from the rows SQLite itself returned (SELECT *), never from a caller,
// so interpolating them is safe; every value is still a bound parameter.
function upsert(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})
     ON CONFLICT(id) DO UPDATE SET ${cols
       .filter((c) => c !== 'id')
       .map((c) => `${c}=excluded.${c}`)
       .join(',')}`,
  ).run(row);
}

/**
 * Puts every row of the scope back to the snapshot's state, inside the caller's transaction;
 * `from` is the state being left (the action's other snapshot). Order matters: ordinals are parked
 * on unique negative values first (UNIQUE(page_id, ordinal)), annotations move before any article
 * is removed (annotations restrict article deletes). An annotation the target lacks (undoing its
 * creation) goes to the trash, not out of the archive: what an editor wrote survives a restart
 * even after the in-memory redo is gone, and its tag links keep pointing at a row.
 */
export function restoreSnapshot(db: Db, target: Snapshot, from: Snapshot, now = new Date()): void {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const recreated = new Set(target.articles.filter(([id, row]) => row && !exists.get(id)).map(([id]) => id));
  const park = db.prepare('UPDATE articles SET ordinal = -id WHERE id = ?');
  for (const [id] of target.articles) park.run(id);
  for (const [, row] of target.articles)
    if (row) upsert(db, 'articles', { ...row, ordinal: -(row.id as number) });
  for (const [id, row] of target.annotations) {
    if (row) upsert(db, 'annotations', row);
    else
      db.prepare('UPDATE annotations SET deleted_at = coalesce(deleted_at, ?) WHERE id = ?').run(
        now.toISOString(),
        id,
      );
  }
  for (const [id, row] of target.articles) if (!row) db.prepare('DELETE FROM articles WHERE id = ?').run(id);
  const setOrdinal = db.prepare('UPDATE articles SET ordinal = ? WHERE id = ?');
  for (const [id, row] of target.articles) if (row) setOrdinal.run(row.ordinal, id);
  const ids = target.articles.map(([id]) => id);
  if (ids.length > 0)
    db.prepare(`DELETE FROM article_versions WHERE article_id IN (${placeholders(ids.length)})`).run(...ids);
  for (const v of target.versions) upsert(db, 'article_versions', v);
  if (target.page) {
    db.prepare('DELETE FROM page_structure WHERE file_name = ?').run(target.page.fileName);
    for (const row of target.page.structure) upsert(db, 'page_structure', row);
    if (typeof target.page.warnings === 'string' && typeof target.page.furniture === 'string')
      db.prepare('UPDATE pages SET warnings = ?, furniture = ? WHERE id = ?').run(
        target.page.warnings,
        target.page.furniture,
        target.page.id,
      );
  }
  const present = new Set(target.articles.filter(([, row]) => row).map(([id]) => id));
  const had = new Set(from.tagLinks.map(linkKey));
  const want = new Set(target.tagLinks.map(linkKey));
  // A tag deleted since the action cannot be linked again: the SELECT finds no row.
  const link = db.prepare(
    'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, id FROM tags WHERE id = ?',
  );
  for (const l of target.tagLinks)
    if (
      present.has(l.article_id as number) &&
      (recreated.has(l.article_id as number) || !had.has(linkKey(l)))
    )
      link.run(l.article_id, l.tag_id);
  const unlink = db.prepare('DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?');
  for (const l of from.tagLinks)
    if (present.has(l.article_id as number) && !want.has(linkKey(l))) unlink.run(l.article_id, l.tag_id);
}
