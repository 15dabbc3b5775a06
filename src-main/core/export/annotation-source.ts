import type { Db } from '../db/db';

/**
 * What exports need from annotations (being built in core/annotations by someone else). Until that
 * module exposes a loader, `annotationsForExport` returns none; when it does, this is the one
 * function to wire up, and Markdown/HTML/DOCX/CSV/W3C/bundle all pick the highlights up.
 */
export interface ExportAnnotation {
  id: number;
  articleId: number;
  /** Paragraph index the highlight sits in, or null when it spans or targets another field. */
  paragraph: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  note: string | null;
  createdAt: string;
  tags: string[];
}

export function annotationsForExport(
  _db: Db,
  _articleIds: readonly number[],
): Map<number, ExportAnnotation[]> {
  return new Map();
}
