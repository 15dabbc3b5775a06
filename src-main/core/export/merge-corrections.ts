import type { Db } from '../db/db';
import { contentOf, pickContent, sameContent } from '../corrections/article-content';
import { appendVersion, ensureOriginal, listVersions } from '../corrections/article-versions';
import { readContentRow, writeContent } from '../corrections/write-content';
import type { Bundle, BundleCorrectionT } from './bundle-schema';

type BundlePageT = Bundle['pages'][number];
type BundleArticleT = BundlePageT['articles'][number];

/**
 * Pairs each bundled article of a page this archive already has with the local article it is.
 * Ordinals alone are not enough: a split or merge on either side shifts every later ordinal. The
 * parsed headline (first history version, or the row when there is no history) is what both
 * archives got from the same bytes, so it identifies an article however it was corrected since.
 * Same ordinal and same parsed headline first; else the one unpaired local article with that
 * (non-empty) headline. Returns bundle ordinal → local article id; unpaired articles are absent.
 */
export function pairArticles(
  db: Db,
  pageId: number,
  page: BundlePageT,
  historyOf: (ordinal: number) => BundleCorrectionT | undefined,
): Map<number, number> {
  const firstHeadline = db
    .prepare('SELECT headline FROM article_versions WHERE article_id = ? ORDER BY version LIMIT 1')
    .pluck();
  const local = (
    db.prepare('SELECT id, ordinal, headline FROM articles WHERE page_id = ?').all(pageId) as {
      id: number;
      ordinal: number;
      headline: string | null;
    }[]
  ).map((a) => {
    const first = firstHeadline.get(a.id) as string | null | undefined;
    return { id: a.id, ordinal: a.ordinal, parsed: first === undefined ? a.headline : first };
  });
  const parsedOf = (a: BundleArticleT) => {
    const first = historyOf(a.ordinal)?.versions[0];
    return first ? first.headline : a.headline;
  };
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  const unpaired: BundleArticleT[] = [];
  for (const a of page.articles) {
    const same = local.find((l) => l.ordinal === a.ordinal && l.parsed === parsedOf(a));
    if (same) {
      pairs.set(a.ordinal, same.id);
      used.add(same.id);
    } else unpaired.push(a);
  }
  for (const a of unpaired) {
    const headline = parsedOf(a);
    if (!headline) continue;
    const candidates = local.filter((l) => !used.has(l.id) && l.parsed === headline);
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) {
      pairs.set(a.ordinal, only.id);
      used.add(only.id);
    }
  }
  return pairs;
}

/**
 * Brings a bundled article's corrected text into the local article it was paired with, losing
 * neither side: an article nobody corrected here takes the bundle's text as a new 'bundle' version
 * (its highlights re-anchored as for any correction); one corrected here keeps its text and gets
 * the bundle's as a 'bundle' version in its history, so the editor can compare and revert to it.
 * Text already current or already in the history changes nothing, which makes re-import a no-op.
 * Returns what happened: `conflict` when both sides corrected it differently (the import report
 * lists it). Runs inside the import's transaction.
 */
export function mergeBundledArticle(
  db: Db,
  articleId: number,
  theirs: BundleArticleT,
  at: string,
): 'none' | 'applied' | 'conflict' {
  if (!theirs.corrected) return 'none';
  const row = readContentRow(db, articleId);
  if (!row) return 'none';
  const content = pickContent(theirs);
  if (sameContent(contentOf(row), content)) return 'none';
  if (row.corrected === 0) {
    writeContent(db, row, content, 'bundle', at);
    return 'applied';
  }
  if (listVersions(db, articleId).some((v) => sameContent(v, content))) return 'none';
  ensureOriginal(db, row, 'parsed', at);
  appendVersion(db, articleId, 'bundle', content, at);
  return 'conflict';
}
