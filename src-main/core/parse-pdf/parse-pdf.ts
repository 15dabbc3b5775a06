/**
 * A PDF file → one parsed page per PDF page, in order. A file none of whose pages has a text layer
 * (a scan) is refused, as is a file with some text-less pages: importing half of it would lose
 * pages silently. Encrypted and damaged files are refused by readPdf.
 */
import { err, ok, type Result } from '../../result';
import type { ParseOptions } from '../parse/parsed-page';
import { readPdf } from './read-pdf';
import { parsePdfPage, type PdfPageOutcome } from './parse-pdf-page';

const baseName = (fileName: string): string => fileName.replace(/^.*[\\/]/u, '');

/** Page names: the file name for a one-page PDF, `name.pdf#2` for the pages of a longer one. */
export function pdfPageName(fileName: string, pageNo: number, pages: number): string {
  return pages === 1 ? baseName(fileName) : `${baseName(fileName)}#${pageNo}`;
}

export async function parsePdf(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): Promise<Result<PdfPageOutcome[]>> {
  const name = baseName(fileName);
  const read = await readPdf(bytes, name);
  if (!read.ok) return read;
  const pages = read.value;
  if (pages.length === 0) return err('pdf-broken', name);
  const textless = pages.filter((p) => !p.runs.some((r) => r.text.trim().length > 0)).map((p) => p.pageNo);
  if (textless.length > 0) {
    const which = pages.length === 1 ? name : `${name} 第${textless.join('、')}页`;
    return err('pdf-no-text', which);
  }
  return ok(pages.map((p) => parsePdfPage(p, pdfPageName(name, p.pageNo, pages.length), options)));
}

export const isPdf = (fileName: string, bytes?: Uint8Array): boolean =>
  /\.pdf$/iu.test(fileName) ||
  (bytes !== undefined && bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-');
