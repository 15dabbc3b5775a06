import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import { SEED_FILE } from '../../test-support/seed-archive';
import { importSources } from './import-files';

describe('the same page in other bytes', () => {
  it('importing the sample page as UTF-8, GB18030 and UTF-16 (and CRLF) gives one page', () => {
    const text = readFileSync(join(process.cwd(), 'seeds', SEED_FILE), 'utf8').replace(/^\uFEFF/, '');
    const crlf = text.replace(/\n/g, '\r\n');
    const sources = [
      { name: 'page-utf8.txt', bytes: Buffer.from(text, 'utf8') },
      { name: 'page-gb18030.txt', bytes: iconv.encode(text, 'gb18030') },
      { name: 'page-utf16le.txt', bytes: iconv.encode(text, 'utf-16le', { addBOM: true }) },
      { name: 'page-utf16be.txt', bytes: iconv.encode(text, 'utf-16be', { addBOM: true }) },
      {
        name: 'page-utf8-bom-crlf.txt',
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]),
      },
    ];
    // The bytes really differ: a content hash alone would store five pages.
    expect(new Set(sources.map((s) => s.bytes.toString('base64'))).size).toBe(5);
    const { db } = openArchive(':memory:');
    const report = importSources(db, sources);
    expect(report.pages).toBe(1);
    expect(report.skipped).toBe(4);
    expect(report.files.map((f) => f.status)).toEqual([
      'imported',
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(report.files[1]?.warnings).toEqual([
      '已导入过相同内容的版面 / already imported as: page-utf8.txt',
    ]);
    expect(new Set(report.files.map((f) => f.pageId)).size).toBe(1);
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(1);
  });

  it('a page whose words changed is not a duplicate', () => {
    const text = readFileSync(join(process.cwd(), 'seeds', SEED_FILE), 'utf8');
    const { db } = openArchive(':memory:');
    const report = importSources(db, [
      { name: 'a.txt', bytes: Buffer.from(text) },
      { name: 'b.txt', bytes: Buffer.from(text.replace('政协', '政府')) },
    ]);
    expect(report.pages).toBe(2);
  });
});
