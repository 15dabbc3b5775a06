import { writeTransaction } from '../db/write-transaction';
import type { Input, PersonChangeT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { personSummary } from './list-people';
import { personKey } from './person-name';
import { capturePeople, recordPeopleChange } from './people-undo';

/**
 * Merges aliases: every name of the source persons now belongs to the target, so the report,
 * person page and `person:` search count them as one at once. Sources are removed; undo brings
 * them back with their names (people-undo.ts).
 */
export function mergePeople(db: Db, input: Input<'people.merge'>): Result<PersonChangeT> {
  const sources = [...new Set(input.sourceIds)].filter((id) => id !== input.targetId);
  if (sources.length === 0) return err('invalid-input', '没有要合并的人 / nothing to merge');
  const ids = [input.targetId, ...sources];
  const found = db
    .prepare(`SELECT count(*) FROM persons WHERE id IN (${ids.map(() => '?').join(',')})`)
    .pluck()
    .get(...ids) as number;
  if (found !== ids.length) return err('not-found', 'person');
  return writeTransaction(db, (): Result<PersonChangeT> => {
    const before = capturePeople(db, ids);
    const move = db.prepare('UPDATE person_names SET person_id = ? WHERE person_id = ?');
    const remove = db.prepare('DELETE FROM persons WHERE id = ?');
    for (const id of sources) {
      move.run(input.targetId, id);
      remove.run(id);
    }
    const undoId = recordPeopleChange(db, 'merge', before, capturePeople(db, ids));
    const person = personSummary(db, input.targetId);
    return person.ok ? ok({ person: person.value, undoId }) : person;
  });
}

/**
 * Splits one name off a person (a wrongly merged alias) into a person of its own. The person's
 * display name cannot leave: another name takes over only by merging the other way.
 */
export function splitPerson(db: Db, input: Input<'people.split'>): Result<PersonChangeT> {
  const name = personKey(input.name);
  const owner = db
    .prepare(
      'SELECT n.person_id AS id, p.name AS display FROM person_names n JOIN persons p ON p.id = n.person_id WHERE n.name = ?',
    )
    .get(name) as { id: number; display: string } | undefined;
  if (!owner || owner.id !== input.personId) return err('not-found', input.name);
  if (owner.display === name)
    return err('invalid-input', `“${input.name}”是此人的主名,不能拆出 / is the person's main name`);
  return writeTransaction(db, (): Result<PersonChangeT> => {
    const before = capturePeople(db, [owner.id]);
    const created = Number(db.prepare('INSERT INTO persons (name) VALUES (?)').run(name).lastInsertRowid);
    db.prepare('UPDATE person_names SET person_id = ? WHERE name = ?').run(created, name);
    const undoId = recordPeopleChange(db, 'split', before, capturePeople(db, [owner.id, created]));
    const person = personSummary(db, created);
    return person.ok ? ok({ person: person.value, undoId }) : person;
  });
}
