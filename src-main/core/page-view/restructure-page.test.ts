import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../annotations/article-text';
import { createAnnotation } from '../annotations/create-annotation';
import { listAnnotations } from '../annotations/list-annotations';
import { articleHistory } from '../corrections/article-history';
import { correctArticle } from '../corrections/correct-article';
import { mergeArticles } from '../corrections/merge-articles';
import { splitArticle } from '../corrections/split-article';
import { openArchive } from '../db/open';
import type { Db } from '../db/db';
import { importSources } from '../pages/import-files';
import { applyTag } from '../tags/apply-tag';
import { clearHistory, redo, undo } from '../undo/undo-log';
import { pageLayout } from './page-layout';
import { restructurePage } from './restructure-page';

export const SPLIT_PAGE = '南通晚报_2024-07-12_A2.txt';
const bytes = readFileSync(join(__dirname, 'fixtures', SPLIT_PAGE));
const SUBHEAD = '人才引进成效明显';
const PHRASE = '上半年新引进各类人才一千余名';

function archive(): { db: Db; pageId: number } {
  const { db } = openArchive(':memory:');
  clearHistory(db);
  importSources(db, [{ name: SPLIT_PAGE, bytes }]);
  return { db, pageId: db.prepare('SELECT id FROM pages').pluck().get() as number };
}

const headlines = (db: Db): (string | null)[] =>
  db.prepare('SELECT headline FROM articles ORDER BY ordinal').pluck().all() as (string | null)[];

