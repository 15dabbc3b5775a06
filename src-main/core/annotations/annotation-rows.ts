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

/**
 * Annotation columns plus the article's headline, for views listing annotations across the archive,
 * and its tag names as one JSON array: a correlated subquery keeps one row per annotation, so the
 * list's LIMIT and ordering stay as they were.
 */
export const ANNOTATION_SELECT = `SELECT n.*, a.headline AS headline,
    (SELECT json_group_array(t.name ORDER BY t.name) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id
      WHERE x.annotation_id = n.id) AS tags_json
  FROM annotations n JOIN articles a ON a.id = n.article_id`;

export type AnnotationListRow = AnnotationRow & { headline: string | null; tags_json: string };

export function toAnnotation(r: AnnotationListRow): AnnotationT {
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
    tags: JSON.parse(r.tags_json) as string[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function readAnnotation(db: Db, id: number): AnnotationT | null {
  const row = db.prepare(`${ANNOTATION_SELECT} WHERE n.id = ?`).get(id) as AnnotationListRow | undefined;
  return row ? toAnnotation(row) : null;
}
