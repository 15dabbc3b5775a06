import { locale } from '../../i18n/i18n.svelte';

/** Strings of browsing by issue, Chinese first; kept beside the feature so it merges on its own. */
const zh = {
  open: '往期',
  openTitle: '按日期浏览往期(G)',
  title: '往期版面',
  paper: '报纸',
  noPaper: '报纸未知',
  year: '{year} 年',
  month: '{month} 月',
  previousMonth: '上月',
  nextMonth: '下月',
  previousYear: '上一年',
  nextYear: '下一年',
  goToDate: '转到日期',
  go: '前往',
  close: '关闭',
  issueDay: '{date}:{pages} 版,{articles} 篇',
  noIssueDay: '{date}:无版面',
  monthIssues: '本月 {n} 期',
  monthPages: '{month} 月:{pages} 版',
  nearest: '{asked} 没有版面,已转到最近的一期 {date}。',
  none: '这份报纸还没有带日期的版面。',
  previousIssue: '上一期',
  nextIssue: '下一期',
  noPrevious: '没有更早的一期',
  noNext: '没有更晚的一期',
  keys: '方向键选日,PageUp/PageDown 换月,Shift+PageUp/PageDown 换年,Enter 打开。',
  weekdays: '一,二,三,四,五,六,日',
};

const en: Record<IssueKey, string> = {
  open: 'Issues',
  openTitle: 'Browse issues by date (G)',
  title: 'Issues by date',
  paper: 'Paper',
  noPaper: 'Paper unknown',
  year: '{year}',
  month: 'Month {month}',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  goToDate: 'Go to date',
  go: 'Go',
  close: 'Close',
  issueDay: '{date}: {pages} pages, {articles} items',
  noIssueDay: '{date}: no pages',
  monthIssues: '{n} issues this month',
  monthPages: 'Month {month}: {pages} pages',
  nearest: 'No pages on {asked}; showing the nearest issue, {date}.',
  none: 'This paper has no dated pages yet.',
  previousIssue: 'Previous issue',
  nextIssue: 'Next issue',
  noPrevious: 'No earlier issue',
  noNext: 'No later issue',
  keys: 'Arrows pick a day, PageUp/PageDown change month, Shift+PageUp/PageDown change year, Enter opens.',
  weekdays: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
};

export type IssueKey = keyof typeof zh;

export function ti(key: IssueKey, vars: Record<string, string | number> = {}): string {
  const text = (locale.current === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
