import { writeTransaction } from '../db/write-transaction';
import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';

/** The persons a change touched and which names each held: enough to put them back exactly. */
export interface PeopleState {
  persons: { id: number; name: string }[];
  names: { name: string; personId: number }[];
}

export function capturePeople(db: Db, ids: number[]): PeopleState {
  const marks = ids.map(() => '?').join(',');
  return {
    persons: db
      .prepare(`SELECT id, name FROM persons WHERE id IN (${marks}) ORDER BY id`)
      .all(...ids) as PeopleState['persons'],
    names: db
      .prepare(
        `SELECT name, person_id AS personId FROM person_names WHERE person_id IN (${marks}) ORDER BY name`,
      )
      .all(...ids) as PeopleState['names'],
  };
}

export function recordPeopleChange(db: Db, label: string, before: PeopleState, after: PeopleState): number {
  return Number(
    db
      .prepare('INSERT INTO person_undo (label, before, after, created_at) VALUES (?, ?, ?, ?)')
      .run(label, JSON.stringify(before), JSON.stringify(after), new Date().toISOString()).lastInsertRowid,
  );
}

const same = (a: PeopleState, b: PeopleState): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Undoes one merge or split. The persons and names it touched must still be as it left them:
 * a later merge of the same people would be silently torn apart otherwise, so that is a conflict
 * (undo the later change first).
 */
export function undoPeopleChange(db: Db, input: Input<'people.undo'>): Result<Output<'people.undo'>> {
  const row = db.prepare('SELECT label, before, after FROM person_undo WHERE id = ?').get(input.undoId) as
    { label: string; before: string; after: string } | undefined;
  if (!row) return err('not-found', `undo ${input.undoId}`);
  const before = JSON.parse(row.before) as PeopleState;
  const after = JSON.parse(row.after) as PeopleState;
  const ids = [...new Set([...before.persons, ...after.persons].map((p) => p.id))];
  return writeTransaction(db, (): Result<Output<'people.undo'>> => {
    if (!same(capturePeople(db, ids), after)) return err('conflict', row.label);
    const upsert = db.prepare(
      'INSERT INTO persons (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name',
    );
    for (const p of before.persons) upsert.run(p.id, p.name);
    const move = db.prepare('UPDATE person_names SET person_id = ? WHERE name = ?');
    for (const n of before.names) move.run(n.personId, n.name);
    const kept = new Set(before.persons.map((p) => p.id));
    const remove = db.prepare('DELETE FROM persons WHERE id = ?');
    for (const p of after.persons) if (!kept.has(p.id)) remove.run(p.id);
    db.prepare('DELETE FROM person_undo WHERE id = ?').run(input.undoId);
    return ok({ personIds: before.persons.map((p) => p.id) });
  });
}
