import type { Input, Output } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { personSummary } from './list-people';
import { pieceSummary, type PieceRow } from './piece-row';

interface PersonPieceRow extends PieceRow {
  roles: string;
  names: number;
}

/** A person page: the person with every alias, and their pieces newest first, a page at a time. */
export function personPieces(db: Db, input: Input<'people.get'>): Result<Output<'people.get'>> {
  const person = personSummary(db, input.personId);
  if (!person.ok) return person;
  const names = person.value.aliases.map((a) => a.name);
  const inNames = `ab.name IN (${names.map(() => '?').join(',')})`;
  const total = db
    .prepare(`SELECT count(DISTINCT ab.article_id) FROM article_bylines ab WHERE ${inNames}`)
    .pluck()
    .get(...names) as number;
  const rows = db
    .prepare(
      `SELECT ab.article_id, a.headline, ab.kind, ab.day, ab.paper, ab.page_label,
         group_concat(ab.role, '、') AS roles, max(ab.names) AS names
       FROM article_bylines ab JOIN articles a ON a.id = ab.article_id
       WHERE ${inNames}
       GROUP BY ab.article_id ORDER BY ab.day = '', ab.day DESC, ab.article_id DESC LIMIT ? OFFSET ?`,
    )
    .all(...names, input.limit ?? 200, input.offset ?? 0) as PersonPieceRow[];
  return ok({
    person: person.value,
    total,
    pieces: rows.map((r) => ({
      ...pieceSummary(r),
      roles: [...new Set(r.roles.split('、'))],
      shared: r.names > 1,
    })),
  });
}
