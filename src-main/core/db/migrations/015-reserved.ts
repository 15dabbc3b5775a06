import type { Db } from '../db';

/**
 * Placeholder so this branch's 016 can run: migration 015 belongs to another branch (issue 15,
 * part A) and replaces this file when the branches are merged. It changes nothing.
 */
export function up(db: Db): void {
  void db;
}
