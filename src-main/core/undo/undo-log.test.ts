import { describe, expect, it } from 'vitest';
import { annotatedArchive } from '../../test-support/annotated-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { readAnnotation } from '../annotations/annotation-rows';
import { listAnnotations } from '../annotations/list-annotations';
import { deleteAnnotation, restoreAnnotation } from '../annotations/trash-annotation';
import { updateAnnotation } from '../annotations/update-annotation';
import { annotateTag } from '../tags/apply-tag';
import { clearHistory, redo, undo } from './undo-log';

describe('undo log', () => {
  it('undoes a creation by sending it to the trash, and redoes it with the same id', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '市委', colour: 'yellow' });
    if (!a.ok) throw new Error('create failed');
    expect(undo(db)).toEqual({ ok: true, value: { label: 'annotations.create', articleIds: [] } });
    expect(readAnnotation(db, a.value.id)).toMatchObject({ note: '', deletedAt: expect.any(String) });
    expect(redo(db)).toMatchObject({ ok: true, value: { label: 'annotations.create' } });
    expect(readAnnotation(db, a.value.id)).toEqual(a.value);
  });

  it('an undone creation survives a restart in the trash, tag links still pointing at it', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '市委', colour: 'pink' });
    if (!a.ok) throw new Error('create failed');
    expect(annotateTag(db, { tag: '待核', annotationIds: [a.value.id] })).toMatchObject({ ok: true });
    undo(db);
    clearHistory(db);
    expect(listAnnotations(db, { view: 'trash', limit: 10 })).toMatchObject({
      value: [{ id: a.value.id, exact: '市委' }],
    });
    const orphanLinks = db
      .prepare('SELECT count(*) FROM annotation_tags WHERE annotation_id NOT IN (SELECT id FROM annotations)')
      .pluck();
    expect(orphanLinks.get()).toBe(0);
    expect(restoreAnnotation(db, { id: a.value.id })).toMatchObject({ ok: true, value: { deletedAt: null } });
    expect(listAnnotations(db, { view: 'active', tagId: 1, limit: 10 })).toMatchObject({
      value: [{ id: a.value.id }],
    });
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
