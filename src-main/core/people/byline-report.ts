import type { BylineReportT, ReportFiltersT, ReportPersonT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { byName, personDirectory } from './person-directory';
import { dayWhere, filterWhere, needsRows } from './report-filters';
import { reportRange } from './report-range';

interface Sum {
  name: string;
  month: string;
  role: string;
  first: number;
  pieces: number;
  shared: number;
  chars: number;
  split: number;
  front: number;
  photos: number;
}

const SUMS = `sum(pieces) AS pieces, sum(shared) AS shared, sum(chars) AS chars, sum(chars_split) AS split,
  sum(front) AS front, sum(CASE WHEN kind = 'photo' THEN pieces ELSE 0 END) AS photos`;

/**
 * Per (name, month, role, first) sums over the range: whole months from `byline_months`, the rest
 * from `article_bylines` rows (report-range.ts). Never a scan of articles.
 */
function sums(db: Db, f: ReportFiltersT): Sum[] {
  const range = needsRows(f)
    ? { months: null, days: [{ from: f.from ?? null, to: f.to ?? null }] }
    : reportRange(f.from ?? null, f.to ?? null);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (range.months) {
    const w = filterWhere(f, 'months');
    parts.push(`SELECT name, month, role, first, kind, pieces, shared, chars, chars_split, front FROM byline_months
      WHERE month >= ? AND month <= ? AND ${w.sql}`);
    params.push(range.months.from, range.months.to, ...w.params);
  }
  for (const d of range.days) {
    const w = filterWhere(f, 'rows');
    const days = dayWhere(d.from, d.to);
    parts.push(`SELECT name, substr(day, 1, 7) AS month, role, first, kind, 1 AS pieces, names > 1 AS shared, chars,
        (chars * 1000 + names / 2) / names AS chars_split, front FROM article_bylines
      WHERE ${days.sql} AND ${w.sql}`);
    params.push(...days.params, ...w.params);
  }
  return db
    .prepare(
      `SELECT name, month, role, first, ${SUMS} FROM (${parts.join(' UNION ALL ')}) GROUP BY name, month, role, first`,
    )
    .all(...params) as Sum[];
}

function unsignedCount(db: Db, f: ReportFiltersT): number {
  const w = filterWhere(f, 'unsigned');
  const days = dayWhere(f.from ?? null, f.to ?? null);
  return db
    .prepare(`SELECT count(*) FROM unsigned_articles WHERE ${days.sql} AND ${w.sql}`)
    .pluck()
    .get(...days.params, ...w.params) as number;
}

/**
 * The 稿件统计 report: one row per person (aliases merged), sorted by pieces. A piece is counted
 * once per person (`first`) unless a role filter asks for the pieces under that one role; role
 * counts count every credited role. Characters of shared pieces are split evenly unless
 * `chars: 'full'`.
 */
export function bylineReport(db: Db, f: ReportFiltersT): Result<BylineReportT> {
  if (f.from && f.to && f.from > f.to) return err('invalid-input', `${f.from} > ${f.to}`);
  const directory = personDirectory(db);
  const people = new Map<number, ReportPersonT & { split: number }>();
  const months = new Set<string>();
  const byRole = f.role !== undefined;
  for (const s of sums(db, f)) {
    const person = directory.get(s.name);
    // Every counted name has a person (the byline trigger makes one); a missing one is a bug.
    if (!person) throw new Error(`byline name without a person: ${s.name}`);
    let row = people.get(person.id);
    if (!row) {
      row = {
        personId: person.id,
        name: person.name,
        aliases: person.names.slice(1),
        roles: {},
        pieces: 0,
        shared: 0,
        chars: 0,
        split: 0,
        photos: 0,
        frontPage: 0,
        byMonth: {},
      };
      people.set(person.id, row);
    }
    row.roles[s.role] = (row.roles[s.role] ?? 0) + s.pieces;
    if (!byRole && s.first !== 1) continue;
    row.pieces += s.pieces;
    row.shared += s.shared;
    row.chars += s.chars;
    row.split += s.split;
    row.photos += s.photos;
    row.frontPage += s.front;
    if (s.month !== '') {
      row.byMonth[s.month] = (row.byMonth[s.month] ?? 0) + s.pieces;
      months.add(s.month);
    }
  }
  const rows = [...people.values()].map(({ split, ...row }) => ({
    ...row,
    chars: f.chars === 'full' ? row.chars : Math.round(split / 1000),
    byMonth: Object.fromEntries(Object.entries(row.byMonth).sort(([a], [b]) => (a < b ? -1 : 1))),
  }));
  rows.sort((a, b) => b.pieces - a.pieces || b.chars - a.chars || byName(a.name, b.name));
  return ok({
    from: f.from ?? null,
    to: f.to ?? null,
    people: rows,
    months: [...months].sort(),
    unsigned: unsignedCount(db, f),
  });
}
