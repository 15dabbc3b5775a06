import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { contract } from '../../contract';
import { deleteArticle } from '../trash/move-to-trash';
import { discardDraft, listDrafts, saveDraft } from './drafts';
import { getSession, saveSession } from './editor-session';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

const correction = (headline: string) => ({
  kind: 'correction' as const,
  correction: {
    kicker: '',
    headline,
    subheadline: '',
    source: '',
    bylines: '记者:李彤',
    paragraphs: ['一', '二'],
  },
});

describe('drafts', () => {
  it('keeps the latest text of each form and lists an article’s drafts', () => {
    const { db, ids } = seedArchive();
    const [a, b] = ids as [number, number];
    saveDraft(
      db,
      { targetId: a, articleId: a, body: correction('初稿'), baseVersion: 1 },
      new Date('2026-01-01'),
    );
    saveDraft(
      db,
      { targetId: a, articleId: a, body: correction('改稿'), baseVersion: 1 },
      new Date('2026-01-02'),
    );
    saveDraft(db, { targetId: 7, articleId: a, body: { kind: 'note', note: '待核' }, baseVersion: null });
    saveDraft(db, { targetId: b, articleId: b, body: correction('别篇'), baseVersion: 1 });
    const mine = value(listDrafts(db, { articleId: a }));
    expect(mine.map((d) => d.body.kind).sort()).toEqual(['correction', 'note']);
    const fix = mine.find((d) => d.body.kind === 'correction');
    expect(fix?.body).toEqual(correction('改稿'));
    expect(fix?.updatedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(value(listDrafts(db, {}))).toHaveLength(3);
    // Listed with the article's headline, so a draft elsewhere can be found again.
    const headline = db.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(b);
    expect(value(listDrafts(db, {})).find((d) => d.articleId === b)?.headline).toBe(headline);
  });

  it('discards only the named draft, and says whether there was one', () => {
    const { db, ids } = seedArchive();
    const a = ids[0] as number;
    saveDraft(db, { targetId: a, articleId: a, body: correction('x'), baseVersion: 1 });
    saveDraft(db, { targetId: a, articleId: a, body: { kind: 'note', note: 'n' }, baseVersion: null });
    expect(value(discardDraft(db, { kind: 'correction', targetId: a }))).toEqual({ discarded: true });
    expect(value(discardDraft(db, { kind: 'correction', targetId: a }))).toEqual({ discarded: false });
    expect(value(listDrafts(db, { articleId: a })).map((d) => d.body.kind)).toEqual(['note']);
  });

  it('outlives its article going to the trash: nothing typed is dropped by a delete', () => {
    const { db, ids } = seedArchive();
    const a = ids[0] as number;
    saveDraft(db, { targetId: a, articleId: a, body: correction('留着'), baseVersion: 1 });
    expect(deleteArticle(db, { articleId: a }).ok).toBe(true);
    expect(value(listDrafts(db, { articleId: a }))).toHaveLength(1);
  });

  it('refuses a draft body that is not a form’s shape at the boundary', () => {
    const input = contract['drafts.save'].input;
    const base = { targetId: 1, articleId: 1, baseVersion: null };
    expect(
      input.safeParse({ ...base, body: { kind: 'correction', correction: { headline: 1 } } }).success,
    ).toBe(false);
    expect(input.safeParse({ ...base, body: { kind: 'note', note: 'x'.repeat(20_001) } }).success).toBe(
      false,
    );
    expect(input.safeParse({ ...base, body: { kind: 'note', note: '待核' } }).success).toBe(true);
  });
});

describe('editor session', () => {
  it('starts empty, then reopens the article and scroll position last saved', () => {
    const { db, ids } = seedArchive();
    expect(value(getSession(db))).toEqual({ articleId: null, scrollTop: 0 });
    saveSession(db, { articleId: ids[2] as number, scrollTop: 640 });
    expect(value(getSession(db))).toEqual({ articleId: ids[2], scrollTop: 640 });
  });

  it('forgets an article that no longer exists instead of failing to open it', () => {
    const { db } = seedArchive();
    saveSession(db, { articleId: 999_999, scrollTop: 10 });
    expect(value(getSession(db))).toEqual({ articleId: null, scrollTop: 0 });
  });
});
