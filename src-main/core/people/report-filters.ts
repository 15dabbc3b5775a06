import type { ReportFiltersT } from '../../contract';
import type { Where } from '../search/search-articles';
import { roleKey } from './person-name';

/**
 * SQL conditions for a report's filters on `byline_months` (month sums: paper, kind, role) or on
 * the row tables `article_bylines` / `unsigned_articles` (also 版次 and section). Values bound.
 */
export function filterWhere(f: ReportFiltersT, table: 'months' | 'rows' | 'unsigned'): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: string | undefined): void => {
    if (value === undefined) return;
    parts.push(sql);
    params.push(value);
  };
  add('paper = ?', f.paper);
  add('kind = ?', f.kind);
  if (table !== 'unsigned') add('role = ?', f.role === undefined ? undefined : roleKey(f.role));
  if (table !== 'months') {
    add('page_label = ?', f.pageLabel);
    add('section = ?', f.section);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** True when a filter exists only on the byline rows, so month sums cannot answer. */
export const needsRows = (f: ReportFiltersT): boolean => f.pageLabel !== undefined || f.section !== undefined;

/** Inclusive day bounds as SQL on a `day` column ('' = undated sorts before every date). */
export function dayWhere(from: string | null, to: string | null): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (from !== null) {
    parts.push('day >= ?');
    params.push(from);
  }
  if (to !== null) {
    parts.push("day <= ? AND day <> ''");
    params.push(to);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}
