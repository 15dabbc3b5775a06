import type { Db } from './db';

/** How often a write retries after the busy timeout (set in open.ts) ran out on BEGIN IMMEDIATE. */
const RETRIES = 4;
const BACKOFF_MS = [50, 150, 400, 1000];

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, …). */
export function isBusy(e: unknown): boolean {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY');
}

/** better-sqlite3 is synchronous, so waiting is too: Atomics.wait sleeps without spinning. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `fn` as one write transaction started with BEGIN IMMEDIATE.
 *
 * Why immediate: a deferred transaction starts as a read and upgrades on its first write; in WAL
 * mode, if another process committed in between, the upgrade fails at once with
 * SQLITE_BUSY_SNAPSHOT and the busy timeout never applies (two importers into one archive died
 * 8 of 8 times). Taking the write lock first makes SQLite wait on the busy timeout instead, and a
 * few bounded retries cover a writer that holds the lock longer than that. Nested calls join the
 * outer transaction (better-sqlite3 turns them into savepoints).
 */
export function writeTransaction<T>(db: Db, fn: () => T, mode: 'immediate' | 'exclusive' = 'immediate'): T {
  const tx = db.transaction(fn);
  if (db.inTransaction) return tx();
  for (let attempt = 0; ; attempt++) {
    try {
      return mode === 'exclusive' ? tx.exclusive() : tx.immediate();
    } catch (e) {
      // Only BEGIN can be busy here: once IMMEDIATE succeeded this connection holds the write lock.
      if (!isBusy(e) || attempt >= RETRIES) throw e;
      sleepSync(BACKOFF_MS[attempt] ?? 1000);
    }
  }
}
