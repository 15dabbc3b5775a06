import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerSearchFunctions } from '../../search/index-article';
import * as m013 from './014-filter-indexes';
import { migrations } from './index';

const plan = (db: Database.Database, sql: string): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');

describe('migration filter-indexes', () => {
  it('lets date and kind filters read an index instead of scanning every article', () => {
    const at = migrations.findIndex((m) => m.up === m013.up);
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    migrate(db, migrations.slice(0, at + 1));
    const byDate = plan(
      db,
      `SELECT count(*) FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.date >= '2024-07' AND p.date <= '2024-07~'`,
    );
    expect(byDate).toContain('pages_by_date');
    const byKind = plan(db, `SELECT count(*) FROM articles a WHERE a.kind IN ('photo')`);
    expect(byKind).toContain('articles_by_kind');
  });
});
