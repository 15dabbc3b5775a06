import type BetterSqlite3 from 'better-sqlite3';

/** The archive connection. better-sqlite3 is synchronous: every core function runs to completion in main. */
export type Db = BetterSqlite3.Database;
