import type { Input, Output } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { pieceSummary, type PieceRow } from './piece-row';
import { dayWhere, filterWhere } from './report-filters';

/** The pieces in a report's range that carry no byline, newest first: what the report links to. */
export function unsignedPieces(db: Db, input: Input<'report.unsigned'>): Result<Output<'report.unsigned'>> {
  const f = input.filters;
  const w = filterWhere(f, 'unsigned');
  const days = dayWhere(f.from ?? null, f.to ?? null);
  const where = `${days.sql} AND ${w.sql}`;
  const params = [...days.params, ...w.params];
  const total = db
    .prepare(`SELECT count(*) FROM unsigned_articles WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT u.article_id, a.headline, u.kind, u.day, u.paper, u.page_label
       FROM (SELECT * FROM unsigned_articles WHERE ${where}
             ORDER BY day = '', day DESC, article_id LIMIT ? OFFSET ?) u
       JOIN articles a ON a.id = u.article_id
       ORDER BY u.day = '', u.day DESC, u.article_id`,
    )
    .all(...params, input.limit ?? 200, input.offset ?? 0) as PieceRow[];
  return ok({
    total,
    pieces: rows.map(pieceSummary),
  });
}
