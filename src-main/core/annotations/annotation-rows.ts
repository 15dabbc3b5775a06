import type { AnnotationT, ColourT } from '../../contract';
import type { Db } from '../db/db';

export interface AnnotationRow {
  id: number;
  article_id: number;
  text_version: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  colour: ColourT;
  note: string;
  status: 'anchored' | 'orphan';
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Annotation columns plus the article's headline, for views listing annotations across the archive. */
export const ANNOTATION_SELECT = `SELECT n.*, a.headline AS headline FROM annotations n JOIN articles a ON a.id = n.article_id`;

export function toAnnotation(r: AnnotationRow & { headline: string | null }): AnnotationT {
  return {
    id: r.id,
    articleId: r.article_id,
    headline: r.headline,
    textVersion: r.text_version,
    start: r.start,
    end: r.end,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    colour: r.colour,
    note: r.note,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function readAnnotation(db: Db, id: number): AnnotationT | null {
  const row = db.prepare(`${ANNOTATION_SELECT} WHERE n.id = ?`).get(id) as
    (AnnotationRow & { headline: string | null }) | undefined;
  return row ? toAnnotation(row) : null;
}
