import { canonicalText } from '../annotations/article-text';
import { reanchorArticle } from '../annotations/reanchor-article';
import type { Db } from '../db/db';
import type { ArticleSpans, ParsedArticle } from '../parse/parsed-page';
import { writeSpans } from '../page-view/stored-spans';
import { contentOf, pickContent, sameContent } from './article-content';
import { appendVersion, ensureOriginal } from './article-versions';
import { setPageOrder } from './page-ordinals';
import { readContentRow } from './write-content';

interface OldArticle {
  id: number;
  ordinal: number;
  headline: string | null;
  paragraphs: string;
  text_version: number;
  corrected: number;
  annotations: number;
}

export type InsertArticle = (a: ParsedArticle, spans: ArticleSpans | undefined) => number;

const key = (h: string | null): string => (h ?? '').replace(/\s+/g, '');

/**
 * Re-import of a changed page file, replacing "delete the page's articles and insert anew":
 * - each parsed article is matched to an old one by headline, then by position among the rest;
 * - a matched article the editor corrected keeps every word of the correction;
 * - a matched uncorrected article is updated in place (same id, so tags and annotations stay) and
 *   its annotations are re-anchored to the new text — orphaned, not deleted, if their words went;
 *   when its content changes, history gets the old state and a 'reimport' version, so the text an
 *   editor read (and annotated) before the re-import can still be seen and reverted to;
 * - an old article with no match is deleted only if nobody corrected or annotated it; otherwise it
 *   is kept after the parsed ones.
 * Runs inside storePage's transaction. Returns the number of articles the page now has.
 */
export function reimportPage(
  db: Db,
  pageId: number,
  articles: ParsedArticle[],
  spans: ArticleSpans[],
  insert: InsertArticle,
  at: string,
): number {
  const old = db
    .prepare(
      `SELECT a.id, a.ordinal, a.headline, a.paragraphs, a.text_version, a.corrected,
         (SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS annotations
       FROM articles a WHERE a.page_id = ? ORDER BY a.ordinal`,
    )
    .all(pageId) as OldArticle[];
  const unmatched = new Set(old.map((o) => o.id));
  const match: (OldArticle | undefined)[] = articles.map((a) => {
    const found = old.find(
      (o) => unmatched.has(o.id) && key(o.headline) !== '' && key(o.headline) === key(a.headline),
    );
    if (found) unmatched.delete(found.id);
    return found;
  });
  articles.forEach((_, i) => {
    if (match[i]) return;
    const found = old.find((o) => unmatched.has(o.id));
    if (found) {
      unmatched.delete(found.id);
      match[i] = found;
    }
  });

  const update = db.prepare(
    `UPDATE articles SET kind = @kind, kicker = @kicker, headline = @headline, subheadline = @subheadline,
       source = @source, bylines = @bylines, paragraphs = @paragraphs, continued = @continued, spans = @spans,
       text_version = @text_version WHERE id = @id`,
  );
  const order: number[] = [];
  articles.forEach((a, i) => {
    const o = match[i];
    if (!o) {
      order.push(insert(a, spans[i]));
      return;
    }
    order.push(o.id);
    if (o.corrected) return;
    const paragraphs = JSON.stringify(a.paragraphs);
    const row = readContentRow(db, o.id);
    let version = o.text_version;
    if (row && !sameContent(contentOf(row), a)) {
      ensureOriginal(db, row, 'parsed', at);
      version = appendVersion(db, o.id, 'reimport', pickContent(a), at);
    }
    update.run({
      id: o.id,
      kind: a.kind,
      kicker: a.kicker,
      headline: a.headline,
      subheadline: a.subheadline,
      source: a.source,
      bylines: JSON.stringify(a.bylines),
      paragraphs,
      continued: a.continued,
      spans: writeSpans(spans[i] ?? {}),
      text_version: version,
    });
    if (version !== o.text_version && o.annotations > 0)
      reanchorArticle(
        db,
        o.id,
        canonicalText(JSON.parse(o.paragraphs) as string[]),
        canonicalText(a.paragraphs),
        version,
      );
  });
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');
  for (const o of old) {
    if (!unmatched.has(o.id)) continue;
    if (o.corrected || o.annotations > 0) order.push(o.id);
    else remove.run(o.id);
  }
  setPageOrder(db, order);
  return order.length;
}
