import Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Db } from './db';
import { registerPeopleFunctions } from '../people/people-functions';
import { registerSearchFunctions } from '../search/index-article';
import { backupBeforeMigration } from './backup';
import { DbFromFutureError, migrate } from './migrate';
import { migrations } from './migrations/index';
import { requestArchivePageSize } from './page-size';

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
  /** Closes the connection and removes the private snapshot a read-only open may have made. */
  close: () => void;
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
  if (!readOnly) return openConnection(file, options, false, () => undefined);
  try {
    return openConnection(file, options, true, () => undefined);
  } catch (e) {
    // A WAL archive in a folder we may not write: SQLite cannot create the -shm file it needs even
    // to read. Read a private copy instead; it is read-only all the same, and removed on close.
    if (!(e instanceof Error && 'code' in e && e.code === 'SQLITE_READONLY_DIRECTORY')) throw e;
    const snapshot = mkdtempSync(join(tmpdir(), SNAPSHOT_PREFIX));
    const copy = join(snapshot, basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    return openConnection(copy, options, true, () => rmSync(snapshot, { recursive: true, force: true }));
  }
}

/** Private read-only copies live in the temp folder under this prefix (tidied on the next start). */
export const SNAPSHOT_PREFIX = 'jianbao-readonly-snapshot-';

function openConnection(
  file: string,
  options: OpenOptions,
  readOnly: boolean,
  cleanup: () => void,
): OpenedArchive {
  if (file !== ':memory:' && !readOnly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  const close = () => {
    db.close();
    cleanup();
  };
  try {
    // Before anything that may lock: two processes opening a new archive at once wait, not fail.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Before the first table and before WAL, which fixes the page size of a new file for good.
    if (!readOnly) requestArchivePageSize(db);
    if (file !== ':memory:' && !readOnly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Triggers on `articles` call it to keep the full-text index in step (see index-article.ts).
    registerSearchFunctions(db);
    registerPeopleFunctions(db);
    if (readOnly) {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > migrations.length) throw new DbFromFutureError(version, migrations.length);
      // An older schema needs a migration, which is a write: refuse rather than misread it.
      if (version < migrations.length) throw readOnlyError(file);
      return { db, created: false, readOnly, backup: null, close };
    }
    let backup: string | null = null;
    const { from } = migrate(db, migrations, (version) => {
      if (file !== ':memory:' && version > 0) backup = backupBeforeMigration(db, file, version);
    });
    return { db, created: from === 0, readOnly, backup, close };
  } catch (e) {
    close();
    throw e;
  }
}

function readOnlyError(file: string): Error {
  return Object.assign(new Error(`read-only archive needs a schema upgrade: ${file}`), {
    code: 'SQLITE_READONLY',
  });
}
