import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './db';
import { registerSearchFunctions } from '../search/index-article';
import { backupBeforeMigration } from './backup';
import { DbFromFutureError, migrate } from './migrate';
import { migrations } from './migrations/index';

export interface OpenOptions {
  /**
   * Path to a better_sqlite3.node built for the running runtime. Electron passes the binary
   * built against its own ABI; plain Node uses the package's default build.
   */
  nativeBinding?: string;
  /** Open without writing anything, even where the file could be written (CLI `check`). */
  readOnly?: boolean;
}

export interface OpenedArchive {
  db: Db;
  /** True when this open created the schema: hosts import the bundled seeds then. */
  created: boolean;
  /** True when the file or its folder cannot be written: reads work, writes fail as archive-read-only. */
  readOnly: boolean;
  /** The dated copy made before migrating an older archive, if one was needed. */
  backup: string | null;
}

/** Wait this long for another process's write lock before BEGIN IMMEDIATE gives up (then retries). */
const BUSY_TIMEOUT_MS = 5000;

/** An archive that exists but whose file or folder this process may not write. */
export function isReadOnlyArchive(file: string): boolean {
  if (file === ':memory:' || !existsSync(file)) return false;
  try {
    accessSync(file, constants.W_OK);
    // SQLite writes its -wal and -shm files beside the archive, so the folder must be writable too.
    accessSync(dirname(file), constants.W_OK);
    return false;
  } catch (e) {
    if (
      e instanceof Error &&
      'code' in e &&
      (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS')
    )
      return true;
    throw e;
  }
}

/**
 * Opens (creating if needed) one archive file, or ':memory:' for tests. Throws SqliteError,
 * DbFromFutureError or a file-system error; hosts turn those into typed errors (open-context.ts).
 */
export function openArchive(file: string, options: OpenOptions = {}): OpenedArchive {
  const readOnly = options.readOnly === true || isReadOnlyArchive(file);
  if (file !== ':memory:' && !readOnly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    // Before anything that may lock: two processes opening a new archive at once wait, not fail.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (file !== ':memory:' && !readOnly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Triggers on `articles` call it to keep the full-text index in step (see index-article.ts).
    registerSearchFunctions(db);
    if (readOnly) {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > migrations.length) throw new DbFromFutureError(version, migrations.length);
      // An older schema needs a migration, which is a write: refuse rather than misread it.
      if (version < migrations.length) throw readOnlyError(file);
      return { db, created: false, readOnly, backup: null };
    }
    let backup: string | null = null;
    const { from } = migrate(db, migrations, (version) => {
      if (file !== ':memory:' && version > 0) backup = backupBeforeMigration(db, file, version);
    });
    return { db, created: from === 0, readOnly, backup };
  } catch (e) {
    db.close();
    throw e;
  }
}

function readOnlyError(file: string): Error {
  return Object.assign(new Error(`read-only archive needs a schema upgrade: ${file}`), {
    code: 'SQLITE_READONLY',
  });
}
