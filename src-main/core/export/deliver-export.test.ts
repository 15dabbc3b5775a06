import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveWithArticles } from '../../test-support/archive-with-articles';
import { applyTag } from '../tags/apply-tag';
import { exportToPath, runExportOperation } from './deliver-export';
import { cancelJob, jobProgress } from './export-jobs';
import { writeFileAtomic, writeFolderAtomic } from './write-atomic';

const dir = () => mkdtempSync(join(tmpdir(), 'jianbao-export-'));

describe('atomic export writes', () => {
  it('a failing file write leaves the destination as it was and no temp file', () => {
    const d = dir();
    const dest = join(d, 'out.md');
    mkdirSync(dest);
    writeFileSync(join(dest, 'keep'), 'x');
    // Renaming a file over a non-empty folder fails after the temp file was fully written.
    expect(() => writeFileAtomic(dest, 'new content')).toThrow();
    expect(readdirSync(d)).toEqual(['out.md']);
    expect(readdirSync(dest)).toEqual(['keep']);
  });

  it('a folder export failing midway leaves no folder and no temp folder', () => {
    const d = dir();
    const dest = join(d, 'folder');
    const files = [
      { name: '1.md', bytes: 'a' },
      { name: 'missing/2.md', bytes: 'b' },
    ];
    expect(() => writeFolderAtomic(dest, files)).toThrow();
    expect(readdirSync(d)).toEqual([]);
  });

  it('a failing export (unknown collection) writes nothing; a good one writes the file whole', async () => {
    const { db, ids } = archiveWithArticles();
    const d = dir();
    const bad = await exportToPath(
      db,
      { source: { kind: 'collection', collection: { kind: 'tag', tagId: 99 } }, format: 'md' },
      join(d, 'x.md'),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(readdirSync(d)).toEqual([]);
    const good = await exportToPath(db, { source: { kind: 'ids', ids }, format: 'csv' }, join(d, 'x.csv'));
    expect(good).toMatchObject({ ok: true, value: { articles: ids.length } });
    expect(readFileSync(join(d, 'x.csv'), 'utf8').split('\r\n')).toHaveLength(ids.length + 2);
    expect(readdirSync(d)).toEqual(['x.csv']);
  });

  it('writes the Markdown folder layout as one file per article', async () => {
    const { db, ids } = archiveWithArticles(2);
    const d = dir();
    const r = await exportToPath(
      db,
      { source: { kind: 'ids', ids }, format: 'md', layout: 'folder', title: '专题' },
      join(d, '专题'),
    );
    expect(r.ok).toBe(true);
    expect(readdirSync(join(d, '专题'))).toEqual([
      '1-头条0.md',
      '2-第二篇0.md',
      '3-头条1.md',
      '4-第二篇1.md',
    ]);
    expect(readFileSync(join(d, '专题', '1-头条0.md'), 'utf8')).toMatch(/^---\ntitle: "头条0"/);
  });
});

describe('export.run', () => {
  it('returns files for the renderer to download', async () => {
    const { db, ids } = archiveWithArticles(1);
    applyTag(db, { tag: '测试专题', articleIds: ids });
    const r = await runExportOperation(db, undefined, {
      source: { kind: 'query', query: 'tag:测试专题' },
      format: 'html',
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.files[0]?.name).toBe('tag测试专题.html');
    expect(Buffer.from(r.value.files[0]!.base64, 'base64').toString()).toContain(
      '<title>tag:测试专题</title>',
    );
  });

  it('can be cancelled while running and reports it in progress', async () => {
    const { db, ids } = archiveWithArticles(3);
    const running = runExportOperation(db, undefined, {
      jobId: 'job-cancel-1',
      source: { kind: 'ids', ids },
      format: 'md',
    });
    expect(jobProgress('job-cancel-1').state).toBe('running');
    expect(cancelJob('job-cancel-1')).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(jobProgress('job-cancel-1')).toMatchObject({ state: 'cancelled' });
    expect(cancelJob('job-cancel-1')).toEqual({ cancelled: false });
  });

  it('saves through the host dialog when asked, and treats a dismissed dialog as cancelled', async () => {
    const { db, ids } = archiveWithArticles(1);
    const d = dir();
    const input = {
      source: { kind: 'ids' as const, ids },
      format: 'json' as const,
      deliver: 'save-dialog' as const,
    };
    const saved = await runExportOperation(db, { chooseSavePath: async (name) => join(d, name) }, input);
    expect(saved).toMatchObject({
      ok: true,
      value: { savedTo: join(d, '剪报选集.jianbao.json'), files: [] },
    });
    expect(existsSync(join(d, '剪报选集.jianbao.json'))).toBe(true);
    expect(await runExportOperation(db, { chooseSavePath: async () => null }, input)).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    expect(await runExportOperation(db, undefined, input)).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
