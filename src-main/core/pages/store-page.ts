import { createHash } from 'node:crypto';
import type { Db } from '../db/db';
import { reimportPage } from '../corrections/reimport-page';
import type { ArticleSpans, ParsedArticle, ParseOutcome } from '../parse/parsed-page';
import { textProvesHash } from './page-bytes';
import { writeSpans } from '../page-view/stored-spans';
import { storedSourceText } from './source-text';
import { pageTextHash } from './text-identity';
import { statement } from '../db/statements';
import { writeTransaction } from '../db/write-transaction';

export type StoreStatus = 'imported' | 'replaced' | 'unchanged' | 'duplicate';

export interface StoredPage {
  status: StoreStatus;
  pageId: number;
  articles: number;
  /** For 'duplicate': the file name of the page already holding the same text. */
  duplicateOf?: string;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores one parsed page whole or not at all (one transaction).
 * Same content hash → nothing changes. Same file name with new content → the page is replaced:
 * its articles are updated in place, corrected ones kept, annotations never deleted (reimportPage).
 */
export function storePage(db: Db, bytes: Uint8Array, outcome: ParseOutcome, now = new Date()): StoredPage {
  const hash = contentHash(bytes);
  const { parsed } = outcome;
  return writeTransaction(db, (): StoredPage => {
    const same = statement(db, 'SELECT id FROM pages WHERE content_hash = ?').get(hash) as
      { id: number } | undefined;
    if (same) {
      const n = statement(db, 'SELECT count(*) AS n FROM articles WHERE page_id = ?').get(same.id) as {
        n: number;
      };
      return { status: 'unchanged', pageId: same.id, articles: n.n };
    }
    // The same words in other bytes (another encoding, other line endings): already imported.
    const textHash = pageTextHash(outcome.text);
    const twin = statement(db, 'SELECT id, file_name FROM pages WHERE text_hash = ? ORDER BY id LIMIT 1').get(
      textHash,
    ) as { id: number; file_name: string } | undefined;
    if (twin) {
      const n = statement(db, 'SELECT count(*) FROM articles WHERE page_id = ?')
        .pluck()
        .get(twin.id) as number;
      return { status: 'duplicate', pageId: twin.id, articles: n, duplicateOf: twin.file_name };
    }
    const previous = statement(db, 'SELECT id FROM pages WHERE file_name = ?').get(parsed.page) as
      { id: number } | undefined;
    const meta = parsed.meta;
    const row = {
      file_name: parsed.page,
      content_hash: hash,
      encoding: parsed.encoding,
      ...storedSourceText(outcome.text),
      paper: meta.paper,
      date: meta.date,
      page_label: meta.pageLabel,
      section: meta.section,
      furniture: JSON.stringify(parsed.furniture),
      warnings: JSON.stringify(parsed.warnings),
      imported_at: now.toISOString(),
      // Kept only when the text cannot prove the hash by itself (see page-bytes.ts); bundles need one or the other.
      source_bytes: textProvesHash(outcome.text, parsed.encoding, hash) ? null : Buffer.from(bytes),
      text_hash: textHash,
    };
    let pageId: number;
    if (previous) {
      statement(
        db,
        `UPDATE pages SET content_hash=@content_hash, encoding=@encoding, source_text=@source_text,
           source_deflated=@source_deflated, paper=@paper,
           date=@date, page_label=@page_label, section=@section, furniture=@furniture, warnings=@warnings,
           imported_at=@imported_at, source_bytes=@source_bytes, text_hash=@text_hash WHERE id=@id`,
      ).run({ ...row, id: previous.id });
      pageId = previous.id;
    } else {
      pageId = Number(
        statement(
          db,
          `INSERT INTO pages (file_name, content_hash, encoding, source_text, source_deflated, paper, date,
               page_label, section, furniture, warnings, imported_at, source_bytes, text_hash)
             VALUES (@file_name, @content_hash, @encoding, @source_text, @source_deflated, @paper, @date,
               @page_label, @section, @furniture, @warnings, @imported_at, @source_bytes, @text_hash)`,
        ).run(row).lastInsertRowid,
      );
    }
    const insert = statement(
      db,
      `INSERT INTO articles (page_id, ordinal, kind, kicker, headline, subheadline, source, bylines, paragraphs,
         continued, spans)
       VALUES (@page_id, @ordinal, @kind, @kicker, @headline, @subheadline, @source, @bylines, @paragraphs,
         @continued, @spans)`,
    );
    const insertArticle = (a: ParsedArticle, spans: ArticleSpans | undefined, ordinal: number): number =>
      Number(
        insert.run({
          page_id: pageId,
          ordinal,
          kind: a.kind,
          kicker: a.kicker,
          headline: a.headline,
          subheadline: a.subheadline,
          source: a.source,
          bylines: JSON.stringify(a.bylines),
          paragraphs: JSON.stringify(a.paragraphs),
          continued: a.continued,
          spans: writeSpans(spans ?? {}),
        }).lastInsertRowid,
      );
    if (previous) {
      // New articles wait on ordinals far below any parked `-id`; reimportPage renumbers the page at the end.
      let parked = -1_000_000_000;
      const count = reimportPage(
        db,
        pageId,
        parsed.articles,
        outcome.spans,
        (a, spans) => insertArticle(a, spans, parked--),
        now.toISOString(),
      );
      return { status: 'replaced', pageId, articles: count };
    }
    parsed.articles.forEach((a, ordinal) => insertArticle(a, outcome.spans[ordinal], ordinal));
    return { status: 'imported', pageId, articles: parsed.articles.length };
  });
}
