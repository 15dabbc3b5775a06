import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeFictionalPages } from '../test-support/fictional-pages';
import { startCli, startHostProcess } from '../test-support/host-process';
import { figure } from './figures';

const PAGES_EACH = 25;

describe('many writers on one archive (real processes)', { timeout: 90_000 }, () => {
  it('two CLI importers and a browser host writing at once all succeed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-writers-'));
    const db = join(dir, 'archive.db');
    const a = writeFictionalPages(join(dir, 'a'), PAGES_EACH, 0);
    const b = writeFictionalPages(join(dir, 'b'), PAGES_EACH, 1000);
    const host = await startHostProcess(db);
    try {
      const importers = [a, b].map((files) => startCli(['import', ...files, '--db', db, '--json']));
      const running = Promise.all(importers.map((i) => i.done));
      let finished = false;
      void running.then(() => (finished = true));
      const writes: { status: number; body: unknown }[] = [];
      for (let i = 0; !finished || i < 10; i++) {
        writes.push(await host.call('tags.create', { name: `并发/标签${i}` }));
        writes.push(await host.call('collections.saveSearch', { name: `搜索${i % 5}`, query: '芦苇' }));
      }
      const results = await running;
      for (const r of results) {
        expect(r.stderr).not.toMatch(/SqliteError|at .*\.ts:\d+/);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject({ pages: PAGES_EACH });
      }
      const failed = writes.filter((w) => w.status !== 200 || !(w.body as { ok: boolean }).ok);
      figure(
        'concurrent writes failed',
        `${failed.length} of ${writes.length} API writes + ${results.filter((r) => r.code !== 0).length} of 2 importers`,
      );
      expect(writes.filter((w) => w.status !== 200)).toEqual([]);
      expect(writes.every((w) => (w.body as { ok: boolean }).ok)).toBe(true);
      const check = new Database(db, { readonly: true });
      expect(check.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(2 * PAGES_EACH);
      check.close();
    } finally {
      await host.stop();
    }
    expect(host.stderr()).not.toMatch(/SqliteError/);
  });

  it('processes opening a brand-new archive at the same moment all get the same schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-first-open-'));
    const db = join(dir, 'archive.db');
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => startCli(['stats', '--json', '--db', db]).done),
    );
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ pages: 0 });
    }
  });
});
