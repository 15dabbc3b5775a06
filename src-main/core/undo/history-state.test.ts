import { describe, expect, it } from 'vitest';
import { annotatedArchive } from '../../test-support/annotated-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { updateAnnotation } from '../annotations/update-annotation';
import { historyState, redo, undo } from './undo-log';

describe('history state', () => {
  it('says there is nothing to undo or redo until something is done, then names the next step each way', () => {
    const { db, ids } = annotatedArchive();
    expect(historyState(db)).toEqual({ ok: true, value: { undo: null, redo: null } });
    const a = createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '市委', colour: 'yellow' });
    if (!a.ok) throw new Error('create failed');
    updateAnnotation(db, { id: a.value.id, note: '待核' });
    expect(historyState(db)).toEqual({ ok: true, value: { undo: 'annotations.update', redo: null } });
    undo(db);
    expect(historyState(db)).toEqual({
      ok: true,
      value: { undo: 'annotations.create', redo: 'annotations.update' },
    });
    undo(db);
    expect(historyState(db)).toEqual({ ok: true, value: { undo: null, redo: 'annotations.create' } });
    redo(db);
    redo(db);
    expect(historyState(db)).toEqual({ ok: true, value: { undo: 'annotations.update', redo: null } });
  });
});
