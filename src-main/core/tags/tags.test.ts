import { describe, expect, it } from 'vitest';
import { archiveWithArticles } from '../../test-support/archive-with-articles';
import { annotateTag, applyTag, removeTag } from './apply-tag';
import { createTag, recolorTag } from './create-tag';
import { listTags, tagsOfArticle } from './list-tags';
import { deleteTag, mergeTags, renameTag } from './move-tag';
import { normalizeTagName } from './tag-name';
import { undoTagChange } from './undo-tag-change';
import type { Db } from '../db/db';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const counts = (db: Db) =>
  Object.fromEntries(value(listTags(db)).map((t) => [t.name, [t.ownCount, t.count]]));

describe('tag names', () => {
  it('normalises segments and refuses empty ones', () => {
    expect(normalizeTagName(' 经济 / 长三角 ')).toBe('经济/长三角');
    expect(normalizeTagName('人物/吴  新明')).toBe('人物/吴 新明');
    expect(normalizeTagName('经济//x')).toBeNull();
    expect(normalizeTagName('/x')).toBeNull();
  });
});

describe('tags', () => {
  it('creates parents with a child and counts children in the parent collection', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '经济/长三角', articleIds: [ids[0]!, ids[1]!] }));
    value(applyTag(db, { tag: '经济/民生', articleIds: [ids[1]!, ids[2]!] }));
    value(applyTag(db, { tag: '经济', articleIds: [ids[3]!] }));
    expect(counts(db)).toEqual({ 经济: [1, 4], '经济/长三角': [2, 2], '经济/民生': [2, 2] });
    expect(value(tagsOfArticle(db, { articleId: ids[1]! })).map((t) => t.name)).toEqual([
      '经济/民生',
      '经济/长三角',
    ]);
  });

  it('applies idempotently, skips vanished articles, and removes', () => {
    const { db, ids } = archiveWithArticles();
    const first = value(applyTag(db, { tag: '测试专题', articleIds: [ids[0]!, 9999] }));
    expect(first.added).toBe(1);
    expect(value(applyTag(db, { tag: '测试专题', articleIds: [ids[0]!] })).added).toBe(0);
    expect(value(removeTag(db, { tagId: first.tag.id, articleIds: [ids[0]!] }))).toEqual({ removed: 1 });
    expect(removeTag(db, { tagId: 4242, articleIds: [1] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(applyTag(db, { tag: 'a//b', articleIds: [1] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('refuses to create a tag twice and recolours', () => {
    const { db } = archiveWithArticles(1);
    const tag = value(createTag(db, { name: '人物/吴新明', color: '#123456' }));
    expect(createTag(db, { name: '人物/吴新明' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(value(recolorTag(db, { tagId: tag.id, color: '#abcdef' })).color).toBe('#abcdef');
  });

  it('renames a parent with its children, refuses a taken name, and undoes', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '经济/长三角/上海', articleIds: [ids[0]!] }));
    value(applyTag(db, { tag: '其他', articleIds: [ids[1]!] }));
    const before = counts(db);
    const econ = value(listTags(db)).find((t) => t.name === '经济')!;
    expect(renameTag(db, { tagId: econ.id, name: '其他' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(renameTag(db, { tagId: econ.id, name: '经济/子' })).toMatchObject({ ok: false });
    const change = value(renameTag(db, { tagId: econ.id, name: '区域/华东' }));
    expect(change.affectedArticles).toBe(1);
    expect(Object.keys(counts(db)).sort()).toEqual([
      '其他',
      '区域',
      '区域/华东',
      '区域/华东/长三角',
      '区域/华东/长三角/上海',
    ]);
    expect(value(undoTagChange(db, { undoId: change.undoId })).restored).toBe(3);
    expect(counts(db)).toEqual(before);
    expect(undoTagChange(db, { undoId: change.undoId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('merges a subtree into another, combining same-named children, and undoes', () => {
    const { db, ids } = archiveWithArticles();
    const a = value(applyTag(db, { tag: '长三角/交通', articleIds: [ids[0]!, ids[1]!] })).tag;
    value(applyTag(db, { tag: '长三角', articleIds: [ids[2]!] }));
    const b = value(applyTag(db, { tag: '长三角一体化/交通', articleIds: [ids[1]!, ids[3]!] })).tag;
    value(applyTag(db, { tag: '长三角一体化', articleIds: [ids[4]!] }));
    const before = counts(db);
    const source = value(listTags(db)).find((t) => t.name === '长三角')!;
    const target = value(listTags(db)).find((t) => t.name === '长三角一体化')!;
    const change = value(mergeTags(db, { sourceId: source.id, targetId: target.id }));
    expect(change.tag?.id).toBe(target.id);
    expect(counts(db)).toEqual({ 长三角一体化: [2, 5], '长三角一体化/交通': [3, 3] });
    expect(a.id).not.toBe(b.id);
    value(undoTagChange(db, { undoId: change.undoId }));
    expect(counts(db)).toEqual(before);
  });

  it('deletes a subtree everywhere, keeps articles, and undoes with the same ids', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '人物/吴新明', articleIds: ids }));
    value(annotateTag(db, { tag: '人物/吴新明', annotationIds: [5, 6] }));
    const before = value(listTags(db));
    const change = value(deleteTag(db, { tagId: before.find((t) => t.name === '人物')!.id }));
    expect(change.affectedArticles).toBe(ids.length);
    expect(value(listTags(db))).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(ids.length);
    expect(db.prepare('SELECT count(*) FROM annotation_tags').pluck().get()).toBe(0);
    value(undoTagChange(db, { undoId: change.undoId }));
    expect(value(listTags(db))).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM annotation_tags').pluck().get()).toBe(2);
  });

  it('keeps a deleted tag recoverable however many renames follow (its snapshot is never pruned)', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '专题', articleIds: ids }));
    const before = value(listTags(db));
    const change = value(deleteTag(db, { tagId: before[0]!.id }));
    const other = value(createTag(db, { name: '其他0' }));
    for (let i = 1; i <= 60; i++) value(renameTag(db, { tagId: other.id, name: `其他${i}` }));
    expect(db.prepare('SELECT count(*) FROM tag_undo').pluck().get()).toBeLessThanOrEqual(51);
    value(undoTagChange(db, { undoId: change.undoId }));
    expect(value(listTags(db)).filter((t) => t.name === '专题')).toEqual(before);
  });

  it('tags and untags annotations by id', () => {
    const { db } = archiveWithArticles(1);
    expect(value(annotateTag(db, { tag: '待核实', annotationIds: [1, 2, 2] })).changed).toBe(2);
    expect(value(annotateTag(db, { tag: '待核实', annotationIds: [1], remove: true })).changed).toBe(1);
  });
});
