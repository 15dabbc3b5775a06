import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Db } from './db';
import { requestArchivePageSize } from './page-size';

/** Backups live beside the archive, in a folder an editor can find: <archive folder>/backups/. */
export function backupsDir(archiveFile: string): string {
  return join(dirname(archiveFile), 'backups');
}

/** `archive-before-v7-20261203-114500.db`: sorts by time, says why it was made. */
export function datedBackupPath(archiveFile: string, label: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
  const stem = basename(archiveFile, extname(archiveFile));
  return join(backupsDir(archiveFile), `${stem}-${label}-${stamp}.db`);
}

/**
 * A consistent, compacted copy of the open archive (VACUUM INTO reads one snapshot, so writers in
 * other processes may carry on). Never overwrites: an existing file gets a numbered sibling. The
 * copy is written with the current page size even when the archive is older, so restoring a
 * backup is how an existing archive adopts it (nothing rewrites the live file in place).
 */
export function copyArchive(db: Db, out: string): string {
  mkdirSync(dirname(out), { recursive: true });
  let target = out;
  for (let n = 2; existsSync(target); n++) target = out.replace(/(\.db)?$/, `-${n}$1`);
  requestArchivePageSize(db);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Called by migrate() before it changes an existing archive's schema. */
export function backupBeforeMigration(db: Db, archiveFile: string, fromVersion: number): string {
  return copyArchive(db, datedBackupPath(archiveFile, `before-v${fromVersion + 1}`));
}
