import type {
  ArticleSummaryT,
  LibraryGroupT,
  PageCursorT,
  PageSummaryT,
} from '../../../../src-main/contract';

/** One line of the library list: a branch of the tree (paper, month, day), a page, or an article. */
export type LibraryRow =
  | { kind: 'paper'; key: string; group: LibraryGroupT; open: boolean }
  | { kind: 'month'; key: string; paper: string | null; group: LibraryGroupT; open: boolean }
  | { kind: 'day'; key: string; paper: string | null; group: LibraryGroupT; open: boolean }
  | { kind: 'page'; key: string; page: PageSummaryT }
  | { kind: 'more'; key: string; paper: string | null; date: string | null }
  | { kind: 'article'; key: string; article: ArticleSummaryT; pageId: number };

export interface DayPages {
  pages: PageSummaryT[];
  next: PageCursorT | null;
}

/** What the library has loaded so far; only open branches have children here. */
export interface LoadedTree {
  papers: readonly LibraryGroupT[];
  months: ReadonlyMap<string, LibraryGroupT[]>;
  days: ReadonlyMap<string, LibraryGroupT[]>;
  pages: ReadonlyMap<string, DayPages>;
  open: ReadonlySet<string>;
}

/** Keys for tree nodes; JSON keeps null (unknown) apart from any real name. */
export const paperKey = (paper: string | null): string => JSON.stringify(['p', paper]);
export const monthKey = (paper: string | null, month: string | null): string =>
  JSON.stringify(['m', paper, month]);
export const dayKey = (paper: string | null, date: string | null): string =>
  JSON.stringify(['d', paper, date]);

/**
 * The loaded tree as the rows the list draws, in library order. A month of unknown date has only
 * one day (unknown), so its pages hang straight under it.
 */
export function flattenTree(tree: LoadedTree): LibraryRow[] {
  const rows: LibraryRow[] = [];
  const pushDay = (paper: string | null, date: string | null) => {
    const loaded = tree.pages.get(dayKey(paper, date));
    for (const page of loaded?.pages ?? []) {
      rows.push({ kind: 'page', key: `page:${page.id}`, page });
      for (const article of page.articles)
        rows.push({ kind: 'article', key: `article:${article.id}`, article, pageId: page.id });
    }
    if (loaded?.next) rows.push({ kind: 'more', key: `more:${dayKey(paper, date)}`, paper, date });
  };
  for (const paper of tree.papers) {
    const pk = paperKey(paper.key);
    const paperOpen = tree.open.has(pk);
    rows.push({ kind: 'paper', key: pk, group: paper, open: paperOpen });
    if (!paperOpen) continue;
    for (const month of tree.months.get(pk) ?? []) {
      const mk = monthKey(paper.key, month.key);
      const monthOpen = tree.open.has(mk);
      rows.push({ kind: 'month', key: mk, paper: paper.key, group: month, open: monthOpen });
      if (!monthOpen) continue;
      if (month.key === null) {
        pushDay(paper.key, null);
        continue;
      }
      for (const day of tree.days.get(mk) ?? []) {
        const dk = dayKey(paper.key, day.key);
        const dayOpen = tree.open.has(dk);
        rows.push({ kind: 'day', key: dk, paper: paper.key, group: day, open: dayOpen });
        if (dayOpen) pushDay(paper.key, day.key);
      }
    }
  }
  return rows;
}

/** Article positions for the keyboard cursor: id → position among articles and → row, both O(1). */
export interface ArticleIndex {
  ids: number[];
  position: Map<number, number>;
  row: Map<number, number>;
  page: Map<number, number>;
}

export function indexArticles(rows: readonly LibraryRow[]): ArticleIndex {
  const index: ArticleIndex = { ids: [], position: new Map(), row: new Map(), page: new Map() };
  rows.forEach((r, i) => {
    if (r.kind !== 'article') return;
    index.position.set(r.article.id, index.ids.length);
    index.ids.push(r.article.id);
    index.row.set(r.article.id, i);
    index.page.set(r.article.id, r.pageId);
  });
  return index;
}
