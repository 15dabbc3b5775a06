import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from './db';
import { registerPeopleFunctions } from '../people/people-functions';
import { registerSearchFunctions } from '../search/index-article';
import { migrate } from './migrate';

export interface OpenOptions {
  /**
   * Path to a better_sqlite3.node built for the running runtime. Electron passes the binary
   * built against its own ABI; plain Node uses the package's default build.
   */
  nativeBinding?: string;
}

export interface OpenedArchive {
  db: Db;
  /** True when this open created the schema: hosts import the bundled seeds then. */
  created: boolean;
}

/** Opens (creating if needed) one archive file, or ':memory:' for tests. */
export function openArchive(file: string, options: OpenOptions = {}): OpenedArchive {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Triggers on `articles` call it to keep the full-text index in step (see index-article.ts).
    registerSearchFunctions(db);
    registerPeopleFunctions(db);
    const { from } = migrate(db);
    return { db, created: from === 0 };
  } catch (e) {
    db.close();
    throw e;
  }
}
