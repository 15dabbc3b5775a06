import type { AnnotationT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { readAnnotation } from './annotation-rows';

/**
 * Deleting moves an annotation to the trash (deleted_at set); restoring clears it. Nothing here
 * removes a row: an editor's note is only ever gone when they undo its creation.
 */
export function deleteAnnotation(db: Db, input: { id: number }, now = new Date()): Result<AnnotationT> {
  return setDeleted(db, input.id, now.toISOString(), 'annotations.delete');
}

export function restoreAnnotation(db: Db, input: { id: number }): Result<AnnotationT> {
  return setDeleted(db, input.id, null, 'annotations.restore');
}

function setDeleted(db: Db, id: number, deletedAt: string | null, label: string): Result<AnnotationT> {
  return recordChange(db, label, { articleIds: [], annotationIds: [id] }, () => {
    if (!readAnnotation(db, id)) return err('not-found', `#${id}`);
    db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
    return ok(readAnnotation(db, id) as AnnotationT);
  });
}
