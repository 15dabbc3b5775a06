import type { Db } from '../db/db';
import type { ArticleRefT, BundleRecordT } from './bundle-schema';

/**
 * Hooks for the parts of a bundle other modules own (annotations, corrections). Each exports its
 * records keyed by article reference and imports them back idempotently, returning how many were new.
 * Until core/annotations and core/corrections provide theirs, both are empty; wire them here.
 */
export interface BundlePart {
  exportRecords: (db: Db, articles: { id: number; ref: ArticleRefT }[]) => BundleRecordT[];
  importRecords: (
    db: Db,
    records: BundleRecordT[],
    articleIdOf: (ref: ArticleRefT) => number | null,
  ) => number;
}

const none: BundlePart = { exportRecords: () => [], importRecords: () => 0 };

export const annotationsPart: BundlePart = none;
export const correctionsPart: BundlePart = none;