function layout(db: Db, pageId: number) {
  const r = pageLayout(db, { pageId });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

function lineNo(db: Db, pageId: number, text: string): number {
  const line = layout(db, pageId).lines.find((l) => l.text === text);
  if (!line) throw new Error(`no line ${text}`);
  return line.no;
}

function highlight(db: Db, articleId: number, phrase: string) {
  const paragraphs = JSON.parse(
    db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(articleId) as string,
  ) as string[];
  const start = canonicalText(paragraphs).indexOf(phrase);
  const r = createAnnotation(db, {
    articleId,
    start,
    end: start + phrase.length,
    exact: phrase,
    colour: 'yellow',
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

function annotationText(db: Db, id: number): { articleId: number; quote: string; status: string } {
  const all = listAnnotations(db, { view: 'active', limit: 100 });
  if (!all.ok) throw new Error('list');
  const n = all.value.find((a) => a.id === id);
  if (!n) throw new Error('gone');
  const paragraphs = JSON.parse(
    db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(n.articleId) as string,
  ) as string[];
  return { articleId: n.articleId, quote: canonicalText(paragraphs).slice(n.start, n.end), status: n.status };
}

describe('page layout', () => {
  it('numbers every line with its article and role, and puts each warning on its line', () => {
    const { db, pageId } = archive();
    const view = layout(db, pageId);
    const byText = (t: string) => view.lines.find((l) => l.text === t);
    expect(byText('南通晚报')).toMatchObject({ no: 1, articleId: null, role: 'furniture' });
    expect(byText('沿江科创带建设提速')).toMatchObject({ no: 5, role: 'headline' });
    const subhead = byText(SUBHEAD);
    expect(subhead).toMatchObject({ no: 7, role: 'headline' });
    expect(subhead?.warnings[0]).toContain('第7行');
    expect(subhead?.articleId).not.toBe(byText('沿江科创带建设提速')?.articleId);
    expect(byText('记者 陈晓燕')).toMatchObject({ role: 'byline', articleId: subhead?.articleId });
    expect(view.lines.find((l) => l.text.startsWith('本报讯'))?.role).toBe('body');
    expect(view.warnings).toEqual([{ text: expect.stringContaining('第7行') as string, line: 7 }]);
    expect(view.editable).toBe(true);
    expect(view.pdf).toBeNull();
  });
});

describe('structure edits', () => {
  it('setting a fake headline to 正文 makes the article whole in one edit; a highlight stays on its words', () => {
    const { db, pageId } = archive();
    const [first, fake, third] = db
      .prepare('SELECT id FROM articles ORDER BY ordinal')
      .pluck()
      .all() as number[];
    const note = highlight(db, fake!, PHRASE);
    const tag = applyTag(db, { articleIds: [fake!], tag: '人才' });
    if (!tag.ok) throw new Error('tag');

    const r = restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, SUBHEAD)],
      action: { type: 'role', role: 'body' },
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.articleIds).toEqual([first, third]);
    expect(headlines(db)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);
    const whole = JSON.parse(
      db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(first) as string,
    ) as string[];
    expect(whole[1]).toBe(SUBHEAD);
    expect(whole).toHaveLength(4);
    expect(db.prepare('SELECT bylines FROM articles WHERE id = ?').pluck().get(first)).toContain('陈晓燕');
    expect(annotationText(db, note.id)).toEqual({ articleId: first, quote: PHRASE, status: 'anchored' });
    expect(db.prepare('SELECT tag_id FROM article_tags WHERE article_id = ?').pluck().all(first)).toEqual([
      tag.value.tag.id,
    ]);
    // The untouched article is the very same row, and the page's doubt about line 7 is settled.
    expect(db.prepare('SELECT text_version FROM articles WHERE id = ?').pluck().get(third)).toBe(1);
    expect(layout(db, pageId).warnings).toEqual([]);
    const history = articleHistory(db, { articleId: first! });
    if (!history.ok) throw new Error('history');
    expect(history.value.versions.map((v) => v.reason)).toEqual(['parsed', 'structure']);

    // One undo restores the split, the highlight on its words in the second article, the warning.
    const back = undo(db);
    expect(back.ok && back.value?.label).toBe('pages.restructure');
    expect(headlines(db)).toEqual(['沿江科创带建设提速', SUBHEAD, '市民公园完成改造']);
    expect(annotationText(db, note.id)).toEqual({ articleId: fake, quote: PHRASE, status: 'anchored' });
    expect(layout(db, pageId)).toMatchObject({ decisions: 0, warnings: [{ line: 7 }] });
    redo(db);
    expect(headlines(db)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);
    expect(layout(db, pageId).decisions).toBe(1);
  });

  it('并入上一篇, 从这里开始新文章 and 移到文章… rebuild only the articles they touch', () => {
    const { db, pageId } = archive();
    const merged = restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, SUBHEAD), lineNo(db, pageId, SUBHEAD) + 1],
      action: { type: 'merge' },
    });
    expect(merged.ok).toBe(true);
    expect(headlines(db)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);

    const next = lineNo(db, pageId, '下一步，新区将继续优化营商环境，推动更多项目早落地、早投产。');
    const started = restructurePage(db, { pageId, lines: [next], action: { type: 'start' } });
    if (!started.ok) throw new Error(started.error.code);
    expect(started.value.articleIds).toHaveLength(3);
    expect(started.value.changed).toHaveLength(2);
    const tail = started.value.articleIds[1]!;
    expect(db.prepare('SELECT headline, bylines FROM articles WHERE id = ?').get(tail)).toEqual({
      headline: null,
      bylines: JSON.stringify([{ role: '记者', name: '陈晓燕' }]),
    });

    const park = started.value.articleIds[2]!;
    const moved = restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, '记者 陈晓燕')],
      action: { type: 'move', articleId: park },
    });
    expect(moved.ok).toBe(true);
    expect(db.prepare('SELECT bylines FROM articles WHERE id = ?').pluck().get(park)).toContain('陈晓燕');
    expect(db.prepare('SELECT bylines FROM articles WHERE id = ?').pluck().get(tail)).toBe('[]');
  });

  it('a role per line: 副题 and 版面杂项', () => {
    const { db, pageId } = archive();
    const r = restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, '记者 陈晓燕')],
      action: { type: 'role', role: 'furniture' },
    });
    expect(r.ok).toBe(true);
    expect(db.prepare("SELECT count(*) FROM articles WHERE bylines LIKE '%陈晓燕%'").pluck().get()).toBe(0);
    expect(layout(db, pageId).lines.find((l) => l.text === '记者 陈晓燕')).toMatchObject({
      articleId: null,
      role: 'furniture',
    });
    const sub = restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, SUBHEAD)],
      action: { type: 'role', role: 'subheadline' },
    });
    expect(sub.ok).toBe(true);
    expect(db.prepare('SELECT subheadline FROM articles WHERE ordinal = 1').pluck().get()).toBe(SUBHEAD);
  });

  it('an article an editor corrected and the edit rebuilds is counted; the correction stays in its history', () => {
    const { db, pageId } = archive();
    const [first] = db.prepare('SELECT id FROM articles ORDER BY ordinal').pluck().all() as number[];
    const fixed = correctArticle(db, { articleId: first!, headline: '沿江科创带建设全面提速' });
    expect(fixed.ok).toBe(true);
    const r = restructurePage(db, { pageId, lines: [7], action: { type: 'role', role: 'body' } });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.correctedRebuilt).toBe(1);
    const history = articleHistory(db, { articleId: first! });
    if (!history.ok) throw new Error('history');
    expect(history.value.versions.map((v) => [v.reason, v.headline])).toEqual([
      ['parsed', '沿江科创带建设提速'],
      ['correction', '沿江科创带建设全面提速'],
      ['structure', '沿江科创带建设提速'],
    ]);
    expect(history.value.corrected).toBe(false);
  });

  it('a highlight whose words leave every article becomes an orphan, never lost or misplaced; undo brings it back', () => {
    const { db, pageId } = archive();
    const fake = db.prepare('SELECT id FROM articles WHERE ordinal = 1').pluck().get() as number;
    const note = highlight(db, fake, PHRASE);
    const line = layout(db, pageId).lines.find((l) => l.text.includes(PHRASE))!.no;
    const r = restructurePage(db, { pageId, lines: [line], action: { type: 'role', role: 'furniture' } });
    expect(r.ok).toBe(true);
    const orphans = listAnnotations(db, { view: 'orphans', limit: 10 });
    expect(orphans.ok && orphans.value.map((a) => [a.id, a.exact])).toEqual([[note.id, PHRASE]]);
    expect(db.prepare('SELECT paragraphs FROM articles').pluck().all().join('')).not.toContain(PHRASE);
    undo(db);
    expect(annotationText(db, note.id)).toEqual({ articleId: fake, quote: PHRASE, status: 'anchored' });
  });

  it("an editor's own split and merge elsewhere on the page stand: nothing is re-created or dropped", () => {
    const { db, pageId } = archive();
    const [first, fake, third] = db
      .prepare('SELECT id FROM articles ORDER BY ordinal')
      .pluck()
      .all() as number[];
    const split = splitArticle(db, { articleId: fake!, atParagraph: 1 });
    if (!split.ok) throw new Error(split.error.code);
    const tail = split.value.articleIds[1];
    const r = restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, '市民公园完成改造')],
      action: { type: 'role', role: 'subheadline' },
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.articleIds).toEqual([first, fake, tail, third]);
    expect(r.value.changed).toEqual([third]);
    expect(db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(tail)).toContain('下一步');

    const { db: db2, pageId: page2 } = archive();
    const [a, b, c] = db2.prepare('SELECT id FROM articles ORDER BY ordinal').pluck().all() as number[];
    expect(mergeArticles(db2, { articleId: a!, nextArticleId: b! }).ok).toBe(true);
    const merged = restructurePage(db2, {
      pageId: page2,
      lines: [lineNo(db2, page2, '市民公园完成改造')],
      action: { type: 'role', role: 'subheadline' },
    });
    if (!merged.ok) throw new Error(merged.error.code);
    expect(merged.value.articleIds).toEqual([a, c]);
    expect(db2.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(a)).toContain('下一步');
  });

  it('refuses blank lines and PDF pages, and names an unknown page', () => {
    const { db, pageId } = archive();
    const blank = restructurePage(db, { pageId, lines: [4], action: { type: 'start' } });
    expect(blank.ok ? null : blank.error.code).toBe('invalid-input');
    const none = restructurePage(db, { pageId: 999, lines: [1], action: { type: 'start' } });
    expect(none.ok ? null : none.error.code).toBe('not-found');
    db.prepare(
      'INSERT INTO page_pdf (page_id, pdf_sha256, page_no, width, height) VALUES (?, ?, 1, 100, 100)',
    ).run(pageId, 'x');
    const pdf = restructurePage(db, { pageId, lines: [7], action: { type: 'start' } });
    expect(pdf.ok ? null : pdf.error.code).toBe('unavailable');
  });
});

