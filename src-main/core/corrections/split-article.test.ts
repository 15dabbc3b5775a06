import { describe, expect, it } from 'vitest';
import { annotatedArchive, BODY } from '../../test-support/annotated-archive';
import { canonicalText } from '../annotations/article-text';
import { createAnnotation } from '../annotations/create-annotation';
import { listAnnotations } from '../annotations/list-annotations';
import { listLibrary } from '../pages/list-library';
import { redo, undo } from '../undo/undo-log';
import { mergeArticles } from './merge-articles';
import { splitArticle } from './split-article';

const TEXT = canonicalText(BODY);

function headlines(db: Parameters<typeof listLibrary>[0]) {
  const r = listLibrary(db);
  if (!r.ok) throw new Error('library failed');
  return r.value[0]!.articles.map((a) => [a.id, a.ordinal, a.headline]);
}
function active(db: Parameters<typeof listLibrary>[0]) {
  const r = listAnnotations(db, { view: 'active', limit: 100 });
  if (!r.ok) throw new Error('list failed');
  return r.value;
}

describe('split and merge', () => {
  it('splits at a paragraph, moves annotations with their text, and merge puts it all back', () => {
    const { db, ids } = annotatedArchive();
    const q = '恒羲光伏科技';
    const s = TEXT.indexOf(q);
    createAnnotation(db, { articleId: ids[0]!, start: s, end: s + q.length, exact: q, colour: 'pink' });
    createAnnotation(db, { articleId: ids[0]!, start: 0, end: 4, exact: TEXT.slice(0, 4), colour: 'blue' });

    const split = splitArticle(db, { articleId: ids[0]!, atParagraph: 2 });
    if (!split.ok) throw new Error('split failed');
    const newId = split.value.articleIds[1];
    expect(headlines(db)).toEqual([
      [ids[0], 0, '头条新闻'],
      [newId, 1, null],
      [ids[1], 2, '第二篇'],
      [ids[2], 3, '第三篇'],
    ]);
    expect(active(db).map((a) => [a.articleId, a.start, a.exact])).toEqual([
      [ids[0], 0, TEXT.slice(0, 4)],
      [newId, BODY[2]!.indexOf(q), q],
    ]);

    expect(mergeArticles(db, { articleId: ids[0]!, nextArticleId: newId })).toMatchObject({ ok: true });
    expect(headlines(db)).toEqual([
      [ids[0], 0, '头条新闻'],
      [ids[1], 1, '第二篇'],
      [ids[2], 2, '第三篇'],
    ]);
    expect(active(db).map((a) => [a.articleId, a.start, a.exact])).toEqual([
      [ids[0], 0, TEXT.slice(0, 4)],
      [ids[0], s, q],
    ]);
  });

  it('refuses to merge articles that are not neighbours, and undo restores a merged article', () => {
    const { db, ids } = annotatedArchive();
    expect(mergeArticles(db, { articleId: ids[0]!, nextArticleId: ids[2]! })).toMatchObject({
      error: { code: 'invalid-input' },
    });
    createAnnotation(db, { articleId: ids[1]!, start: 0, end: 2, exact: '第二', colour: 'yellow' });
    const tag = db
      .prepare(`INSERT INTO tags (name, color, created_at) VALUES ('经济', '#aa0000', 'now')`)
      .run();
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(
      ids[1],
      tag.lastInsertRowid,
    );
    expect(mergeArticles(db, { articleId: ids[0]!, nextArticleId: ids[1]! })).toMatchObject({ ok: true });
    expect(active(db)[0]).toMatchObject({ articleId: ids[0], exact: '第二', start: TEXT.length + 2 });
    const tagged = db.prepare('SELECT article_id FROM article_tags ORDER BY article_id').pluck();
    expect(tagged.all()).toEqual([ids[0]]);
    expect(undo(db)).toMatchObject({ ok: true, value: { label: 'article.merge' } });
    expect(headlines(db).map((h) => h[2])).toEqual(['头条新闻', '第二篇', '第三篇']);
    expect(active(db)[0]).toMatchObject({ articleId: ids[1], exact: '第二', start: 0 });
    // The tag merge copied onto the first article goes with the merge; the second gets its own back.
    expect(tagged.all()).toEqual([ids[1]]);
    expect(redo(db)).toMatchObject({ ok: true, value: { label: 'article.merge' } });
    expect(tagged.all()).toEqual([ids[0]]);
  });

  it('undoing a merge keeps tags the first article had before and tags set after it', () => {
    const { db, ids } = annotatedArchive();
    const tag = (name: string) =>
      Number(
        db.prepare(`INSERT INTO tags (name, color, created_at) VALUES (?, '#aa0000', 'now')`).run(name)
          .lastInsertRowid,
      );
    const [both, second, later] = [tag('两篇都有'), tag('第二篇的'), tag('合并后加的')];
    const link = db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    link.run(ids[0], both);
    link.run(ids[1], both);
    link.run(ids[1], second);
    expect(mergeArticles(db, { articleId: ids[0]!, nextArticleId: ids[1]! })).toMatchObject({ ok: true });
    link.run(ids[0], later);
    expect(undo(db)).toMatchObject({ ok: true, value: { label: 'article.merge' } });
    const links = db
      .prepare('SELECT article_id, tag_id FROM article_tags ORDER BY article_id, tag_id')
      .raw()
      .all();
    expect(links).toEqual([
      [ids[0], both],
      [ids[0], later],
      [ids[1], both],
      [ids[1], second],
    ]);
  });

  it('refuses a split point outside the article', () => {
    const { db, ids } = annotatedArchive();
    expect(splitArticle(db, { articleId: ids[0]!, atParagraph: 3 })).toMatchObject({
      error: { code: 'invalid-input' },
    });
  });
});
