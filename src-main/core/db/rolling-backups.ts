import { readdirSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { backupsDir, copyArchive, datedBackupPath } from './backup';
import type { Db } from './db';

export interface RollingPolicy {
  /** Make a new copy when the newest automatic one is older than this. */
  everyMs: number;
  /** Automatic copies kept; older ones are deleted (manual and pre-migration copies never are). */
  keep: number;
}

export const DAILY_KEEP_7: RollingPolicy = { everyMs: 24 * 60 * 60 * 1000, keep: 7 };

/** `20261203-114500` (datedBackupPath's stamp, UTC) back to a date. */
function stampDate(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(stamp);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : null;
}

/** The automatic copies of one archive, newest first, dated by the stamp in their names. */
export function automaticBackups(archiveFile: string): { file: string; madeAt: Date }[] {
  const stem = `${basename(archiveFile, extname(archiveFile))}-auto-`;
  const dir = backupsDir(archiveFile);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => n.startsWith(stem) && n.endsWith('.db'))
    .flatMap((n) => {
      const madeAt = stampDate(n.slice(stem.length));
      return madeAt ? [{ file: join(dir, n), madeAt }] : [];
    })
    .sort((a, b) => b.madeAt.getTime() - a.madeAt.getTime());
}

/**
 * The desktop app's rolling backups: at most one copy per `everyMs`, the last `keep` kept.
 * Returns the copy made now, or null when the newest is recent enough (or keep is 0: disabled).
 */
export function rollBackups(
  db: Db,
  archiveFile: string,
  policy = DAILY_KEEP_7,
  now = new Date(),
): string | null {
  if (policy.keep <= 0) return null;
  const existing = automaticBackups(archiveFile);
  const newest = existing[0];
  if (newest && now.getTime() - newest.madeAt.getTime() < policy.everyMs) return null;
  const made = copyArchive(db, datedBackupPath(archiveFile, 'auto', now));
  for (const old of automaticBackups(archiveFile).slice(policy.keep)) rmSync(old.file, { force: true });
  return made;
}
