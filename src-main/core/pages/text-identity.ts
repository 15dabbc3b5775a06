import { createHash } from 'node:crypto';

/**
 * The identity of a page's words, whatever bytes carried them: the decoded text with a BOM
 * dropped, any line endings as \n, Unicode NFC, trailing spaces of each line and blank lines at
 * either end ignored. The same page saved as UTF-8, GB18030 or UTF-16, or with CRLF line endings,
 * has one text hash (its content hash, of the bytes, differs each time).
 */
export function normalisedPageText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

export function pageTextHash(text: string): string {
  return createHash('sha256').update(normalisedPageText(text)).digest('hex');
}
