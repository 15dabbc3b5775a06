import type { AnnotationT, Input } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { normalize } from '../search/normalize-text';
import { ANNOTATION_SELECT, toAnnotation, type AnnotationListRow } from './annotation-rows';

const VIEW_WHERE = {
  active: `n.deleted_at IS NULL AND n.status = 'anchored'`,
  orphans: `n.deleted_at IS NULL AND n.status = 'orphan'`,
  trash: `n.deleted_at IS NOT NULL`,
} as const;

/**
 * Annotations of one view, filtered. Text search runs over quote and note with the search module's
 * normaliser (NFKC, case, Traditional→Simplified, PM_{2.5}→pm2.5, whitespace folded) as a plain
 * substring match: annotations are few next to articles, so no index is needed. Articles in page
 * order, annotations in text order within an article; the trash newest deletion first.
 */
export function listAnnotations(db: Db, input: Input<'annotations.list'>): Result<AnnotationT[]> {
  const where: string[] = [VIEW_WHERE[input.view]];
  const params: Record<string, unknown> = {};
  if (input.articleId !== undefined) {
    where.push('n.article_id = @articleId');
    params.articleId = input.articleId;
  }
  if (input.colour !== undefined) {
    where.push('n.colour = @colour');
    params.colour = input.colour;
  }
  if (input.tagId !== undefined) {
    where.push('n.id IN (SELECT annotation_id FROM annotation_tags WHERE tag_id = @tagId)');
    params.tagId = input.tagId;
  }
  const order =
    input.view === 'trash' ? 'n.deleted_at DESC, n.id DESC' : 'a.page_id, a.ordinal, n.start, n.id';
  const rows = db
    .prepare(`${ANNOTATION_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${order}`)
    .all(params) as AnnotationListRow[];
  const needle = input.text ? normalize(input.text).trim() : '';
  const found: AnnotationT[] = [];
  for (const r of rows) {
    const a = toAnnotation(r);
    if (needle && !normalize(`${a.exact}\n${a.note}`).includes(needle)) continue;
    found.push(a);
    if (found.length >= input.limit) break;
  }
  return ok(found);
}
