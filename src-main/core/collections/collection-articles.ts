import type { CollectionArticleT, CollectionRefT, SearchFiltersT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { getTag } from '../tags/tag-store';
import { ARTICLE_ORDER_SQL } from './article-order';
import { queryArticles } from './article-query';
import { getSearch } from './saved-searches';
import { tagCondition } from './tag-filter';

/** Article ids of a collection in export order: hand-ordered ones first, the rest in page order. */
export function collectionIds(db: Db, ref: CollectionRefT): Result<number[]> {
  let ids: number[];
  let manual: number[];
  if (ref.kind === 'tag') {
    const tag = getTag(db, ref.tagId);
    if (!tag) return err('not-found', `tag #${ref.tagId}`);
    const c = tagCondition('a', tag.name);
    ids = db
      .prepare(
        `SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE ${c.sql} ORDER BY ${ARTICLE_ORDER_SQL}`,
      )
      .pluck()
      .all(...c.params) as number[];
    manual = db
      .prepare('SELECT article_id FROM tag_order WHERE tag_id = ? ORDER BY position')
      .pluck()
      .all(ref.tagId) as number[];
  } else {
    const search = getSearch(db, ref.searchId);
    if (!search) return err('not-found', `search #${ref.searchId}`);
    const found = queryArticles(db, search.query, JSON.parse(search.filters) as SearchFiltersT);
    if (!found.ok) return found;
    ids = found.value;
    manual = db
      .prepare('SELECT article_id FROM search_order WHERE search_id = ? ORDER BY position')
      .pluck()
      .all(ref.searchId) as number[];
  }
  const members = new Set(ids);
  const first = manual.filter((id) => members.has(id));
  const placed = new Set(first);
  return ok([...first, ...ids.filter((id) => !placed.has(id))]);
}

export function manualIds(db: Db, ref: CollectionRefT): Set<number> {
  const rows =
    ref.kind === 'tag'
      ? db.prepare('SELECT article_id FROM tag_order WHERE tag_id = ?').pluck().all(ref.tagId)
      : db.prepare('SELECT article_id FROM search_order WHERE search_id = ?').pluck().all(ref.searchId);
  return new Set(rows as number[]);
}

interface SummaryRow {
  id: number;
  page_id: number;
  ordinal: number;
  kind: CollectionArticleT['kind'];
  kicker: string | null;
  headline: string | null;
  paper: string | null;
  date: string | null;
  page_label: string | null;
  section: string | null;
}

export function collectionArticles(
  db: Db,
  input: { collection: CollectionRefT },
): Result<CollectionArticleT[]> {
  const ids = collectionIds(db, input.collection);
  if (!ids.ok) return ids;
  const manual = manualIds(db, input.collection);
  const stmt = db.prepare(
    `SELECT a.id, a.page_id, a.ordinal, a.kind, a.kicker, a.headline, p.paper, p.date, p.page_label, p.section
     FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`,
  );
  return ok(
    ids.value.map((id) => {
      const r = stmt.get(id) as SummaryRow;
      return {
        id: r.id,
        pageId: r.page_id,
        ordinal: r.ordinal,
        kind: r.kind,
        kicker: r.kicker,
        headline: r.headline,
        meta: { paper: r.paper, date: r.date, pageLabel: r.page_label, section: r.section },
        manual: manual.has(r.id),
      };
    }),
  );
}
