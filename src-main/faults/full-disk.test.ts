import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFictionalPages } from '../test-support/fictional-pages';
import { runCli } from '../test-support/host-process';
import { figure } from './figures';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-full-'));
const disk = join(dir, 'disk');
mkdirSync(disk);

/** A 1.5 MB tmpfs where the runner may mount one (root in a container); otherwise the reason. */
function mountSmallDisk(): string | null {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1536k', 'tmpfs', disk], { encoding: 'utf8' });
  if (r.error) return `mount not available (${r.error.message})`;
  return r.status === 0 ? null : `cannot mount a tmpfs here: ${r.stderr.trim() || `exit ${r.status}`}`;
}

const skipReason = mountSmallDisk();
afterAll(() => {
  if (skipReason === null) spawnSync('umount', [disk]);
  rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', { timeout: 60_000 }, () => {
  it.skipIf(skipReason !== null)(
    'an import that fills the disk stops with one typed line and loses nothing',
    () => {
      const pages = writeFictionalPages(join(dir, 'pages'), 400);
      const db = join(disk, 'archive.db');
      const r = runCli(['import', ...pages, '--db', db]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('(disk-full)');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at |SqliteError/);
      const c = new Database(db, { readonly: true, fileMustExist: true });
      expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = c.prepare('SELECT count(*) FROM pages').pluck().get() as number;
      const half = c
        .prepare(
          'SELECT count(*) FROM pages p WHERE (SELECT count(*) FROM articles a WHERE a.page_id = p.id) <> 3',
        )
        .pluck()
        .get();
      c.close();
      expect(stored).toBeGreaterThan(0);
      expect(stored).toBeLessThan(400);
      expect(half).toBe(0);
      figure('full disk', `import stopped at ${stored}/400 pages with disk-full; 0 half pages; integrity ok`);
    },
  );

  it.runIf(skipReason !== null)('is skipped here, saying why', () => {
    figure('full disk', `skipped: ${skipReason}`);
    expect(skipReason).toMatch(/mount/);
  });
});
