import { DraftBody, type DraftT, type Input } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { writeTransaction } from '../db/write-transaction';

interface DraftRow {
  kind: string;
  target_id: number;
  article_id: number;
  body: string;
  base_version: number | null;
  updated_at: string;
  headline: string | null;
}

function toDraft(row: DraftRow): DraftT | null {
  // A body that no longer reads (a schema change, a hand-edited archive) is left in the table for
  // recovery by hand rather than dropped, and simply not offered.
  const body = DraftBody.safeParse(JSON.parse(row.body));
  if (!body.success) return null;
  return {
    targetId: row.target_id,
    articleId: row.article_id,
    headline: row.headline,
    body: body.data,
    baseVersion: row.base_version,
    updatedAt: row.updated_at,
  };
}

/**
 * Keeps what the editor has typed in a form, replacing the previous draft of the same form. Called
 * as they type, so it is one small upsert; the clock is the core's so every host agrees on times.
 */
export function saveDraft(db: Db, input: Input<'drafts.save'>, now = new Date()): Result<DraftT> {
  const updatedAt = now.toISOString();
  writeTransaction(db, () =>
    db
      .prepare(
        `INSERT INTO drafts (kind, target_id, article_id, body, base_version, updated_at)
         VALUES (@kind, @targetId, @articleId, @body, @baseVersion, @updatedAt)
         ON CONFLICT (kind, target_id) DO UPDATE SET article_id = excluded.article_id,
           body = excluded.body, base_version = excluded.base_version, updated_at = excluded.updated_at`,
      )
      .run({
        kind: input.body.kind,
        targetId: input.targetId,
        articleId: input.articleId,
        body: JSON.stringify(input.body),
        baseVersion: input.baseVersion,
        updatedAt,
      }),
  );
  const headline = db.prepare('SELECT headline FROM articles WHERE id = ?').pluck().get(input.articleId) as
    string | null | undefined;
  return ok({
    targetId: input.targetId,
    articleId: input.articleId,
    headline: headline ?? null,
    body: input.body,
    baseVersion: input.baseVersion,
    updatedAt,
  });
}

const SELECT = `SELECT d.*, a.headline FROM drafts d LEFT JOIN articles a ON a.id = d.article_id`;

/** The drafts of one article (its correction and its notes), or every draft, newest first. */
export function listDrafts(db: Db, input: Input<'drafts.list'>): Result<DraftT[]> {
  const rows = (
    input.articleId === undefined
      ? db.prepare(`${SELECT} ORDER BY d.updated_at DESC LIMIT 500`).all()
      : db.prepare(`${SELECT} WHERE d.article_id = ? ORDER BY d.updated_at DESC`).all(input.articleId)
  ) as DraftRow[];
  return ok(rows.map(toDraft).filter((d): d is DraftT => d !== null));
}

/** Drops a draft once its form is saved, or when the editor says to throw it away. */
export function discardDraft(db: Db, input: Input<'drafts.discard'>): Result<{ discarded: boolean }> {
  const r = writeTransaction(db, () =>
    db.prepare('DELETE FROM drafts WHERE kind = ? AND target_id = ?').run(input.kind, input.targetId),
  );
  return ok({ discarded: r.changes > 0 });
}
