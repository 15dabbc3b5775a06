import type { TrashEntryT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';

export interface TrashRow {
  id: number;
  kind: 'page' | 'article';
  label: string;
  snapshot: string;
  articles: number;
  annotations: number;
  deleted_at: string;
}

export const toTrashEntry = (r: Omit<TrashRow, 'snapshot'>): TrashEntryT => ({
  trashId: r.id,
  kind: r.kind,
  label: r.label,
  articles: r.articles,
  annotations: r.annotations,
  deletedAt: r.deleted_at,
});

/** Newest first; snapshots stay in the database (they can be large). */
export function listTrash(db: Db): Result<TrashEntryT[]> {
  const rows = db
    .prepare('SELECT id, kind, label, articles, annotations, deleted_at FROM trash ORDER BY id DESC')
    .all() as Omit<TrashRow, 'snapshot'>[];
  return ok(rows.map(toTrashEntry));
}
