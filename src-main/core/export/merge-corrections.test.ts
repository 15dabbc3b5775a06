import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { seedArchive } from '../../test-support/seed-archive';
import { createAnnotation } from '../annotations/create-annotation';
import { articleHistory } from '../corrections/article-history';
import { correctArticle } from '../corrections/correct-article';
import { revertArticle } from '../corrections/revert-article';
import { splitArticle } from '../corrections/split-article';
import { getArticle } from '../pages/get-article';
import { applyTag } from '../tags/apply-tag';
import { buildBundle } from './build-bundle';
import { importBundle } from './import-bundle';

const NOW = new Date('2024-08-01T10:00:00.000Z');

function paragraphsOf(db: Db, id: number): string[] {
  const a = getArticle(db, { id });
  if (!a.ok) throw new Error(a.error.code);
  return a.value.paragraphs;
}

function bundleOf(db: Db, ids: number[]) {
  applyTag(db, { tag: '交换', articleIds: ids });
  return buildBundle(db, ids, { title: '交换', exportedAt: NOW.toISOString() });
}

function importInto(db: Db, bundle: ReturnType<typeof bundleOf>) {
  const r = importBundle(db, bundle, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

function highlight(db: Db, articleId: number, exact: string, note: string) {
  const text = paragraphsOf(db, articleId).join('\n\n');
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`no ${exact}`);
  const r = createAnnotation(db, {
    articleId,
    start,
    end: start + exact.length,
    exact,
    colour: 'pink',
    note,
  });
  if (!r.ok) throw new Error(r.error.code);
}

const annotationsOf = (db: Db, id: number) =>
  db
    .prepare('SELECT start, exact, status, note FROM annotations WHERE article_id = ? ORDER BY note')
    .all(id) as { start: number; exact: string; status: string; note: string }[];

/** Everything import could touch, to show a second import leaves it as it was. */
const snapshot = (db: Db) =>
  ['articles', 'article_versions', 'annotations', 'annotation_tags', 'article_tags', 'tags'].map((t) =>
    (db.prepare(`SELECT * FROM ${t}`).all() as unknown[]).map((r) => JSON.stringify(r)).sort(),
  );

describe('bundle into an archive that already has the page', () => {
  it('applies the bundle’s correction to an uncorrected article as a bundle version, highlights on it', () => {
    const { db: a, ids } = seedArchive();
    const id = ids[1]!;
    const fixed = ['同事更正的第一段。', ...paragraphsOf(a, id)];
    correctArticle(a, { articleId: id, paragraphs: fixed });
    highlight(a, id, '同事更正', '同事的批注');
    const bundle = bundleOf(a, [id]);

    const { db: b, ids: bIds } = seedArchive();
    const bid = bIds[1]!;
    expect(importInto(b, bundle)).toMatchObject({
      pagesExisting: 1,
      correctionsAdded: 1,
      annotationsAdded: 1,
    });
    expect(paragraphsOf(b, bid)).toEqual(fixed);
    const history = articleHistory(b, { articleId: bid });
    expect(history.ok && history.value.versions.map((v) => v.reason)).toEqual(['parsed', 'bundle']);
    expect(annotationsOf(b, bid)).toEqual([
      { start: 0, exact: '同事更正', status: 'anchored', note: '同事的批注' },
    ]);

    const before = snapshot(b);
    expect(importInto(b, bundle)).toMatchObject({
      correctionsAdded: 0,
      annotationsAdded: 0,
      tagLinksAdded: 0,
    });
    expect(snapshot(b)).toEqual(before);
  });

  it('keeps the local correction when both differ, adds the bundle’s to history, re-anchors highlights', () => {
    const { db: a, ids } = seedArchive();
    const id = ids[1]!;
    const original = paragraphsOf(a, id);
    const theirs = ['对方加的一段。', ...original];
    correctArticle(a, { articleId: id, paragraphs: theirs });
    const shared = original[0]!.slice(3, 11);
    highlight(a, id, shared, '一 共有的词');
    highlight(a, id, '对方加的', '二 只在对方');
    const bundle = bundleOf(a, [id]);

    const { db: b, ids: bIds } = seedArchive();
    const bid = bIds[1]!;
    const ours = [...original, '本地补的一段。'];
    correctArticle(b, { articleId: bid, paragraphs: ours });
    highlight(b, bid, '本地补的', '零 本地');
    expect(importInto(b, bundle)).toMatchObject({ correctionsAdded: 1, annotationsAdded: 2 });

    expect(paragraphsOf(b, bid)).toEqual(ours);
    const history = articleHistory(b, { articleId: bid });
    if (!history.ok) throw new Error('history');
    const added = history.value.versions.at(-1)!;
    expect(added).toMatchObject({ reason: 'bundle', paragraphs: theirs });
    expect(history.value.textVersion).toBeLessThan(added.version);
    // The shared words moved back by the length of the paragraph only the bundle has; the bundle's
    // own words are not in the local text, so that highlight waits as an orphan.
    expect(annotationsOf(b, bid)).toEqual([
      { start: 3, exact: shared, status: 'anchored', note: '一 共有的词' },
      { start: expect.any(Number), exact: '对方加的', status: 'orphan', note: '二 只在对方' },
      {
        start: ours.slice(0, -1).join('\n\n').length + 2,
        exact: '本地补的',
        status: 'anchored',
        note: '零 本地',
      },
    ]);

    const before = snapshot(b);
    expect(importInto(b, bundle)).toMatchObject({ correctionsAdded: 0, annotationsAdded: 0 });
    expect(snapshot(b)).toEqual(before);

    // Reverting to the bundle's version brings its text and re-attaches its orphaned highlight.
    expect(revertArticle(b, { articleId: bid, version: added.version }).ok).toBe(true);
    expect(paragraphsOf(b, bid)).toEqual(theirs);
    expect(annotationsOf(b, bid).find((x) => x.note === '二 只在对方')).toMatchObject({
      start: 0,
      status: 'anchored',
    });
  });

  it('changes nothing when both archives made the same correction', () => {
    const make = () => {
      const s = seedArchive();
      correctArticle(s.db, { articleId: s.ids[2]!, headline: '同一个更正' }, NOW);
      return s;
    };
    const { db: a, ids } = make();
    const bundle = bundleOf(a, [ids[2]!]);
    const { db: b } = make();
    const versions = snapshot(b)[1];
    expect(importInto(b, bundle)).toMatchObject({ correctionsAdded: 0 });
    expect(snapshot(b)[1]).toEqual(versions);
  });

  it('pairs articles by parsed headline when a local split shifted the ordinals', () => {
    const { db: a, ids } = seedArchive();
    const target = ids[3]!;
    const fixed = ['更正:', ...paragraphsOf(a, target)];
    correctArticle(a, { articleId: target, paragraphs: fixed });
    const bundle = bundleOf(a, [target]);

    const { db: b, ids: bIds } = seedArchive();
    const twoParagraphs = bIds.find((id) => id < bIds[3]! && paragraphsOf(b, id).length > 1);
    if (twoParagraphs === undefined) throw new Error('seed has no splittable article before #3');
    expect(splitArticle(b, { articleId: twoParagraphs, atParagraph: 1 }).ok).toBe(true);
    expect(importInto(b, bundle)).toMatchObject({ correctionsAdded: 1 });
    expect(paragraphsOf(b, bIds[3]!)).toEqual(fixed);
    expect(b.prepare('SELECT article_id FROM article_tags').pluck().all()).toEqual([bIds[3]]);
  });

  it('loses no local text and no highlight, and a second import is a no-op, for random corrections on both sides', () => {
    const edit = fc.record({ at: fc.nat(4), words: fc.constantFrom('甲乙丙', '改正。', 'PM2.5') });
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 4 }),
        fc.array(edit, { maxLength: 4 }),
        fc.nat(20),
        (theirs, ours, from) => {
          const apply = (db: Db, ids: number[], edits: { at: number; words: string }[]) => {
            for (const e of edits) {
              const id = ids[e.at % ids.length]!;
              correctArticle(db, { articleId: id, paragraphs: [e.words, ...paragraphsOf(db, id)] });
            }
          };
          const { db: a, ids } = seedArchive();
          apply(a, ids, theirs);
          for (const id of ids) {
            const text = paragraphsOf(a, id)[0] ?? '';
            const start = from % Math.max(1, text.length - 2);
            if (text.length > start + 2) highlight(a, id, text.slice(start, start + 2), `注${id}`);
          }
          const bundle = bundleOf(a, ids);
          const { db: b, ids: bIds } = seedArchive();
          apply(b, bIds, ours);
          const corrected = new Map(
            bIds.flatMap((id) => {
              const h = articleHistory(b, { articleId: id });
              return h.ok && h.value.corrected ? [[id, paragraphsOf(b, id)] as const] : [];
            }),
          );
          importInto(b, bundle);
          for (const [id, text] of corrected) expect(paragraphsOf(b, id)).toEqual(text);
          expect(b.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(bundle.annotations.length);
          for (const id of bIds) {
            const versions = articleHistory(b, { articleId: id });
            const mine = articleHistory(a, { articleId: id });
            if (!versions.ok || !mine.ok) throw new Error('history');
            // The sender's current text is reachable here: current, or a version to revert to.
            const sent = paragraphsOf(a, id);
            expect(
              JSON.stringify(paragraphsOf(b, id)) === JSON.stringify(sent) ||
                versions.value.versions.some((v) => JSON.stringify(v.paragraphs) === JSON.stringify(sent)),
            ).toBe(true);
          }
          const before = snapshot(b);
          importInto(b, bundle);
          expect(snapshot(b)).toEqual(before);
        },
      ),
      { numRuns: 25 },
    );
  });
});
