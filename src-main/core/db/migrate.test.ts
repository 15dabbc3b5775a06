import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from './open';
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

describe('migrate with other processes about', () => {
  it('a second opener that saw an empty archive finds it migrated under the lock and does nothing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jianbao-migrate-')), 'a.db');
    const first = new Database(file);
    const second = new Database(file);
    // `second` migrates between `first` reading version 0 and `first` taking the lock.
    const outcome = migrate(first, migrations, (seen) => {
      expect(seen).toBe(0);
      migrate(second);
    });
    expect(outcome).toEqual({ from: migrations.length, to: migrations.length });
    expect(first.pragma('user_version', { simple: true })).toBe(migrations.length);
    first.close();
    second.close();
  });

  it('opening an older archive leaves a dated backup that still holds its data', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jianbao-migrate-')), 'archive.db');
    const old = new Database(file);
    migrate(old, migrations.slice(0, migrations.length - 1));
    old
      .prepare("INSERT INTO tags (name, color, created_at) VALUES ('旧标签', '#123456', '2024-01-01')")
      .run();
    old.close();
    const { db, backup } = openArchive(file);
    db.close();
    expect(backup).not.toBeNull();
    expect(backup!.startsWith(join(dirname(file), 'backups', 'archive-before-v'))).toBe(true);
    const copy = new Database(backup!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length - 1);
    expect(copy.prepare('SELECT name FROM tags').pluck().all()).toEqual(['旧标签']);
    copy.close();
    // An up-to-date archive is opened without another copy.
    expect(openArchive(file).backup).toBeNull();
    expect(readdirSync(join(dirname(file), 'backups'))).toHaveLength(1);
  });
});
