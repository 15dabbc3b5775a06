import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyArchive } from './backup';
import { migrate } from './migrate';
import { openArchive } from './open';
import { ARCHIVE_PAGE_SIZE } from './page-size';
import { restoreArchive } from './restore-archive';

const dirs: string[] = [];
function tempFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-page-size-'));
  dirs.push(dir);
  return join(dir, name);
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pageSize = (db: Database.Database) => db.pragma('page_size', { simple: true });

/** An archive as older versions made them: default 4096-byte pages. */
function oldArchive(file: string): void {
  const db = new Database(file);
  db.pragma('page_size = 4096');
  db.pragma('journal_mode = WAL');
  migrate(db);
  db.prepare("INSERT INTO tags (name, color, created_at) VALUES ('旧标签', '#123456', '2024-01-01')").run();
  db.close();
}

describe('archive page size', () => {
  it('a new archive file is created with the archive page size, in WAL', () => {
    const opened = openArchive(tempFile('new.db'));
    expect(pageSize(opened.db)).toBe(ARCHIVE_PAGE_SIZE);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    opened.close();
  });

  it('an existing archive keeps its page size on open; its backup, and so a restore, adopts the new one', () => {
    const file = tempFile('old.db');
    oldArchive(file);
    const opened = openArchive(file);
    expect(pageSize(opened.db)).toBe(4096);
    const copy = copyArchive(opened.db, tempFile('copy.db'));
    opened.close();

    const restored = restoreArchive(copy, file);
    expect(restored.ok).toBe(true);
    const after = openArchive(file);
    expect(pageSize(after.db)).toBe(ARCHIVE_PAGE_SIZE);
    expect(after.db.prepare('SELECT name FROM tags').pluck().all()).toEqual(['旧标签']);
    after.close();
  });

  it('a read-only open can still make a backup at the new page size', () => {
    const file = tempFile('old.db');
    oldArchive(file);
    const opened = openArchive(file, { readOnly: true });
    const copy = copyArchive(opened.db, tempFile('copy.db'));
    opened.close();
    const check = new Database(copy, { readonly: true });
    expect(pageSize(check)).toBe(ARCHIVE_PAGE_SIZE);
    check.close();
  });
});
