import type { Db } from '../db/db';
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
 * corrected one: bundled pages carry articles as they now are). On import the quote is checked
 * against the local text: a match is stored anchored, a mismatch (the local article was corrected
 * differently) as an orphan for the editor to re-attach, never silently misplaced. Corrections are
 * in corrections-part.ts: they must land on the articles an import creates before these anchor.
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
  importRecords: (db, records, articleIdOf) => {
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
    let added = 0;
    for (const raw of records) {
      const r = raw as AnnotationRecord;
      const articleId = articleIdOf(r.article);
      if (articleId === null) continue;
      const key = JSON.stringify([articleId, r.start, r.end, r.exact, r.colour, r.note, r.createdAt]);
      if (!baseline.has(key)) {
        baseline.set(
          key,
          existing.get(articleId, r.start, r.end, r.exact, r.colour, r.note, r.createdAt) as number,
        );
      }
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      if (occurrence <= (baseline.get(key) ?? 0)) continue;
      const anchored = text(articleId).join('\n\n').slice(r.start, r.end) === r.exact;
      const id = Number(
        insert.run(
          articleId,
          version.get(articleId) as number,
          r.start,
          r.end,
          r.exact,
          r.prefix,
          r.suffix,
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
