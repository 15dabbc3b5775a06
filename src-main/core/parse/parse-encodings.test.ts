import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page';
import { checkConservation } from './check-conservation';

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.txt'));

type Variant = { name: string; encoding: string; encode: (text: string) => Uint8Array };

const withBom = (bom: number[], body: Buffer): Uint8Array => Buffer.concat([Buffer.from(bom), body]);
const variants: Variant[] = [
  {
    name: 'UTF-8 with BOM',
    encoding: 'utf-8-bom',
    encode: (t) => withBom([0xef, 0xbb, 0xbf], Buffer.from(t, 'utf8')),
  },
  { name: 'GB18030', encoding: 'gb18030', encode: (t) => iconv.encode(t, 'gb18030') },
  {
    name: 'UTF-16LE with BOM',
    encoding: 'utf-16le',
    encode: (t) => withBom([0xff, 0xfe], iconv.encode(t, 'utf-16le')),
  },
  {
    name: 'UTF-16BE with BOM',
    encoding: 'utf-16be',
    encode: (t) => withBom([0xfe, 0xff], iconv.encode(t, 'utf-16be')),
  },
  {
    name: 'UTF-8 with CRLF',
    encoding: 'utf-8',
    encode: (t) => Buffer.from(t.replace(/\n/gu, '\r\n'), 'utf8'),
  },
  { name: 'UTF-8 with CR', encoding: 'utf-8', encode: (t) => Buffer.from(t.replace(/\n/gu, '\r'), 'utf8') },
  {
    name: 'GB18030 with CRLF',
    encoding: 'gb18030',
    encode: (t) => iconv.encode(t.replace(/\n/gu, '\r\n'), 'gb18030'),
  },
];

function parseOk(bytes: Uint8Array, name: string) {
  const r = parsePage(bytes, name);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.value;
}

describe.each(fixtures)('%s in every encoding', (file) => {
  const utf8 = readFileSync(join(dir, file));
  const reference = parseOk(utf8, file).parsed;

  it.each(variants)('$name parses like UTF-8', ({ encoding, encode }) => {
    const outcome = parseOk(encode(utf8.toString('utf8')), file);
    expect(outcome.parsed.encoding).toBe(encoding);
    expect({ ...outcome.parsed, encoding: 'utf-8' }).toEqual(reference);
    expect(checkConservation(outcome)).toEqual([]);
  });
});

describe('decoding problems', () => {
  it('warns, naming the file, when characters cannot be decoded', () => {
    const gb = iconv.encode('标题\n\n本报讯 正文内容。', 'gb18030');
    const broken = Buffer.concat([gb, Buffer.from([0x81, 0x20]), iconv.encode('更多内容。', 'gb18030')]);
    const outcome = parseOk(broken, 'dir/broken.txt');
    expect(outcome.parsed.page).toBe('broken.txt');
    expect(outcome.parsed.warnings.some((w) => w.includes('broken.txt') && w.includes('�'))).toBe(true);
  });

  it('refuses binary data and empty pages with typed errors', () => {
    const binary = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 256);
    const r = parsePage(binary, 'image.png');
    expect(r.ok ? 'ok' : r.error.code).toBe('decode-failed');
    // A binary file that happens to decode as GB18030 (every byte pair is "valid") is still binary.
    const mostlyValid = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const r2 = parsePage(mostlyValid, 'scan.pdf.txt');
    expect(r2.ok ? 'ok' : r2.error.code).toBe('decode-failed');
    const empty = parsePage(Buffer.from(' \n\r\n\t　\n'), 'blank.txt');
    expect(empty.ok ? 'ok' : empty.error).toEqual({ code: 'empty-page', detail: 'blank.txt' });
  });

  it('reads UTF-16 without a BOM and says it guessed', () => {
    const outcome = parseOk(iconv.encode('Headline\n\nSome body text in English.', 'utf-16le'), 'x.txt');
    expect(outcome.parsed.encoding).toBe('utf-16le');
    expect(outcome.parsed.warnings[0]).toContain('x.txt');
  });
});
