import type { AppError, ErrorCode } from '../../result';
import { DbFromFutureError } from './migrate';

/**
 * What the storage layer can throw that is the archive's fault or the machine's, not a bug:
 * SQLite's result codes (better-sqlite3's SqliteError.code) and Node's file-system codes, mapped
 * to the typed errors every host shows in one line. Anything unlisted stays a bug (`null`).
 */
const BY_PREFIX: [prefix: string, code: ErrorCode][] = [
  ['SQLITE_CORRUPT', 'archive-corrupt'],
  ['SQLITE_NOTADB', 'archive-corrupt'],
  ['SQLITE_READONLY', 'archive-read-only'],
  ['SQLITE_FULL', 'disk-full'],
  ['SQLITE_BUSY', 'archive-busy'],
  ['SQLITE_LOCKED', 'archive-busy'],
  ['SQLITE_CANTOPEN', 'archive-unopenable'],
  ['SQLITE_IOERR', 'io-failed'],
  ['SQLITE_PERM', 'archive-read-only'],
  ['ENOSPC', 'disk-full'],
  ['EDQUOT', 'disk-full'],
  ['EROFS', 'archive-read-only'],
];

export function storageErrorCode(e: unknown): ErrorCode | null {
  if (e instanceof DbFromFutureError) return 'archive-too-new';
  if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string') return null;
  const code = e.code;
  // SQLITE_IOERR_NOSPC style extended codes name a full disk inside an I/O error.
  if (code.startsWith('SQLITE_IOERR') && /NOSPC|FULL/.test(code)) return 'disk-full';
  return BY_PREFIX.find(([prefix]) => code.startsWith(prefix))?.[1] ?? null;
}

/** The typed error for a storage failure, naming the file when one is known; null for a bug. */
export function storageError(e: unknown, file?: string): AppError | null {
  const code = storageErrorCode(e);
  if (code === null) return null;
  return file === undefined ? { code } : { code, detail: file };
}
