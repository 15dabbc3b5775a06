import type { BylineReportT } from '../../contract';

export type Cell = string | number;

export interface ReportTable {
  title: string;
  header: string[];
  rows: Cell[][];
  /** Lines under the table: range, filters, pieces without a byline. */
  notes: string[];
}

/** Roles in the order editors read them; others follow by how often they occur. */
const ROLE_ORDER = ['记者', '通讯员', '摄影', '作者', '文', '图', '实习生', '评论员', '编辑', '读者'];

export function reportRoles(report: BylineReportT): string[] {
  const totals = new Map<string, number>();
  for (const p of report.people)
    for (const [r, n] of Object.entries(p.roles)) totals.set(r, (totals.get(r) ?? 0) + n);
  const rank = (r: string): number => (ROLE_ORDER.includes(r) ? ROLE_ORDER.indexOf(r) : ROLE_ORDER.length);
  return [...totals.keys()].sort((a, b) => rank(a) - rank(b) || totals.get(b)! - totals.get(a)!);
}

/**
 * The report as one table, the same for CSV, XLSX and print: one row per person, role columns,
 * then one column per month. Numbers stay numbers so spreadsheets can sum them.
 */
export function reportTable(report: BylineReportT): ReportTable {
  const roles = reportRoles(report);
  const range = `${report.from ?? '…'} 至 ${report.to ?? '…'}`;
  return {
    title: `稿件统计 ${range}`,
    header: ['姓名', '别名', '稿件', ...roles, '合署', '字数', '图片', '头版', ...report.months],
    rows: report.people.map((p) => [
      p.name,
      p.aliases.join('、'),
      p.pieces,
      ...roles.map((r) => p.roles[r] ?? 0),
      p.shared,
      p.chars,
      p.photos,
      p.frontPage,
      ...report.months.map((m) => p.byMonth[m] ?? 0),
    ]),
    notes: [`日期 / dates: ${range}`, `无署名稿件 / pieces without a byline: ${report.unsigned}`],
  };
}
