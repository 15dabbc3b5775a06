import { describe, expect, it } from 'vitest';
import { annotatedArchive, BODY } from '../../test-support/annotated-archive';
import { undo } from '../undo/undo-log';
import { canonicalText } from './article-text';
import { createAnnotation } from './create-annotation';
import { listAnnotations } from './list-annotations';
import { reattachAnnotation } from './reattach-annotation';
import { deleteAnnotation, restoreAnnotation } from './trash-annotation';
import { updateAnnotation } from './update-annotation';

const TEXT = canonicalText(BODY);
const phrase = '产业链、创新链';
const at = TEXT.indexOf(phrase);
const list = (
  db: Parameters<typeof listAnnotations>[0],
  extra: Partial<Parameters<typeof listAnnotations>[1]> = {},
) => listAnnotations(db, { view: 'active', limit: 100, ...extra });

describe('annotations', () => {
  it('creates a highlight with W3C selectors on the canonical text', () => {
    const { db, ids } = annotatedArchive();
    const r = createAnnotation(db, {
      articleId: ids[0]!,
      start: at,
      end: at + phrase.length,
      exact: phrase,
      colour: 'green',
      note: '要点\n第二行',
    });
    expect(r.ok && r.value).toMatchObject({
      exact: phrase,
      prefix: TEXT.slice(at - 32, at),
      suffix: TEXT.slice(at + phrase.length, at + phrase.length + 32),
      textVersion: 1,
      status: 'anchored',
      note: '要点\n第二行',
      headline: '头条新闻',
    });
  });

  it('refuses a selection whose quote does not match the stored text', () => {
    const { db, ids } = annotatedArchive();
    expect(
      createAnnotation(db, { articleId: ids[0]!, start: at, end: at + 3, exact: '不对的', colour: 'yellow' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      createAnnotation(db, { articleId: 999, start: 0, end: 1, exact: 'x', colour: 'yellow' }),
    ).toMatchObject({
      error: { code: 'not-found' },
    });
  });

  it('edits, trashes and restores; list filters by view, colour and normalised text', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, {
      articleId: ids[0]!,
      start: at,
      end: at + phrase.length,
      exact: phrase,
      colour: 'green',
    });
    const b = createAnnotation(db, {
      articleId: ids[0]!,
      start: 0,
      end: 4,
      exact: TEXT.slice(0, 4),
      colour: 'pink',
      note: 'PM_{2.5} 數據',
    });
    if (!a.ok || !b.ok) throw new Error('create failed');
    expect(updateAnnotation(db, { id: a.value.id, note: '改过' })).toMatchObject({
      value: { note: '改过', colour: 'green' },
    });
    // Text order in the article, whatever the creation order.
    expect(list(db).ok && (list(db) as { value: { id: number }[] }).value.map((x) => x.id)).toEqual([
      b.value.id,
      a.value.id,
    ]);
    expect((list(db, { colour: 'pink' }) as { value: unknown[] }).value).toHaveLength(1);
    // Search goes through the search normaliser: PM2.5 finds PM_{2.5}, 数据 finds 數據.
    expect((list(db, { text: 'pm2.5 数据' }) as { value: { id: number }[] }).value.map((x) => x.id)).toEqual([
      b.value.id,
    ]);
    expect((list(db, { text: '创新链' }) as { value: { id: number }[] }).value.map((x) => x.id)).toEqual([
      a.value.id,
    ]);

    deleteAnnotation(db, { id: a.value.id });
    expect((list(db) as { value: unknown[] }).value).toHaveLength(1);
    expect((list(db, { view: 'trash' }) as { value: { id: number }[] }).value.map((x) => x.id)).toEqual([
      a.value.id,
    ]);
    restoreAnnotation(db, { id: a.value.id });
    expect((list(db) as { value: unknown[] }).value).toHaveLength(2);
  });

  it('undo brings a deleted note back', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, {
      articleId: ids[0]!,
      start: at,
      end: at + phrase.length,
      exact: phrase,
      colour: 'blue',
      note: '批注',
    });
    if (!a.ok) throw new Error('create failed');
    updateAnnotation(db, { id: a.value.id, note: '' });
    expect(undo(db)).toMatchObject({ ok: true, value: { label: 'annotations.update' } });
    expect((list(db) as { value: { note: string }[] }).value[0]?.note).toBe('批注');
  });

  it('re-attaches an annotation to a new selection, in another article too', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, {
      articleId: ids[0]!,
      start: at,
      end: at + phrase.length,
      exact: phrase,
      colour: 'blue',
    });
    if (!a.ok) throw new Error('create failed');
    db.prepare(`UPDATE annotations SET status = 'orphan'`).run();
    expect((list(db, { view: 'orphans' }) as { value: unknown[] }).value).toHaveLength(1);
    const r = reattachAnnotation(db, { id: a.value.id, articleId: ids[1]!, start: 0, end: 2, exact: '第二' });
    expect(r).toMatchObject({
      ok: true,
      value: { articleId: ids[1], status: 'anchored', exact: '第二', prefix: '' },
    });
  });

  it('filters by tag through the tags module’s annotation_tags links', () => {
    const { db, ids } = annotatedArchive();
    const a = createAnnotation(db, {
      articleId: ids[0]!,
      start: at,
      end: at + phrase.length,
      exact: phrase,
      colour: 'green',
    });
    createAnnotation(db, { articleId: ids[0]!, start: 0, end: 2, exact: TEXT.slice(0, 2), colour: 'green' });
    if (!a.ok) throw new Error('create failed');
    const tagId = Number(
      db.prepare(`INSERT INTO tags (name, color, created_at) VALUES ('经济', '#aa0000', 'now')`).run()
        .lastInsertRowid,
    );
    db.prepare('INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)').run(a.value.id, tagId);
    expect((list(db, { tagId }) as { value: { id: number }[] }).value.map((x) => x.id)).toEqual([a.value.id]);
  });
});
