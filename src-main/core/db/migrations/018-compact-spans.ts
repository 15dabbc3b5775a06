import type { Db } from '../db';
import { readSpans, writeSpans } from '../../page-view/stored-spans';

const BATCH = 1000;

/**
 * `articles.spans` rewritten from JSON to the short form of page-view/stored-spans.ts (about a
 * quarter of the size). No schema change: readers take either form, so this only saves space.
 * No trigger watches `spans`, so the search and people indexes are not touched.
 */
export function up(db: Db): void {
  // Read a batch whole before writing it: better-sqlite3 cannot write while a read cursor is open.
  const next = db.prepare(
    "SELECT id, spans FROM articles WHERE id > ? AND substr(spans, 1, 1) <> '~' ORDER BY id LIMIT ?",
  );
  const set = db.prepare('UPDATE articles SET spans = ? WHERE id = ?');
  for (let after = Number.MIN_SAFE_INTEGER; ;) {
    const rows = next.all(after, BATCH) as { id: number; spans: string }[];
    for (const r of rows) {
      let spans;
      try {
        spans = readSpans(r.spans);
      } catch (e) {
        // A row no JSON.parse can read is left as it is: the page view reports it as before, and
        // one damaged row must not stop the whole archive from opening.
        if (e instanceof SyntaxError) continue;
        throw e;
      }
      set.run(writeSpans(spans), r.id);
    }
    const last = rows.at(-1);
    if (!last) break;
    after = last.id;
  }
}
