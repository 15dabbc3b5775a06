import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * A page's decoded source text is kept whole (the page view, re-import, structure editing and
 * bundles all read it) but stored deflated in `pages.source_deflated`: on the issue-12 bench it is
 * 1.0× the article text uncompressed and about 0.6× deflated. Every reader and writer goes through
 * here, and no SQL looks inside either column.
 *
 * `source_text` stays in the table (migration 017) as the form older rows, older trash snapshots
 * and plain test inserts use: a row whose `source_deflated` is NULL has its text in `source_text`.
 * Rows written here leave `source_text` empty so the text is stored once.
 */
export interface StoredSourceText {
  source_text: string;
  source_deflated: Buffer | null;
}

export function packSourceText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'));
}

export function unpackSourceText(bytes: Uint8Array): string {
  return inflateRawSync(bytes).toString('utf8');
}

/** The two columns to write for a page whose text is `text`. */
export function storedSourceText(text: string): StoredSourceText {
  return { source_text: '', source_deflated: packSourceText(text) };
}

/** The text of a stored row, in either form. */
export function sourceTextOf(row: StoredSourceText): string {
  return row.source_deflated === null ? row.source_text : unpackSourceText(row.source_deflated);
}

/** Column list for a SELECT that will pass its row to sourceTextOf. */
export const SOURCE_TEXT_COLUMNS = 'source_text, source_deflated';

/**
 * A whole page row (trash snapshots keep `SELECT *`) brought to the stored form: a snapshot taken
 * before migration 017 carries its text in `source_text`, and goes back deflated.
 */
export function compactPageRow<T extends Record<string, unknown>>(row: T): T {
  const text = row.source_text;
  if (typeof text !== 'string' || (row.source_deflated ?? null) !== null) return row;
  return { ...row, ...storedSourceText(text) };
}
