import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { writeTransaction } from '../db/write-transaction';
import { restoreRows } from './restore-rows';
import { snapshotFromJson } from './trash-snapshot';

/** Restores one trash entry (the undo of a delete) and removes it from the trash. */
export function restoreFromTrash(db: Db, input: Input<'trash.restore'>): Result<Output<'trash.restore'>> {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT kind, snapshot FROM trash WHERE id = ?').get(input.trashId) as
      { kind: 'page' | 'article'; snapshot: string } | undefined;
    if (!row) return err('not-found', `#${input.trashId}`);
    const restored = restoreRows(db, snapshotFromJson(row.snapshot));
    if (!restored.ok) return restored;
    db.prepare('DELETE FROM trash WHERE id = ?').run(input.trashId);
    return ok({ kind: row.kind, ...restored.value });
  });
}

/** Empties the trash, or removes one entry for good. */
export function emptyTrash(db: Db, input: Input<'trash.empty'>): Result<Output<'trash.empty'>> {
  const r =
    input.trashId === undefined
      ? db.prepare('DELETE FROM trash').run()
      : db.prepare('DELETE FROM trash WHERE id = ?').run(input.trashId);
  return ok({ removed: r.changes });
}
