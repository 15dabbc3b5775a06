import { describe, expect, it } from 'vitest';
import { annotatedArchive } from '../../test-support/annotated-archive';
import { annotateTag } from '../tags/apply-tag';
import { renameTag } from '../tags/move-tag';
import { readAnnotation } from './annotation-rows';
import { createAnnotation } from './create-annotation';
import { listAnnotations } from './list-annotations';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

function twoAnnotations() {
  const { db, ids } = annotatedArchive();
  const a = value(
    createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: '市委', colour: 'yellow' }),
  );
  const b = value(
    createAnnotation(db, { articleId: ids[0]!, start: 2, end: 4, exact: '书记', colour: 'pink' }),
  );
  return { db, a, b };
}

describe('tags on annotations', () => {
  it('reads tags back on every annotation result, sorted, and follows a tag rename', () => {
    const { db, a, b } = twoAnnotations();
    expect(a.tags).toEqual([]);
    value(annotateTag(db, { tag: '待核', annotationIds: [a.id] }));
    value(annotateTag(db, { tag: '人物/吴新明', annotationIds: [a.id, b.id] }));
    expect(readAnnotation(db, a.id)?.tags).toEqual(['人物/吴新明', '待核']);
    const listed = value(listAnnotations(db, { view: 'active', limit: 10 }));
    expect(listed.map((n) => [n.id, n.tags])).toEqual([
      [a.id, ['人物/吴新明', '待核']],
      [b.id, ['人物/吴新明']],
    ]);
    const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get('待核') as number;
    value(renameTag(db, { tagId, name: '待核实' }));
    expect(readAnnotation(db, a.id)?.tags).toEqual(['人物/吴新明', '待核实']);
  });

  it('filters the archive-wide list by tag', () => {
    const { db, a, b } = twoAnnotations();
    const tag = value(annotateTag(db, { tag: '待核', annotationIds: [b.id] })).tag;
    const listed = value(listAnnotations(db, { view: 'active', tagId: tag.id, limit: 10 }));
    expect(listed.map((n) => n.id)).toEqual([b.id]);
    expect(listed.map((n) => n.id)).not.toContain(a.id);
  });

  it('removes one tag from one annotation, and removing an unknown tag creates nothing', () => {
    const { db, a, b } = twoAnnotations();
    value(annotateTag(db, { tag: '待核', annotationIds: [a.id, b.id] }));
    expect(value(annotateTag(db, { tag: '待核', annotationIds: [a.id], remove: true })).changed).toBe(1);
    expect(readAnnotation(db, a.id)?.tags).toEqual([]);
    expect(readAnnotation(db, b.id)?.tags).toEqual(['待核']);
    expect(annotateTag(db, { tag: '没有', annotationIds: [a.id], remove: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(db.prepare('SELECT count(*) FROM tags WHERE name = ?').pluck().get('没有')).toBe(0);
  });
});
