import type { Input, IssueT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';

// Every query here walks library_days' primary key (paper, date): a range or one step from a
// date, never a scan, so a paper with 100,000 pages answers as fast as one with ten.

/** The issues (days with pages) of one paper between two days, inclusive, oldest first. */
export function libraryIssues(db: Db, input: Input<'library.issues'>): Result<IssueT[]> {
  const rows = db
    .prepare(
      `SELECT date, pages, articles FROM library_days
       WHERE paper = ? AND date >= ? AND date <= ? AND pages > 0 ORDER BY date`,
    )
    .all(input.paper ?? '', input.from, input.to) as IssueT[];
  return ok(rows);
}

const STEP = {
  previous: `SELECT date, pages, articles FROM library_days
             WHERE paper = ? AND date < ? AND date <> '' AND pages > 0 ORDER BY date DESC LIMIT 1`,
  next: `SELECT date, pages, articles FROM library_days
         WHERE paper = ? AND date > ? AND pages > 0 ORDER BY date LIMIT 1`,
  same: `SELECT date, pages, articles FROM library_days WHERE paper = ? AND date = ? AND pages > 0`,
};

/**
 * The issue before or after a day, or (nearest) that day's own issue, else the closer of the two
 * around it (the earlier on a tie): "go to date" on a day without pages still lands somewhere.
 */
export function adjacentIssue(db: Db, input: Input<'library.adjacentIssue'>): Result<IssueT | null> {
  const paper = input.paper ?? '';
  const one = (sql: string) => (db.prepare(sql).get(paper, input.date) as IssueT | undefined) ?? null;
  if (input.direction !== 'nearest') return ok(one(STEP[input.direction]));
  const same = one(STEP.same);
  if (same) return ok(same);
  const before = one(STEP.previous);
  const after = one(STEP.next);
  if (!before || !after) return ok(before ?? after);
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const target = day(input.date);
  return ok(target - day(before.date) <= day(after.date) - target ? before : after);
}
