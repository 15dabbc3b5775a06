import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { correctArticle } from '../corrections/correct-article';
import { splitArticle } from '../corrections/split-article';
import type { Db } from '../db/db';
import { updatePageMeta } from '../pages/update-page-meta';
import { undo } from '../undo/undo-log';
import { bylineReport } from './byline-report';
import { listPeople } from './list-people';
import { mergePeople, splitPerson } from './merge-people';
import { undoPeopleChange } from './people-undo';
import { personPieces } from './person-pieces';
import { unsignedPieces } from './unsigned-pieces';

function piecesOf(db: Db, filters = {}): Record<string, number> {
  const r = bylineReport(db, filters);
  if (!r.ok) throw new Error(r.error.code);
  return Object.fromEntries(r.value.people.map((p) => [p.name, p.pieces]));
}

const personId = (db: Db, name: string): number =>
  db.prepare('SELECT person_id FROM person_names WHERE name = ?').pluck().get(name) as number;

/** The seed page (ids in page order) with 朱文君's second piece signed 朱文军 — an OCR slip. */
function withSlip(): { db: Db; ids: number[] } {
  const seeded = seedArchive();
  const r = correctArticle(seeded.db, {
    articleId: seeded.ids[2]!,
    bylines: [{ role: '本报记者', name: '朱 文军' }],
  });
  if (!r.ok) throw new Error(r.error.code);
  return seeded;
}

