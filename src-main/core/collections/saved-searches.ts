import type { Input, SavedSearchT, SearchFiltersT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { queryArticles } from './article-query';

interface SearchRow {
  id: number;
  name: string;
  query: string;
  filters: string;
}

/** Saved searches are live: the count is computed now, so new matching articles show up. */
function toSaved(db: Db, r: SearchRow): SavedSearchT {
  const filters = JSON.parse(r.filters) as SearchFiltersT;
  const ids = queryArticles(db, r.query, filters);
  return { id: r.id, name: r.name, query: r.query, filters, count: ids.ok ? ids.value.length : 0 };
}

export function getSearch(db: Db, id: number): SearchRow | undefined {
  return db.prepare('SELECT id, name, query, filters FROM saved_searches WHERE id = ?').get(id) as
    SearchRow | undefined;
}

export function listSearches(db: Db): SavedSearchT[] {
  const rows = db
    .prepare('SELECT id, name, query, filters FROM saved_searches ORDER BY name')
    .all() as SearchRow[];
  return rows.map((r) => toSaved(db, r));
}

/** Saving under an existing name updates that search (editors refine a query and save again). */
export function saveSearch(
  db: Db,
  input: Input<'collections.saveSearch'>,
  now = new Date(),
): Result<SavedSearchT> {
  const check = queryArticles(db, input.query, input.filters);
  if (!check.ok) return check;
  db.prepare(
    `INSERT INTO saved_searches (name, query, filters, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET query = excluded.query, filters = excluded.filters`,
  ).run(input.name, input.query, JSON.stringify(input.filters ?? {}), now.toISOString());
  const row = db
    .prepare('SELECT id, name, query, filters FROM saved_searches WHERE name = ?')
    .get(input.name);
  return ok(toSaved(db, row as SearchRow));
}

/**
 * Renames a saved search, keeping its id and hand order. Unlike saving, a name already used by
 * another search is refused: renaming onto it would silently replace that search's query.
 */
export function renameSearch(db: Db, input: Input<'collections.renameSearch'>): Result<SavedSearchT> {
  const row = getSearch(db, input.searchId);
  if (!row) return err('not-found', `#${input.searchId}`);
  const other = findSearchByName(db, input.name);
  if (other !== undefined && other !== row.id) return err('conflict', input.name);
  db.prepare('UPDATE saved_searches SET name = ? WHERE id = ?').run(input.name, row.id);
  return ok(toSaved(db, { ...row, name: input.name }));
}

export function deleteSearch(db: Db, input: Input<'collections.deleteSearch'>): Result<{ deleted: boolean }> {
  return ok({
    deleted: db.prepare('DELETE FROM saved_searches WHERE id = ?').run(input.searchId).changes > 0,
  });
}

export function findSearchByName(db: Db, name: string): number | undefined {
  return db.prepare('SELECT id FROM saved_searches WHERE name = ?').pluck().get(name) as number | undefined;
}
