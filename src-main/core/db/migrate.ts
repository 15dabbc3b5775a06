import type { Db } from './db';
import { migrations as shipped, type Migration } from './migrations/index';
import { writeTransaction } from './write-transaction';

export class DbFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`archive schema version ${found} is newer than this Jianbao (${known}); upgrade Jianbao`);
  }
}

const versionOf = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Applies pending migrations in one transaction and records the version in `user_version`,
 * so a crash mid-upgrade leaves the archive exactly as it was.
 *
 * The transaction is EXCLUSIVE and the version is read again inside it: two processes opening a
 * new archive at once used to both see version 0 and both create `pages` (4 of 20 failed); now the
 * second waits for the lock, sees the first one's version and does nothing. `beforeMigrate` runs
 * outside any transaction (VACUUM INTO cannot run in one) whenever the schema is behind, with the
 * version seen then (0 for a new archive).
 */
export function migrate(
  db: Db,
  migrations: Migration[] = shipped,
  beforeMigrate?: (from: number) => void,
): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.version} out of order at ${i}`);
  });
  const to = migrations.length;
  const seen = versionOf(db);
  if (seen > to) throw new DbFromFutureError(seen, to);
  if (seen === to) return { from: seen, to };
  beforeMigrate?.(seen);
  const from = writeTransaction(
    db,
    () => {
      const now = versionOf(db);
      if (now > to) throw new DbFromFutureError(now, to);
      for (const m of migrations.slice(now)) m.up(db);
      db.pragma(`user_version = ${to}`);
      return now;
    },
    'exclusive',
  );
  return { from, to };
}
