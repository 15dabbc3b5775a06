/**
 * The library's 待核对 filter: pages whose parse left warnings, the implausible ones (待核对:…)
 * among them, newest first. Read through the partial index pages_to_review (migration 015).
 */
import type { Input, Output } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { REVIEW_MARK } from '../parse/parse-page';

interface Row {
  id: number;
  file_name: string;
  paper: string | null;
  date: string | null;
  page_label: string | null;
  warnings: string;
}

export function pagesToReview(db: Db, input: Input<'library.review'>): Result<Output<'library.review'>> {
  const total = db.prepare(`SELECT count(*) FROM pages WHERE warnings <> '[]'`).pluck().get() as number;
  const rows = db
    .prepare(
      `SELECT id, file_name, paper, date, page_label, warnings FROM pages INDEXED BY pages_to_review
       WHERE warnings <> '[]' ORDER BY date DESC, id LIMIT ? OFFSET ?`,
    )
    .all(input.limit, input.offset) as Row[];
  const articles = db.prepare('SELECT id, headline FROM articles WHERE page_id = ? ORDER BY ordinal');
  return ok({
    total,
    pages: rows.map((r) => {
      const warnings = JSON.parse(r.warnings) as string[];
      const review = warnings.find((w) => w.startsWith(REVIEW_MARK))?.slice(REVIEW_MARK.length) ?? null;
      return {
        id: r.id,
        fileName: r.file_name,
        paper: r.paper,
        date: r.date,
        pageLabel: r.page_label,
        warnings,
        review,
        articles: articles.all(r.id) as { id: number; headline: string | null }[],
      };
    }),
  });
}