describe('people index', () => {
  it('a corrected byline changes the counts at once, role words folded', () => {
    const { db } = withSlip();
    expect(piecesOf(db)).toMatchObject({ 朱文君: 1, 朱文军: 1 });
    expect(bylineReport(db, {}).ok && bylineReport(db, {})).toMatchObject({
      value: {
        people: expect.arrayContaining([expect.objectContaining({ name: '朱文军', roles: { 记者: 1 } })]),
      },
    });
  });

  it('merging aliases counts them as one person; undo separates them again', () => {
    const { db } = withSlip();
    const merged = mergePeople(db, { sourceIds: [personId(db, '朱文军')], targetId: personId(db, '朱文君') });
    if (!merged.ok) throw new Error(merged.error.code);
    expect(merged.value.person).toMatchObject({ name: '朱文君', pieces: 2 });
    expect(piecesOf(db)).toMatchObject({ 朱文君: 2 });
    expect(piecesOf(db)).not.toHaveProperty('朱文军');
    const report = bylineReport(db, {});
    expect(report.ok && report.value.people[0]).toMatchObject({ name: '朱文君', aliases: ['朱文军'] });
    const page = personPieces(db, { personId: personId(db, '朱文君') });
    expect(page.ok && page.value.total).toBe(2);
    expect(page.ok && page.value.pieces.map((p) => p.roles)).toEqual([['记者'], ['记者']]);

    expect(undoPeopleChange(db, { undoId: merged.value.undoId })).toMatchObject({ ok: true });
    expect(piecesOf(db)).toMatchObject({ 朱文君: 1, 朱文军: 1 });
    // The undo is spent: a second one finds nothing.
    expect(undoPeopleChange(db, { undoId: merged.value.undoId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('a merge survives a later correction: a re-signed piece joins the same person', () => {
    const { db, ids } = withSlip();
    mergePeople(db, { sourceIds: [personId(db, '朱文军')], targetId: personId(db, '朱文君') });
    correctArticle(db, { articleId: ids[1]!, bylines: [{ role: '记者', name: '朱文军' }] });
    expect(piecesOf(db)).toMatchObject({ 朱文君: 3 });
    expect(piecesOf(db)).not.toHaveProperty('李彤');
  });

  it('splits a wrongly merged alias off, with undo; the main name cannot leave', () => {
    const { db } = withSlip();
    const target = personId(db, '朱文君');
    mergePeople(db, { sourceIds: [personId(db, '朱文军')], targetId: target });
    expect(splitPerson(db, { personId: target, name: '朱文君' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(splitPerson(db, { personId: target, name: '李彤' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const split = splitPerson(db, { personId: target, name: '朱 文军' });
    if (!split.ok) throw new Error(split.error.code);
    expect(split.value.person).toMatchObject({ name: '朱文军', pieces: 1 });
    expect(piecesOf(db)).toMatchObject({ 朱文君: 1, 朱文军: 1 });
    undoPeopleChange(db, { undoId: split.value.undoId });
    expect(piecesOf(db)).toMatchObject({ 朱文君: 2 });
  });

  it('refuses an undo when the people changed since (later merge), keeping both merges', () => {
    const { db } = withSlip();
    const first = mergePeople(db, { sourceIds: [personId(db, '朱文军')], targetId: personId(db, '朱文君') });
    const second = mergePeople(db, { sourceIds: [personId(db, '李彤')], targetId: personId(db, '朱文君') });
    if (!first.ok || !second.ok) throw new Error('merge failed');
    expect(undoPeopleChange(db, { undoId: first.value.undoId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(piecesOf(db)).toMatchObject({ 朱文君: 3 });
    expect(undoPeopleChange(db, { undoId: second.value.undoId }).ok).toBe(true);
    expect(undoPeopleChange(db, { undoId: first.value.undoId }).ok).toBe(true);
    expect(piecesOf(db)).toMatchObject({ 朱文君: 1, 朱文军: 1, 李彤: 1 });
  });

  it('rejects merging a person into itself or an unknown person', () => {
    const { db } = seedArchive();
    const id = personId(db, '李彤');
    expect(mergePeople(db, { sourceIds: [id], targetId: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(mergePeople(db, { sourceIds: [9999], targetId: id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lists people by pieces and finds them by any name, Traditional or spaced', () => {
    const { db } = withSlip();
    mergePeople(db, { sourceIds: [personId(db, '朱文军')], targetId: personId(db, '朱文君') });
    const all = listPeople(db, {});
    expect(all.ok && all.value.people.map((p) => p.name)[0]).toBe('朱文君');
    expect(all.ok && all.value.total).toBe(5);
    expect(listPeople(db, { query: '文军' })).toMatchObject({
      ok: true,
      value: { total: 1, people: [{ name: '朱文君' }] },
    });
    expect(listPeople(db, { query: '陸 薇' })).toMatchObject({
      ok: true,
      value: { total: 1, people: [{ name: '陆薇' }] },
    });
  });

  it('page details flow in: a date and 版次 set later put the pieces in that month and on the front page', () => {
    const { db } = seedArchive();
    const pageId = db.prepare('SELECT id FROM pages').pluck().get() as number;
    expect(piecesOf(db, { from: '2024-07-01', to: '2024-07-31' })).toEqual({});
    updatePageMeta(db, { pageId, meta: { date: '2024-07-10', pageLabel: 'A1' } });
    const july = bylineReport(db, { from: '2024-07-01', to: '2024-07-31' });
    expect(july.ok && july.value.people.find((p) => p.name === '朱文君')).toMatchObject({
      pieces: 2,
      frontPage: 2,
      byMonth: { '2024-07': 2 },
    });
    // A partial month (days read from the byline rows) agrees with the whole month.
    expect(piecesOf(db, { from: '2024-07-10', to: '2024-07-10' })).toEqual(
      piecesOf(db, { from: '2024-07-01', to: '2024-07-31' }),
    );
    expect(piecesOf(db, { from: '2024-07-11', to: '2024-08-31' })).toEqual({});
  });

  it('counts and lists pieces without a byline; a split piece and its undo follow', () => {
    const { db, ids } = seedArchive();
    correctArticle(db, { articleId: ids[1]!, bylines: [] });
    expect(bylineReport(db, {})).toMatchObject({ ok: true, value: { unsigned: 1 } });
    expect(unsignedPieces(db, { filters: {} })).toMatchObject({
      ok: true,
      value: { total: 1, pieces: [{ articleId: ids[1] }] },
    });
    expect(piecesOf(db)).not.toHaveProperty('李彤');
    undo(db);
    expect(piecesOf(db)).toMatchObject({ 李彤: 1 });
    // Splitting 朱文君's first piece leaves the byline on the first part: the second is unsigned.
    const split = splitArticle(db, { articleId: ids[0]!, atParagraph: 2 });
    if (!split.ok) throw new Error(split.error.code);
    expect(piecesOf(db)).toMatchObject({ 朱文君: 2 });
    expect(unsignedPieces(db, { filters: {} })).toMatchObject({
      ok: true,
      value: { total: 1, pieces: [{ articleId: split.value.articleIds[1] }] },
    });
    undo(db);
    expect(bylineReport(db, {})).toMatchObject({ ok: true, value: { unsigned: 0 } });
  });

  it('filters by role and kind; characters split evenly or in full', () => {
    const { db } = seedArchive();
    expect(piecesOf(db, { role: '通讯员' })).toEqual({ 陈尔灿: 1 });
    expect(piecesOf(db, { kind: 'photo' })).toEqual({ 翟慧勇: 1 });
    const split = bylineReport(db, {});
    const full = bylineReport(db, { chars: 'full' });
    const chars = (r: typeof split, name: string) =>
      r.ok ? r.value.people.find((p) => p.name === name)?.chars : -1;
    // 207 characters shared by two: 103.5 each, rounded.
    expect(chars(full, '陆薇')).toBe(207);
    expect(chars(split, '陆薇')).toBe(104);
    expect(chars(full, '朱文君')).toBe(chars(split, '朱文君'));
    expect(bylineReport(db, { from: '2024-08-01', to: '2024-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('person: search', () => {
  it('finds the pieces of a person under every merged name, Traditional or spaced', async () => {
    const { searchArticles } = await import('../search/search-articles');
    const { db } = withSlip();
    const total = (q: string) => {
      const r = searchArticles(db, { query: q });
      return r.ok ? r.value.total : r.error.code;
    };
    expect(total('person:朱文君')).toBe(1);
    mergePeople(db, { sourceIds: [personId(db, '朱文军')], targetId: personId(db, '朱文君') });
    expect(total('person:朱文君')).toBe(2);
    expect(total('人物:"朱 文军"')).toBe(2);
    expect(total('person:陸薇')).toBe(1);
    expect(total('person:朱文君 -person:陆薇')).toBe(2);
    expect(total('person:无此人')).toBe(0);
    expect(total('kind:photo -person:翟慧勇')).toBe(0);
  });
});
