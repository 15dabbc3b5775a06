/** The original PDF of a page, for the page view to render with pdf.js (kept beside the archive). */
import { existsSync, readFileSync } from 'node:fs';
import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { originalPath, originalsDir } from '../pages/pdf-originals';

export function pagePdf(db: Db, input: Input<'pages.pdf'>): Result<Output<'pages.pdf'>> {
  const row = db.prepare('SELECT pdf_sha256, page_no FROM page_pdf WHERE page_id = ?').get(input.pageId) as
    { pdf_sha256: string; page_no: number } | undefined;
  if (!row) return err('not-found', `#${input.pageId}`);
  const dir = originalsDir(db);
  const path = dir === null ? null : originalPath(dir, row.pdf_sha256);
  if (path === null || !existsSync(path)) return err('not-found', `${row.pdf_sha256}.pdf`);
  return ok({ base64: readFileSync(path).toString('base64'), pageNo: row.page_no });
}
