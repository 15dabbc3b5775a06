import { describe, expect, it } from 'vitest';
import { archiveWithArticles } from '../../test-support/archive-with-articles';
import { storePage } from '../pages/store-page';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { applyTag } from '../tags/apply-tag';
import { queryArticles } from './article-query';
import { collectionArticles, collectionIds } from './collection-articles';
import { listCollections } from './list-collections';
import { reorderCollection } from './reorder-collection';
import { deleteSearch, saveSearch } from './saved-searches';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('collections', () => {
  it('a tag collection includes children, in page order until reordered by hand', () => {
    const { db, ids } = archiveWithArticles();
    const parent = value(applyTag(db, { tag: '专题', articleIds: [ids[4]!] })).tag;
    value(applyTag(db, { tag: '专题/子', articleIds: [ids[0]!, ids[2]!] }));
    const ref = { kind: 'tag' as const, tagId: parent.id };
    expect(value(collectionIds(db, ref))).toEqual([ids[0], ids[2], ids[4]]);
    expect(value(reorderCollection(db, { collection: ref, articleIds: [ids[4]!, ids[0]!] }))).toEqual({
      ordered: 2,
    });
    expect(value(collectionIds(db, ref))).toEqual([ids[4], ids[0], ids[2]]);
    const listed = value(collectionArticles(db, { collection: ref }));
    expect(listed.map((a) => [a.id, a.manual])).toEqual([
      [ids[4], true],
      [ids[0], true],
      [ids[2], false],
    ]);
    expect(listed[0]?.meta.date).toBe('2024-07-12');
    value(reorderCollection(db, { collection: ref, articleIds: [] }));
    expect(value(collectionIds(db, ref))).toEqual([ids[0], ids[2], ids[4]]);
  });

  it('a saved search is live: a new matching article appears in it', () => {
    const { db, ids } = archiveWithArticles(2);
    const saved = value(saveSearch(db, { name: '头条', query: '头条' }));
    expect(saved.count).toBe(2);
    storePage(db, new TextEncoder().encode('new'), sampleOutcome('new.txt', ['新的头条']));
    const ref = { kind: 'search' as const, searchId: saved.id };
    expect(value(collectionIds(db, ref))).toHaveLength(3);
    expect(value(listCollections(db)).searches.map((s) => [s.name, s.count])).toEqual([['头条', 3]]);
    const again = value(saveSearch(db, { name: '头条', query: '头条0' }));
    expect([again.id, again.count]).toEqual([saved.id, 1]);
    expect(value(collectionIds(db, ref))).toEqual([ids[0]]);
    expect(value(deleteSearch(db, { searchId: saved.id }))).toEqual({ deleted: true });
    expect(collectionIds(db, ref)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('the fallback query combines terms, tag: and filters', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '人物/张三', articleIds: [ids[1]!, ids[2]!] }));
    expect(value(queryArticles(db, 'tag:人物'))).toEqual([ids[1], ids[2]]);
    expect(value(queryArticles(db, 'tag:人物 第二篇'))).toEqual([ids[1]]);
    expect(value(queryArticles(db, '张三', { dateFrom: '2024-07-11', kind: 'photo' }))).toEqual([
      ids[3],
      ids[5],
    ]);
    expect(value(queryArticles(db, 'tag:人物/张'))).toEqual([]);
  });
});
