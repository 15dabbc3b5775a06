import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { err, ok, type Result } from '../../result';
import { copyArchive, datedBackupPath } from './backup';
import { migrations } from './migrations/index';
import { storageErrorCode } from './storage-error';

export interface Restored {
  /** Where the archive that was replaced now lives (null when there was none). */
  replacedKeptAt: string | null;
  /** Schema version of the restored copy before it was opened (older ones are migrated on open). */
  version: number;
}

/** Refuses a file that is not a sound Jianbao archive this version can read. */
function checkRestorable(file: string): Result<number> {
  if (!existsSync(file)) return err('not-found', file);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return err('archive-corrupt', `${file}: ${String(integrity)}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) return err('archive-too-new', file);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    if (version === 0 || !tables.includes('pages') || !tables.includes('articles'))
      return err('archive-corrupt', `${file}: 不是剪报档案 / not a Jianbao archive`);
    return ok(version);
  } catch (e) {
    const code = storageErrorCode(e);
    if (code) return err(code, file);
    throw e;
  } finally {
    db?.close();
  }
}

/**
 * Replaces the archive at `target` with the backup `from`, after checking the backup's integrity
 * and schema. The archive being replaced is kept first (a compacted copy, or the file itself when
 * it is too damaged to copy) in the backups folder, so a restore can itself be undone. Run it with
 * the app closed: the copy is put in place by rename, with the old -wal/-shm files removed so they
 * can never be replayed onto the restored file.
 */
export function restoreArchive(from: string, target: string, now = new Date()): Result<Restored> {
  const checked = checkRestorable(from);
  if (!checked.ok) return checked;
  let replacedKeptAt: string | null = null;
  if (existsSync(target)) {
    const keep = datedBackupPath(target, 'replaced', now);
    try {
      const current = new Database(target, { fileMustExist: true });
      try {
        replacedKeptAt = copyArchive(current, keep);
      } finally {
        current.close();
      }
    } catch (e) {
      // Too damaged to copy: keep the file's bytes as they are instead.
      if (storageErrorCode(e) !== 'archive-corrupt') throw e;
      copyFileSync(target, keep);
      replacedKeptAt = keep;
    }
  }
  const staging = `${target}.restoring`;
  copyFileSync(from, staging);
  for (const side of ['-wal', '-shm']) rmSync(`${target}${side}`, { force: true });
  renameSync(staging, target);
  return ok({ replacedKeptAt, version: checked.value });
}
