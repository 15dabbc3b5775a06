import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './db';

const caches = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/**
 * A prepared statement kept per connection and SQL text. better-sqlite3 does not cache them, and
 * preparing is ~17% of storing a page (bench/raw-insert.ts): the import path prepares the same
 * eight statements for every page of a folder. Only for statements that never run inside their
 * own execution (a cached statement is one cursor) and whose SQL does not vary without bound.
 */
export function statement(db: Db, sql: string): BetterSqlite3.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = db.prepare(sql)));
  return st;
}
