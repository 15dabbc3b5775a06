import type { Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import { canonicalText, PARAGRAPH_SEPARATOR } from '../annotations/article-text';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { contentOf } from './article-content';
import { appendVersion } from './article-versions';
import { moveAnnotations } from './move-annotations';
import { pageArticleIds, setPageOrder } from './page-ordinals';
import { annotationIdsOf, readContentRow, writeContent } from './write-content';

/**
 * Splits an article before paragraph `atParagraph`: the tail becomes a new article right after it
 * (no headline until the editor gives one). Annotations in the tail move with their text; one that
 * spans the cut stays with the first part and is re-anchored (or orphaned) like any other edit.
 */
export function splitArticle(
  db: Db,
  input: Input<'article.split'>,
  now = new Date(),
): Result<{ articleIds: [number, number] }> {
  const row0 = readContentRow(db, input.articleId);
  if (!row0) return err('not-found', `#${input.articleId}`);
  const pageIds = pageArticleIds(db, row0.page_id);
  const scope = { articleIds: pageIds, annotationIds: annotationIdsOf(db, pageIds) };
  return recordChange(
    db,
    'article.split',
    scope,
    () => {
      const row = readContentRow(db, input.articleId);
      if (!row) return err('not-found', `#${input.articleId}`);
      const content = contentOf(row);
      if (input.atParagraph >= content.paragraphs.length)
        return err('invalid-input', `¶${input.atParagraph}`);
      const at = now.toISOString();
      const head = content.paragraphs.slice(0, input.atParagraph);
      const tail = content.paragraphs.slice(input.atParagraph);
      const tailStart = canonicalText(head).length + PARAGRAPH_SEPARATOR.length;
      const newId = Number(
        db
          .prepare(
            `INSERT INTO articles (page_id, ordinal, kind, bylines, paragraphs, text_version, corrected)
             VALUES (?, ?, ?, '[]', ?, 1, 1)`,
          )
          .run(row.page_id, -1_000_000_000 - row.id, row.kind, JSON.stringify(tail)).lastInsertRowid,
      );
      const tailContent = {
        kicker: null,
        headline: null,
        subheadline: null,
        source: null,
        bylines: [],
        paragraphs: tail,
      };
      const tailVersion = appendVersion(db, newId, 'split', tailContent, at);
      db.prepare('UPDATE articles SET text_version = ? WHERE id = ?').run(tailVersion, newId);
      moveAnnotations(
        db,
        row.id,
        { from: tailStart, to: Number.MAX_SAFE_INTEGER },
        {
          articleId: newId,
          text: canonicalText(tail),
          version: tailVersion,
          shift: -tailStart,
        },
      );
      writeContent(db, row, { ...content, paragraphs: head }, 'split', at);
      const order = pageArticleIds(db, row.page_id).filter((id) => id !== newId);
      order.splice(order.indexOf(row.id) + 1, 0, newId);
      setPageOrder(db, order);
      return ok({ articleIds: [row.id, newId] as [number, number] });
    },
    (v) => ({ articleIds: [v.articleIds[1]] }),
  );
}
