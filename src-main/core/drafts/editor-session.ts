import { EditorSession, type EditorSessionT, type Input } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { writeTransaction } from '../db/write-transaction';

const KEY = 'session';
const EMPTY: EditorSessionT = { articleId: null, scrollTop: 0 };

/**
 * Where the editor left off. An article that has since gone (deleted, merged away) is not offered:
 * the app then opens as on a first start instead of showing an error.
 */
export function getSession(db: Db): Result<EditorSessionT> {
  const value = db.prepare('SELECT value FROM editor_state WHERE key = ?').pluck().get(KEY) as
    string | undefined;
  if (value === undefined) return ok(EMPTY);
  const parsed = EditorSession.safeParse(JSON.parse(value));
  if (!parsed.success) return ok(EMPTY);
  const { articleId } = parsed.data;
  if (articleId !== null && !db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId))
    return ok(EMPTY);
  return ok(parsed.data);
}

export function saveSession(db: Db, input: Input<'session.save'>, now = new Date()): Result<EditorSessionT> {
  writeTransaction(db, () =>
    db
      .prepare(
        `INSERT INTO editor_state (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(KEY, JSON.stringify(input), now.toISOString()),
  );
  return ok(input);
}
