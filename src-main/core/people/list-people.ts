import type { Input, Output, PersonSummaryT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { byName } from './person-directory';
import { personKey } from './person-name';

interface NameRow {
  person_id: number;
  display: string;
  name: string;
  pieces: number;
}

const NAMES_OF = `SELECT n.person_id AS person_id, p.name AS display, n.name AS name, n.pieces AS pieces
  FROM person_names n JOIN persons p ON p.id = n.person_id`;

/** Folds name rows (ordered by person) into summaries: display name first, then aliases by pieces. */
function summaries(rows: NameRow[]): PersonSummaryT[] {
  const out = new Map<number, PersonSummaryT>();
  for (const r of rows) {
    let s = out.get(r.person_id);
    if (!s) {
      s = { id: r.person_id, name: r.display, aliases: [], pieces: 0 };
      out.set(r.person_id, s);
    }
    s.aliases.push({ name: r.name, pieces: r.pieces });
    s.pieces += r.pieces;
  }
  for (const s of out.values())
    s.aliases.sort((a, b) => Number(b.name === s.name) - Number(a.name === s.name) || b.pieces - a.pieces);
  return [...out.values()];
}

export function personSummary(db: Db, personId: number): Result<PersonSummaryT> {
  const rows = db.prepare(`${NAMES_OF} WHERE n.person_id = ?`).all(personId) as NameRow[];
  const [summary] = summaries(rows);
  return summary ? ok(summary) : err('not-found', `person ${personId}`);
}

/**
 * The people index: persons with at least one piece, most pieces first. `query` matches any of a
 * person's names after the same normalisation as bylines (陸薇 finds 陆薇).
 */
export function listPeople(db: Db, input: Input<'people.list'>): Result<Output<'people.list'>> {
  const key = input.query === undefined ? null : personKey(input.query);
  const match =
    key === null ? '' : `AND n.person_id IN (SELECT person_id FROM person_names WHERE instr(name, ?) > 0)`;
  const ranked = db
    .prepare(
      `SELECT n.person_id AS id, p.name AS name, sum(n.pieces) AS pieces
       FROM person_names n JOIN persons p ON p.id = n.person_id
       WHERE 1 ${match} GROUP BY n.person_id HAVING sum(n.pieces) > 0`,
    )
    .all(...(key === null ? [] : [key])) as { id: number; name: string; pieces: number }[];
  ranked.sort((a, b) => b.pieces - a.pieces || byName(a.name, b.name));
  const offset = input.offset ?? 0;
  const page = ranked.slice(offset, offset + (input.limit ?? 200)).map((r) => r.id);
  const rows =
    page.length === 0
      ? []
      : (db
          .prepare(`${NAMES_OF} WHERE n.person_id IN (${page.map(() => '?').join(',')})`)
          .all(...page) as NameRow[]);
  const byId = new Map(summaries(rows).map((s) => [s.id, s]));
  return ok({ total: ranked.length, people: page.map((id) => byId.get(id)!).filter(Boolean) });
}
