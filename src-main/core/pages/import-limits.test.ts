import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../contract';
import { openArchive } from '../db/open';
import { fictionalPage } from '../../test-support/fictional-pages';
import { importSources } from './import-files';
import { readPageFiles } from './read-files';

describe('import size limit', () => {
  it('refuses a file too large to be a page, by name and quickly, and still imports the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-big-'));
    const line = fictionalPage(1).replace(/\n/g, '');
    writeFileSync(
      join(dir, 'a-huge.txt'),
      line.repeat(Math.ceil((LIMITS.pageFileBytes * 1.5) / line.length)),
    );
    writeFileSync(join(dir, 'b-page.txt'), fictionalPage(2));
    const { db } = openArchive(':memory:');
    const started = performance.now();
    const report = importSources(db, readPageFiles([dir]));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(report.pages).toBe(1);
    expect(report.files[0]).toMatchObject({ name: 'a-huge.txt', status: 'failed' });
    expect(report.files[0]?.error).toMatch(/内容超过大小上限.*MB/);
    expect(report.files[1]).toMatchObject({ name: 'b-page.txt', status: 'imported' });
  });
});
