import type { StatsT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';

export function archiveStats(db: Db): Result<StatsT> {
  const pages = (db.prepare('SELECT count(*) AS n FROM pages').get() as { n: number }).n;
  const rows = db.prepare('SELECT kind, count(*) AS n FROM articles GROUP BY kind').all() as {
    kind: keyof StatsT['byKind'];
    n: number;
  }[];
  const byKind = { article: 0, photo: 0, brief: 0 };
  for (const r of rows) byKind[r.kind] = r.n;
  return ok({ pages, articles: byKind.article + byKind.photo + byKind.brief, byKind });
}
