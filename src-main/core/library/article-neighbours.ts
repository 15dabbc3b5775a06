import type { NeighbourT, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import type { ArticleRow } from '../pages/rows';

type Direction = 'next' | 'previous';
type Found = Pick<ArticleRow, 'id' | 'page_id' | 'ordinal' | 'kind' | 'kicker' | 'headline'>;

const COLUMNS = 'a.id, a.page_id, a.ordinal, a.kind, a.kicker, a.headline';
const neighbour = (a: Found): NeighbourT => ({
  id: a.id,
  pageId: a.page_id,
  ordinal: a.ordinal,
  kind: a.kind,
  kicker: a.kicker,
  headline: a.headline,
});

// Reading order is the library's: days (paper, unknown last; date newest first, unknown last),
// then a day's pages (label, file name, id), then a page's articles (ordinal). Each step below
// reads one index range, so finding a neighbour costs the same at any archive size.
const SQL = {
  samePage: {
    next: `SELECT ${COLUMNS} FROM articles a WHERE page_id = ? AND ordinal > ? ORDER BY ordinal LIMIT 1`,
    previous: `SELECT ${COLUMNS} FROM articles a WHERE page_id = ? AND ordinal < ? ORDER BY ordinal DESC LIMIT 1`,
  },
  sameDay: {
    next: `SELECT ${COLUMNS} FROM pages p JOIN articles a ON a.page_id = p.id
           WHERE p.paper IS @paper AND p.date IS @date
             AND (coalesce(p.page_label, ''), p.file_name, p.id) > (@label, @fileName, @pageId)
           ORDER BY coalesce(p.page_label, ''), p.file_name, p.id, a.ordinal LIMIT 1`,
    previous: `SELECT ${COLUMNS} FROM pages p JOIN articles a ON a.page_id = p.id
           WHERE p.paper IS @paper AND p.date IS @date
             AND (coalesce(p.page_label, ''), p.file_name, p.id) < (@label, @fileName, @pageId)
           ORDER BY coalesce(p.page_label, '') DESC, p.file_name DESC, p.id DESC, a.ordinal DESC LIMIT 1`,
  },
  // library_days keeps unknown paper or date as ''; the key is (paper = '', paper, date = '', date DESC).
  otherDay: {
    next: `SELECT paper, date FROM library_days WHERE articles > 0 AND (
             (paper = '') > (@paper = '') OR ((paper = '') = (@paper = '') AND paper > @paper)
             OR (paper = @paper AND ((date = '') > (@date = '') OR ((date = '') = (@date = '') AND date < @date))))
           ORDER BY paper = '', paper, date = '', date DESC LIMIT 1`,
    previous: `SELECT paper, date FROM library_days WHERE articles > 0 AND (
             (paper = '') < (@paper = '') OR ((paper = '') = (@paper = '') AND paper < @paper)
             OR (paper = @paper AND ((date = '') < (@date = '') OR ((date = '') = (@date = '') AND date > @date))))
           ORDER BY paper = '' DESC, paper DESC, date = '' DESC, date LIMIT 1`,
  },
};

interface Position {
  pageId: number;
  ordinal: number;
  paper: string | null;
  date: string | null;
  pageLabel: string | null;
  fileName: string;
}

function step(db: Db, at: Position, direction: Direction): NeighbourT | null {
  const onPage = db.prepare(SQL.samePage[direction]).get(at.pageId, at.ordinal) as Found | undefined;
  if (onPage) return neighbour(onPage);
  const sameDay = db.prepare(SQL.sameDay[direction]);
  const inDay = sameDay.get({
    paper: at.paper,
    date: at.date,
    label: at.pageLabel ?? '',
    fileName: at.fileName,
    pageId: at.pageId,
  }) as Found | undefined;
  if (inDay) return neighbour(inDay);
  const day = db.prepare(SQL.otherDay[direction]).get({ paper: at.paper ?? '', date: at.date ?? '' }) as
    { paper: string; date: string } | undefined;
  if (!day) return null;
  // From outside the day: before every page going forward, after every page going back.
  const edge =
    direction === 'next'
      ? { label: '', fileName: '', pageId: 0 }
      : { label: '\u{10FFFF}', fileName: '', pageId: 0 };
  const first = sameDay.get({
    paper: day.paper === '' ? null : day.paper,
    date: day.date === '' ? null : day.date,
    ...edge,
  }) as Found | undefined;
  return first ? neighbour(first) : null;
}

/** The articles before and after one in reading order, for the reader and the correction editor. */
export function articleNeighbours(db: Db, input: { id: number }): Result<Output<'articles.neighbours'>> {
  const at = db
    .prepare(
      `SELECT a.page_id AS pageId, a.ordinal, p.paper, p.date, p.page_label AS pageLabel, p.file_name AS fileName
       FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`,
    )
    .get(input.id) as Position | undefined;
  if (!at) return err('not-found', `#${input.id}`);
  return ok({ previous: step(db, at, 'previous'), next: step(db, at, 'next') });
}
