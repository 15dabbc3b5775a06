import { describe, expect, it } from 'vitest';
import { archiveWithArticles } from '../../test-support/archive-with-articles';
import { storePage } from '../pages/store-page';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { applyTag } from '../tags/apply-tag';
import { openArchive } from '../db/open';
import { searchArticles } from '../search/search-articles';
import { addArticle, addPage } from '../search/test-archive';
import { queryArticles } from './article-query';
import { collectionArticles, collectionIds } from './collection-articles';
import { listCollections } from './list-collections';
import { reorderCollection } from './reorder-collection';
import { deleteSearch, renameSearch, saveSearch } from './saved-searches';

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

  it('renames a saved search in place; a name used by another search is refused', () => {
    const { db } = archiveWithArticles(2);
    const saved = value(saveSearch(db, { name: '头条', query: '头条' }));
    value(saveSearch(db, { name: '其他', query: '头条0' }));
    const renamed = value(renameSearch(db, { searchId: saved.id, name: '要闻' }));
    expect([renamed.id, renamed.name, renamed.query, renamed.count]).toEqual([saved.id, '要闻', '头条', 2]);
    expect(value(listCollections(db)).searches.map((s) => s.name)).toEqual(['其他', '要闻']);
    expect(renameSearch(db, { searchId: saved.id, name: '其他' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(value(renameSearch(db, { searchId: saved.id, name: '要闻' })).name).toBe('要闻');
    expect(renameSearch(db, { searchId: 999, name: '无' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('a query combines terms, tag: and filters, in page order', () => {
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

  it('a saved search finds 1- and 2-character Chinese queries exactly like search.query', () => {
    const { db } = openArchive(':memory:');
    const page = addPage(db, '2024-07-10');
    // Traditional forms and a byline role: a raw substring scan over the stored JSON finds the
    // role and misses 吳/等級; search normalises and indexes names only.
    const texts = ['吴新明当选', '吳新明發言', '等级评估', '評估等級', '记录', '无关'];
    for (const t of texts)
      addArticle(db, page, { paragraphs: [t], bylines: [{ role: '记者', name: '张三' }] });
    for (const query of ['吴', '记', '等级', '等級', '评估']) {
      const searched = searchArticles(db, { query, limit: 1000 });
      if (!searched.ok) throw new Error(query);
      const saved = value(saveSearch(db, { name: `s-${query}`, query }));
      const ref = { kind: 'search' as const, searchId: saved.id };
      const ids = value(collectionIds(db, ref));
      expect(
        ids.toSorted((a, b) => a - b),
        query,
      ).toEqual(searched.value.hits.map((h) => h.id).sort((a, b) => a - b));
      expect(saved.count, query).toBe(searched.value.total);
      expect(ids.length, query).toBeGreaterThan(0);
    }
  });
});
