/** An editor's structure decisions, kept per page file name in the order they were made (migration 015). */
import type { Db } from '../db/db';
import type { StructureDecision } from '../parse/structure/structure-types';

export function readDecisions(db: Db, fileName: string): StructureDecision[] {
  const rows = db
    .prepare('SELECT decision FROM page_structure WHERE file_name = ? ORDER BY id')
    .pluck()
    .all(fileName) as string[];
  return rows.map((r) => JSON.parse(r) as StructureDecision);
}

export function addDecisions(
  db: Db,
  fileName: string,
  decisions: readonly StructureDecision[],
  at: string,
): void {
  const insert = db.prepare('INSERT INTO page_structure (file_name, decision, created_at) VALUES (?, ?, ?)');
  for (const d of decisions) insert.run(fileName, JSON.stringify(d), at);
}

/**
 * Decisions arriving with a page from elsewhere (a bundle): appended unless this archive already
 * holds the same decision for the page, so importing a bundle twice changes nothing.
 */
export function mergeDecisions(
  db: Db,
  fileName: string,
  decisions: readonly StructureDecision[],
  at: string,
): number {
  const have = new Set(readDecisions(db, fileName).map((d) => JSON.stringify(d)));
  const fresh = decisions.filter((d) => !have.has(JSON.stringify(d)));
  addDecisions(db, fileName, fresh, at);
  return fresh.length;
}

/** A lookup for parsing: the decisions saved for each page name a file yields. */
export function decisionsLookup(db: Db): (page: string) => StructureDecision[] {
  return (page) => readDecisions(db, page);
}
