import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { decodePage } from '../parse/decode-page';

const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A page is identified by the SHA-256 of its original file, but the archive keeps the decoded text
 * (line endings folded to \n, BOM dropped). These are the files that text can have come from: the
 * stored encoding with LF or CRLF line endings, with or without a BOM. Most newsroom files are one
 * of them; the rest keep their bytes (pages.source_bytes) so the hash can still be proved.
 */
function candidates(text: string, encoding: string): Buffer[] {
  const variants = text.includes('\n') ? [text, text.replace(/\n/gu, '\r\n')] : [text];
  const out: Buffer[] = [];
  for (const t of variants) {
    switch (encoding) {
      // A PDF page's text is what was read from the PDF (its original is kept beside the archive).
      case 'pdf':
      case 'utf-8':
        out.push(Buffer.from(t, 'utf8'));
        break;
      case 'utf-8-bom':
        out.push(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]));
        break;
      case 'gb18030':
        out.push(iconv.encode(t, 'gb18030'));
        break;
      case 'utf-16le':
      case 'utf-16be':
        out.push(iconv.encode(t, encoding), iconv.encode(t, encoding, { addBOM: true }));
        break;
    }
  }
  return out;
}

/** Whether re-encoding `text` gives back a file whose hash is `hash`. */
export function textProvesHash(text: string, encoding: string, hash: string): boolean {
  return candidates(text, encoding).some((bytes) => contentHash(bytes) === hash);
}

/** Whether `bytes` hash to `hash` and decode to exactly `text`: the page is what it claims to be. */
export function bytesProveHash(bytes: Uint8Array, text: string, hash: string): boolean {
  if (contentHash(bytes) !== hash) return false;
  const decoded = decodePage(bytes, '');
  return decoded.ok && decoded.value.text === text;
}
