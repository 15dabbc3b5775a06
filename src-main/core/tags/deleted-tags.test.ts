import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveWithArticles } from '../../test-support/archive-with-articles';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { storePage } from '../pages/store-page';
import { openArchive } from '../db/open';
import type { Db } from '../db/db';
import { applyTag } from './apply-tag';
import { createTag } from './create-tag';
import { listDeletedTags } from './list-deleted-tags';
import { listTags } from './list-tags';
import { deleteTag, renameTag } from './move-tag';
import { restoreDeletedTag } from './restore-deleted-tag';
import { findTag } from './tag-store';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const tagged = (db: Db, name: string) =>
  db
    .prepare(
      'SELECT article_id FROM article_tags a JOIN tags t ON t.id = a.tag_id WHERE t.name = ? ORDER BY 1',
    )
    .pluck()
    .all(name);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('deleted tags', () => {
  it('lists deleted tags newest first with colour and article count, after a restart too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-tags-'));
    dirs.push(dir);
    const file = join(dir, 'archive.db');
    const { db } = openArchive(file);
    for (let p = 0; p < 2; p++) {
      const outcome = sampleOutcome(`p${p}.txt`, [`头条${p}`, `第二篇${p}`]);
      storePage(db, new TextEncoder().encode(`page ${p}`), outcome);
    }
    const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
    value(createTag(db, { name: '旧专题', color: '#aa0000' }));
    value(applyTag(db, { tag: '旧专题', articleIds: [ids[0]!, ids[1]!] }));
    value(applyTag(db, { tag: '旧专题/子', articleIds: [ids[2]!] }));
    value(applyTag(db, { tag: '人物', articleIds: [ids[0]!] }));
    value(renameTag(db, { tagId: findTag(db, '人物')!.id, name: '人物志' }));
    value(deleteTag(db, { tagId: findTag(db, '旧专题')!.id }));
    value(deleteTag(db, { tagId: findTag(db, '人物志')!.id }));
    db.close();

    const { db: again } = openArchive(file);
    const list = value(listDeletedTags(again));
    expect(list.map((t) => [t.name, t.tagCount, t.articleCount])).toEqual([
      ['人物志', 1, 1],
      ['旧专题', 2, 3],
    ]);
    expect(list[1]).toMatchObject({ color: '#aa0000', deletedAt: expect.stringMatching(/^\d{4}-/) });

    value(restoreDeletedTag(again, { undoId: list[1]!.undoId }));
    expect(tagged(again, '旧专题')).toEqual([ids[0], ids[1]]);
    expect(tagged(again, '旧专题/子')).toEqual([ids[2]]);
    expect(findTag(again, '旧专题')).toMatchObject({ color: '#aa0000' });
    expect(value(listDeletedTags(again)).map((t) => t.name)).toEqual(['人物志']);
    again.close();
  });

  it('merges into a tag of the same name created since, keeping its colour and links', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '专题', articleIds: [ids[0]!, ids[1]!] }));
    const { undoId } = value(deleteTag(db, { tagId: findTag(db, '专题')!.id }));
    value(createTag(db, { name: '专题', color: '#00aa00' }));
    value(applyTag(db, { tag: '专题', articleIds: [ids[1]!, ids[2]!] }));
    const newer = findTag(db, '专题')!;

    const r = value(restoreDeletedTag(db, { undoId }));
    expect(r).toMatchObject({ merged: true, linksAdded: 1, tag: { id: newer.id, color: '#00aa00' } });
    expect(tagged(db, '专题')).toEqual([ids[0], ids[1], ids[2]]);
    expect(value(listTags(db)).filter((t) => t.name === '专题')).toHaveLength(1);
    expect(value(listDeletedTags(db))).toEqual([]);
    expect(restoreDeletedTag(db, { undoId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('does not offer a rename snapshot as a deleted tag', () => {
    const { db, ids } = archiveWithArticles();
    value(applyTag(db, { tag: '甲', articleIds: [ids[0]!] }));
    const { undoId } = value(renameTag(db, { tagId: findTag(db, '甲')!.id, name: '乙' }));
    expect(value(listDeletedTags(db))).toEqual([]);
    expect(restoreDeletedTag(db, { undoId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
