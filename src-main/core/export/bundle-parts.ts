import type { Db } from '../db/db';
import { annotationsForExport } from './annotation-source';
import type { ArticleRefT, BundleAnnotationT } from './bundle-schema';
import { importAnnotations } from './import-annotations';

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
 * UUIDs make a re-imported annotation update its copy (import-annotations.ts).
 */
export const annotationsPart = {
  exportRecords: (db: Db, articles: { id: number; ref: ArticleRefT }[]): BundleAnnotationT[] => {
    const refOf = new Map(articles.map((a) => [a.id, a.ref]));
    const found = annotationsForExport(db, [...refOf.keys()], paragraphsOf(db));
    return [...found.values()].flat().map((a): BundleAnnotationT => ({
      article: refOf.get(a.articleId)!,
      uuid: a.uuid,
      start: a.start,
      end: a.end,
      exact: a.exact,
      prefix: a.prefix,
      suffix: a.suffix,
      colour: a.colour as BundleAnnotationT['colour'],
      note: a.note ?? '',
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      tags: a.tags,
    }));
  },
  importRecords: importAnnotations,
};
