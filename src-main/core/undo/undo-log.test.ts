import { describe, expect, it } from 'vitest';
import { annotatedArchive } from '../../test-support/annotated-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { readAnnotation } from '../annotations/annotation-rows';
import { deleteAnnotation } from '../annotations/trash-annotation';
import { updateAnnotation } from '../annotations/update-annotation';
import { redo, undo } from './undo-log';

describe('undo log', () => {
  it('undoes a creation by removing the row and redoes it with the same id', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '市委', colour: 'yellow' });
    if (!a.ok) throw new Error('create failed');
    expect(undo(db)).toEqual({ ok: true, value: { label: 'annotations.create', articleIds: [] } });
    expect(readAnnotation(db, a.value.id)).toBeNull();
    expect(redo(db)).toMatchObject({ ok: true, value: { label: 'annotations.create' } });
    expect(readAnnotation(db, a.value.id)).toEqual(a.value);
  });

  it('steps back through several actions in order, and a new action clears redo', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '市委', colour: 'yellow' });
    if (!a.ok) throw new Error('create failed');
    updateAnnotation(db, { id: a.value.id, note: '一' });
    deleteAnnotation(db, { id: a.value.id });
    undo(db);
    expect(readAnnotation(db, a.value.id)).toMatchObject({ note: '一', deletedAt: null });
    undo(db);
    expect(readAnnotation(db, a.value.id)).toMatchObject({ note: '' });
    updateAnnotation(db, { id: a.value.id, colour: 'pink' });
    expect(redo(db)).toEqual({ ok: true, value: null });
    undo(db);
    undo(db);
    expect(undo(db)).toEqual({ ok: true, value: null });
  });

  it('a failed write records nothing and leaves no trace', () => {
    const { db, ids } = annotatedArchive();
    expect(
      createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '不对', colour: 'yellow' }).ok,
    ).toBe(false);
    expect(undo(db)).toEqual({ ok: true, value: null });
  });
});
