import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { applyUndo } from './tag-undo';

export function undoTagChange(db: Db, input: Input<'tags.undo'>): Result<Output<'tags.undo'>> {
  const restored = applyUndo(db, input.undoId);
  return restored === null ? err('not-found', `undo #${input.undoId}`) : ok({ restored });
}
