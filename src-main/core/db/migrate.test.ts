import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DbFromFutureError, migrate } from './migrate';
import { migrations } from './migrations/index';

describe('migrate', () => {
  it('applies every migration once and records the version', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual({ from: 0, to: migrations.length });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(migrate(db)).toEqual({ from: migrations.length, to: migrations.length });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['pages', 'articles']));
  });

  it('rolls back a failing migration entirely', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('pages', 'half_done')").pluck().get(),
    ).toBe(0);
  });

  it('refuses an archive written by a newer Jianbao', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db)).toThrow(DbFromFutureError);
  });
});
