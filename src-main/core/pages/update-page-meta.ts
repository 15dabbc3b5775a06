import type { Input, PageSummaryT } from '../../contract';
import { err, type Result } from '../../result';
import type { Db } from '../db/db';
import { libraryPage } from '../library/library-pages';

const COLUMNS = { paper: 'paper', date: 'date', pageLabel: 'page_label', section: 'section' } as const;

/**
 * Editors fix what the parser could not know (a page without a header, a wrong date).
 * Only the fields given change; the stored source text is untouched.
 */
export function updatePageMeta(db: Db, input: Input<'pages.updateMeta'>): Result<PageSummaryT> {
  const sets: string[] = [];
  const values: Record<string, string | number | null> = { id: input.pageId };
  for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    const value = input.meta[key];
    if (value === undefined) continue;
    sets.push(`${COLUMNS[key]} = @${key}`);
    values[key] = value;
  }
  const exists = db.prepare('SELECT 1 FROM pages WHERE id = ?').get(input.pageId);
  if (!exists) return err('not-found', `#${input.pageId}`);
  if (sets.length > 0) db.prepare(`UPDATE pages SET ${sets.join(', ')} WHERE id = @id`).run(values);
  return libraryPage(db, { pageId: input.pageId });
}
