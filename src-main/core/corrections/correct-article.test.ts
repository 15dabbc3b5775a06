import { describe, expect, it } from 'vitest';
import { annotatedArchive, BODY } from '../../test-support/annotated-archive';
import { canonicalText } from '../annotations/article-text';
import { createAnnotation } from '../annotations/create-annotation';
import { listAnnotations } from '../annotations/list-annotations';
import { getArticle } from '../pages/get-article';
import { storePage } from '../pages/store-page';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { redo, undo } from '../undo/undo-log';
import { articleHistory } from './article-history';
import { correctArticle } from './correct-article';
import { revertArticle } from './revert-article';

const TEXT = canonicalText(BODY);
const phrase = '产业链、创新链';
const at = TEXT.indexOf(phrase);

function setup() {
  const { db, ids } = annotatedArchive();
  const id = ids[0]!;
  const a = createAnnotation(db, {
    articleId: id,
    start: at,
    end: at + phrase.length,
    exact: phrase,
    colour: 'green',
    note: '注',
  });
  if (!a.ok) throw new Error('create failed');
  return { db, id, annotationId: a.value.id };
}
const annotationsOf = (db: ReturnType<typeof setup>['db'], view: 'active' | 'orphans' = 'active') => {
  const r = listAnnotations(db, { view, limit: 100 });
  if (!r.ok) throw new Error('list failed');
  return r.value;
};

describe('correctArticle', () => {
  it('writes the corrected text to the article, keeps the parsed original and moves the highlight', () => {
    const { db, id } = setup();
    const fixed = [BODY[0]!.replace('吴新明', '吴新民'), '前文:' + BODY[1]!, BODY[2]!];
    expect(correctArticle(db, { articleId: id, paragraphs: fixed, headline: '新标题' })).toMatchObject({
      ok: true,
      value: { articleId: id, textVersion: 2, anchored: 1, orphaned: 0 },
    });
    expect(getArticle(db, { id })).toMatchObject({ value: { paragraphs: fixed, headline: '新标题' } });
    const [a] = annotationsOf(db);
    const text = canonicalText(fixed);
    expect(a).toMatchObject({ exact: phrase, start: text.indexOf(phrase), textVersion: 2 });
    const history = articleHistory(db, { articleId: id });
    expect(history).toMatchObject({
      value: {
        textVersion: 2,
        corrected: true,
        versions: [
          { version: 1, reason: 'parsed', paragraphs: BODY, headline: '头条新闻' },
          { version: 2, reason: 'correction', paragraphs: fixed },
        ],
      },
    });
  });

  it('orphans a highlight whose words were deleted, and a revert brings it back', () => {
    const { db, id } = setup();
    correctArticle(db, { articleId: id, paragraphs: [BODY[0]!, '近年来合作增多。', BODY[2]!] });
    expect(annotationsOf(db)).toHaveLength(0);
    expect(annotationsOf(db, 'orphans')).toMatchObject([{ exact: phrase, status: 'orphan' }]);
    expect(revertArticle(db, { articleId: id, version: 1 })).toMatchObject({
      value: { textVersion: 3, anchored: 1 },
    });
    expect(annotationsOf(db)).toMatchObject([{ exact: phrase, start: at }]);
  });

  it('is a no-op without changes and reports unknown articles', () => {
    const { db, id } = setup();
    expect(correctArticle(db, { articleId: id, paragraphs: BODY })).toMatchObject({
      value: { textVersion: 1 },
    });
    expect(articleHistory(db, { articleId: id })).toMatchObject({
      value: { corrected: false, versions: [] },
    });
    expect(correctArticle(db, { articleId: 999, headline: 'x' })).toMatchObject({
      error: { code: 'not-found' },
    });
  });

  it('undo restores text, history and annotation positions exactly; redo re-applies', () => {
    const { db, id } = setup();
    const before = annotationsOf(db);
    correctArticle(db, { articleId: id, paragraphs: ['插入一句。' + BODY[0]!, BODY[1]!, BODY[2]!] });
    const after = annotationsOf(db);
    expect(after[0]!.start).toBe(at + 5);
    expect(undo(db)).toMatchObject({ ok: true, value: { label: 'article.correct', articleIds: [id] } });
    expect(getArticle(db, { id })).toMatchObject({ value: { paragraphs: BODY } });
    expect(annotationsOf(db)).toEqual(before);
    expect(articleHistory(db, { articleId: id })).toMatchObject({ value: { versions: [] } });
    expect(redo(db)).toMatchObject({ ok: true });
    expect(annotationsOf(db)).toEqual(after);
  });

  it('corrects the source label, keeps the old one in history, and a revert brings it back', () => {
    const { db, id } = setup();
    expect(getArticle(db, { id })).toMatchObject({ value: { source: '晚报讯' } });
    expect(correctArticle(db, { articleId: id, source: '本报讯' })).toMatchObject({
      value: { textVersion: 2 },
    });
    expect(getArticle(db, { id })).toMatchObject({ value: { source: '本报讯', paragraphs: BODY } });
    expect(articleHistory(db, { articleId: id })).toMatchObject({
      value: {
        versions: [
          { version: 1, reason: 'parsed', source: '晚报讯' },
          { version: 2, reason: 'correction', source: '本报讯' },
        ],
      },
    });
    revertArticle(db, { articleId: id, version: 1 });
    expect(getArticle(db, { id })).toMatchObject({ value: { source: '晚报讯' } });
  });

  it('a re-import that changes an uncorrected article records the old text and a reimport version', () => {
    const { db, ids } = annotatedArchive();
    const id = ids[1]!;
    const again = sampleOutcome('sample.txt', ['头条新闻', '第二篇', '第三篇']);
    again.parsed.articles[0]!.paragraphs = [...BODY];
    again.parsed.articles[1]!.paragraphs = ['第二篇的正文,重新识别。'];
    storePage(db, new TextEncoder().encode('v2'), again, new Date('2024-07-12T08:00:00Z'));
    expect(getArticle(db, { id })).toMatchObject({ value: { paragraphs: ['第二篇的正文,重新识别。'] } });
    expect(articleHistory(db, { articleId: id })).toMatchObject({
      value: {
        textVersion: 2,
        corrected: false,
        versions: [
          { version: 1, reason: 'parsed', paragraphs: ['第二篇的正文。'] },
          { version: 2, reason: 'reimport', paragraphs: ['第二篇的正文,重新识别。'] },
        ],
      },
    });
    // Unchanged articles on the same page get no history.
    expect(articleHistory(db, { articleId: ids[0]! })).toMatchObject({ value: { versions: [] } });
  });

  it('refuses to undo over a change made outside the log', () => {
    const { db, id } = setup();
    correctArticle(db, { articleId: id, headline: '甲' });
    db.prepare('UPDATE articles SET headline = ? WHERE id = ?').run('外部修改', id);
    expect(undo(db)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(getArticle(db, { id })).toMatchObject({ value: { headline: '外部修改' } });
  });
});
