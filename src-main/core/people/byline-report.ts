import type { BylineReportT, ReportFiltersT, ReportPersonT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { byName, personDirectory } from './person-directory';
import { dayWhere, filterWhere } from './report-filters';
import { monthSums, totalSums } from './report-sums';

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
  const rowOf = (name: string): ReportPersonT & { split: number } => {
    const person = directory.get(name);
    // Every counted name has a person (the byline trigger makes one); a missing one is a bug.
    if (!person) throw new Error(`byline name without a person: ${name}`);
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
    return row;
  };
  for (const s of totalSums(db, f)) {
    const row = rowOf(s.name);
    row.roles[s.role] = (row.roles[s.role] ?? 0) + s.pieces;
    if (!byRole && s.first !== 1) continue;
    row.pieces += s.pieces;
    row.shared += s.shared;
    row.chars += s.chars;
    row.split += s.split;
    row.photos += s.photos;
    row.frontPage += s.front;
  }
  for (const m of monthSums(db, f)) {
    const row = rowOf(m.name);
    row.byMonth[m.month] = (row.byMonth[m.month] ?? 0) + m.pieces;
    months.add(m.month);
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
