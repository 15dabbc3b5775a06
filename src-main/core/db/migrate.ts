import type { Db } from './db';
import { migrations as shipped, type Migration } from './migrations/index';

export class DbFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`archive schema version ${found} is newer than this Jianbao (${known}); upgrade Jianbao`);
  }
}

/**
 * Applies pending migrations in one transaction and records the version in `user_version`,
 * so a crash mid-upgrade leaves the archive exactly as it was.
 */
export function migrate(db: Db, migrations: Migration[] = shipped): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.version} out of order at ${i}`);
  });
  const from = db.pragma('user_version', { simple: true }) as number;
  const to = migrations.length;
  if (from > to) throw new DbFromFutureError(from, to);
  if (from === to) return { from, to };
  db.transaction(() => {
    for (const m of migrations.slice(from)) m.up(db);
    db.pragma(`user_version = ${to}`);
  })();
  return { from, to };
}
