import type { Db } from '../db/db';
import { canonicalText } from '../annotations/article-text';
import { reanchor } from '../annotations/reanchor';
import { describeRange, type Selector } from '../annotations/selectors';
import { diffHunks, type Hunk } from '../annotations/text-change';
import { ensureTag } from '../tags/tag-store';
import { annotationsForExport } from './annotation-source';
import type { ArticleRefT, BundleRecordT } from './bundle-schema';

/**
 * Parts of a bundle whose data other modules own. Each exports records keyed by article reference
 * and imports them back idempotently, returning how many were new.
 */
export interface BundlePart {
  exportRecords: (db: Db, articles: { id: number; ref: ArticleRefT }[]) => BundleRecordT[];
  importRecords: (
    db: Db,
    records: BundleRecordT[],
    articleIdOf: (ref: ArticleRefT) => number | null,
    /** The article's text in the bundle, which the records' positions point into. */
    bundleTextOf?: (ref: ArticleRefT) => string | undefined,
  ) => number;
}

interface AnnotationRecord extends BundleRecordT {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  colour: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  tags: string[];
}

const paragraphsOf = (db: Db) => (id: number) =>
  JSON.parse(
    (db.prepare('SELECT paragraphs FROM articles WHERE id = ?').pluck().get(id) as string) ?? '[]',
  ) as string[];

/**
 * Annotations travel with their W3C-style quote and position in the article's current text (the
 * corrected one: bundled pages carry articles as they now are). On import they are placed on the
 * local text the way a correction moves highlights: through the diff from the bundle's text to the
 * local one (position), then by quote, then fuzzy quote; what cannot be placed is stored as an
 * orphan with the bundle's selectors for the editor to re-attach, never silently misplaced.
 * Corrections (corrections-part.ts, merge-corrections.ts) must land before these anchor.
 */
export const annotationsPart: BundlePart = {
  exportRecords: (db, articles) => {
    const refOf = new Map(articles.map((a) => [a.id, a.ref]));
    const found = annotationsForExport(db, [...refOf.keys()], paragraphsOf(db));
    return [...found.values()].flat().map((a): AnnotationRecord => ({
      article: refOf.get(a.articleId)!,
      start: a.start,
      end: a.end,
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      colour: a.colour,
      note: a.note ?? '',
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      tags: a.tags,
    }));
  },
  importRecords: (db, records, articleIdOf, bundleTextOf) => {
    if (records.length === 0) return 0;
    // Duplicates are matched as a multiset: an editor may well have two identical highlights (same
    // words, colour and note), and both must arrive; re-importing the bundle then adds nothing.
    const existing = db
      .prepare(
        `SELECT count(*) FROM annotations WHERE article_id = ? AND start = ? AND end = ? AND exact = ?
           AND colour = ? AND coalesce(note, '') = ? AND created_at = ? AND deleted_at IS NULL`,
      )
      .pluck();
    const baseline = new Map<string, number>();
    const seen = new Map<string, number>();
    const version = db.prepare('SELECT text_version FROM articles WHERE id = ?').pluck();
    const insert = db.prepare(
      `INSERT INTO annotations (article_id, text_version, start, end, exact, prefix, suffix, colour, note, status,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
    const text = paragraphsOf(db);
    // Texts do not change while annotations import, so each article's text and diff is computed once.
    const local = new Map<number, string>();
    const diffs = new Map<string, Hunk[] | undefined>();
    const place = (articleId: number, r: AnnotationRecord): { sel: Selector; anchored: boolean } => {
      let now = local.get(articleId);
      if (now === undefined) local.set(articleId, (now = canonicalText(text(articleId))));
      const diffKey = `${articleId}:${r.article.page}:${r.article.ordinal}`;
      if (!diffs.has(diffKey)) {
        const from = bundleTextOf?.(r.article);
        diffs.set(diffKey, from === undefined ? undefined : diffHunks(from, now));
      }
      const anchor = reanchor(r, now, diffs.get(diffKey));
      return anchor
        ? { sel: describeRange(now, anchor.start, anchor.end), anchored: true }
        : { sel: r, anchored: false };
    };
    let added = 0;
    for (const raw of records) {
      const r = raw as AnnotationRecord;
      const articleId = articleIdOf(r.article);
      if (articleId === null) continue;
      // Placement is deterministic for a given local text, so a re-import computes the same
      // selectors the first import stored and finds them in the multiset below.
      const { sel, anchored } = place(articleId, r);
      const key = JSON.stringify([articleId, sel.start, sel.end, sel.exact, r.colour, r.note, r.createdAt]);
      if (!baseline.has(key)) {
        baseline.set(
          key,
          existing.get(articleId, sel.start, sel.end, sel.exact, r.colour, r.note, r.createdAt) as number,
        );
      }
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      if (occurrence <= (baseline.get(key) ?? 0)) continue;
      const id = Number(
        insert.run(
          articleId,
          version.get(articleId) as number,
          sel.start,
          sel.end,
          sel.exact,
          sel.prefix,
          sel.suffix,
          r.colour,
          r.note,
          anchored ? 'anchored' : 'orphan',
          r.createdAt,
          r.updatedAt,
        ).lastInsertRowid,
      );
      for (const tag of r.tags ?? []) link.run(id, ensureTag(db, tag).id);
      added++;
    }
    return added;
  },
};