describe('structure decisions survive', () => {
  it('re-importing a corrected file applies the fix again, by line content', () => {
    const { db, pageId } = archive();
    restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, SUBHEAD)],
      action: { type: 'role', role: 'body' },
    });
    // A typo fixed in another article and a line added above: line numbers move, contents do not.
    const corrected = bytes
      .toString('utf8')
      .replace('休闲座椅一百余处', '休闲座椅一百二十处')
      .replace('A2 要闻\n', 'A2 要闻\n本版编辑 周望舒\n');
    const report = importSources(db, [{ name: SPLIT_PAGE, bytes: Buffer.from(corrected) }]);
    expect(report.files[0]?.status).toBe('replaced');
    expect(headlines(db)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);
    expect(db.prepare('SELECT paragraphs FROM articles WHERE ordinal = 1').pluck().get()).toContain(
      '一百二十处',
    );
  });

  it('a page deleted and imported again finds its decisions by file name', () => {
    const { db, pageId } = archive();
    restructurePage(db, {
      pageId,
      lines: [lineNo(db, pageId, SUBHEAD)],
      action: { type: 'role', role: 'body' },
    });
    db.prepare('DELETE FROM pages').run();
    importSources(db, [{ name: SPLIT_PAGE, bytes }]);
    expect(headlines(db)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);
  });
});
