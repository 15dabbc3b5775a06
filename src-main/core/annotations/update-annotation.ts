import type { AnnotationT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { readAnnotation } from './annotation-rows';

/** Changes colour and/or note; an empty note removes it (the highlight stays). */
export function updateAnnotation(
  db: Db,
  input: Input<'annotations.update'>,
  now = new Date(),
): Result<AnnotationT> {
  return recordChange(db, 'annotations.update', { articleIds: [], annotationIds: [input.id] }, () => {
    const current = readAnnotation(db, input.id);
    if (!current) return err('not-found', `#${input.id}`);
    db.prepare('UPDATE annotations SET colour = ?, note = ?, updated_at = ? WHERE id = ?').run(
      input.colour ?? current.colour,
      input.note ?? current.note,
      now.toISOString(),
      input.id,
    );
    return ok(readAnnotation(db, input.id) as AnnotationT);
  });
}
