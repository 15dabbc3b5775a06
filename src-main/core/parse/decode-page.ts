/**
 * Bytes → text. Newsroom files arrive as UTF-8 (with or without BOM), GB18030/GBK from older
 * Windows tools, or UTF-16 with BOM from Word's "Unicode text" export. We detect rather than
 * guess: a BOM decides; otherwise strict UTF-8 must succeed, else GB18030. Whatever we pick,
 * replacement characters in the result are reported with the file name, never hidden.
 */
import iconv from 'iconv-lite';
import { err, ok, type Result } from '../../result';

export type PageEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedPage {
  /** Line endings normalised to \n; spans point into this string. */
  text: string;
  encoding: PageEncoding;
  warnings: string[];
}

const REPLACEMENT = /\uFFFD/gu;
// Control characters other than tab/newline/CR/form feed (pdftotext separates pages with \f).
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) n++;
  }
  return n;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM shows up as a zero byte in every other position for CJK-free text. */
function guessBomlessUtf16(bytes: Uint8Array): PageEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: PageEncoding): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf-8-bom':
      return new TextDecoder('utf-8').decode(buf.subarray(3));
    case 'utf-16le':
      return iconv.decode(startsWith(bytes, [0xff, 0xfe]) ? buf.subarray(2) : buf, 'utf-16le');
    case 'utf-16be':
      return iconv.decode(startsWith(bytes, [0xfe, 0xff]) ? buf.subarray(2) : buf, 'utf-16be');
    case 'gb18030':
      return iconv.decode(buf, 'gb18030');
    case 'utf-8':
      return new TextDecoder('utf-8').decode(buf);
  }
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (e) {
    // TextDecoder signals invalid UTF-8 only by throwing a TypeError; that is our answer, not a bug.
    if (e instanceof TypeError) return false;
    throw e;
  }
}

function detectEncoding(bytes: Uint8Array): { encoding: PageEncoding; guessed: boolean } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', guessed: false };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', guessed: false };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', guessed: false };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { encoding: utf16, guessed: true };
  if (isStrictUtf8(bytes)) return { encoding: 'utf-8', guessed: false };
  return { encoding: 'gb18030', guessed: false };
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

export function decodePage(bytes: Uint8Array, fileName: string): Result<DecodedPage> {
  const { encoding, guessed } = detectEncoding(bytes);
  const text = normaliseLineEndings(decodeWith(bytes, encoding)).replace(/^\uFEFF/u, '');
  const warnings: string[] = [];
  if (guessed) warnings.push(`${fileName}:没有字节顺序标记,按 ${encoding.toUpperCase()} 解码`);

  const visible = text.replace(/\s+/gu, '').length;
  const replaced = text.match(REPLACEMENT)?.length ?? 0;
  const controls = countControls(text);
  // Mostly garbage means a binary file or an encoding we cannot read; refusing beats storing noise.
  // Text exported from PDF/OCR tools carries next to no control characters, so even 1% means binary
  // (a PDF, a Word file, an image given a .txt name), whatever encoding happened to decode it.
  if (visible > 0 && (controls / visible > 0.01 || (replaced + controls) / visible > 0.2)) {
    return err('decode-failed', fileName);
  }
  if (replaced > 0) {
    warnings.push(
      `${fileName}:按 ${encoding.toUpperCase()} 解码时有 ${replaced} 个字符无法识别(显示为 �),请检查文件编码`,
    );
  }
  if (controls > 0) warnings.push(`${fileName}:文本含 ${controls} 个控制字符,可能不是纯文本文件`);
  return ok({ text, encoding, warnings });
}
