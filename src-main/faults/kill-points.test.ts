import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFictionalPages } from '../test-support/fictional-pages';
import { runCli, startCli } from '../test-support/host-process';
import { figure, seeded } from './figures';

const PAGES = 60;
const KILLS = 3;
const SEED = 13;

const count = (db: string, sql: string): number => {
  const c = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return c.prepare(sql).pluck().get() as number;
  } finally {
    c.close();
  }
};

/** Waits until `ready()` holds (polling), then SIGKILLs the child; resolves when it is gone. */
async function killWhen(child: ReturnType<typeof startCli>, ready: () => boolean, extraMs: number) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !ready()) await new Promise((r) => setTimeout(r, 3));
  await new Promise((r) => setTimeout(r, extraMs));
  child.child.kill('SIGKILL');
  return child.done;
}

/** No half pages: every stored page has all three of its articles, and the file is sound. */
function assertWhole(db: string): number {
  const c = new Database(db, { readonly: true, fileMustExist: true });
  try {
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    const partial = c
      .prepare(
        'SELECT count(*) FROM pages p WHERE (SELECT count(*) FROM articles a WHERE a.page_id = p.id) <> 3',
      )
      .pluck()
      .get();
    expect(partial).toBe(0);
    return c.prepare('SELECT count(*) FROM pages').pluck().get() as number;
  } finally {
    c.close();
  }
}

describe('kill -9 at seeded points', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-kills-'));
  const pages = join(dir, 'pages');
  writeFictionalPages(pages, PAGES);
  const rand = seeded(SEED);
  let survived = 0;
  let midWork = 0;

  it('during import: no half pages, and importing again completes the archive', async () => {
    for (let k = 0; k < KILLS; k++) {
      const db = join(dir, `import-${k}.db`);
      const stopAt = 1 + Math.floor(rand() * (PAGES - 2));
      const run = startCli(['import', pages, '--db', db]);
      const pagesNow = () => existsSync(db) && count(db, 'SELECT count(*) FROM pages') >= stopAt;
      const done = await killWhen(
        run,
        () => {
          try {
            return pagesNow();
          } catch {
            // The archive is being created: not readable yet.
            return false;
          }
        },
        0,
      );
      expect(done.signal).toBe('SIGKILL');
      const stored = assertWhole(db);
      if (stored > 0 && stored < PAGES) midWork++;
      const again = runCli(['import', pages, '--db', db, '--json']);
      expect(again.status).toBe(0);
      expect(assertWhole(db)).toBe(PAGES);
      survived++;
    }
  });

  it('during bundle import: all of the bundle or none of it', async () => {
    const source = join(dir, 'source.db');
    expect(runCli(['import', pages, '--db', source]).status).toBe(0);
    const bundle = join(dir, 'all.jianbao.json');
    expect(
      runCli(['export', '--query', '编号', '--format', 'json', '--out', bundle, '--db', source]).status,
    ).toBe(0);
    for (let k = 0; k < KILLS; k++) {
      const db = join(dir, `bundle-${k}.db`);
      const run = startCli(['import-bundle', bundle, '--db', db]);
      // The WAL grows once the one bundle transaction starts writing.
      const done = await killWhen(
        run,
        () => existsSync(`${db}-wal`) && statSync(`${db}-wal`).size > 64 * 1024,
        Math.floor(rand() * 40),
      );
      expect(done.signal).toBe('SIGKILL');
      const stored = existsSync(db) ? assertWhole(db) : 0;
      expect([0, PAGES]).toContain(stored);
      if (stored === 0) midWork++;
      survived++;
    }
  });

  it('during export: the file is whole or absent; leftover temp files are counted', async () => {
    const source = join(dir, 'source.db');
    const reference = join(dir, 'reference.md');
    expect(
      runCli(['export', '--query', '编号', '--format', 'md', '--out', reference, '--db', source]).status,
    ).toBe(0);
    const full = readFileSync(reference, 'utf8');
    const started = Date.now();
    expect(
      runCli(['export', '--query', '编号', '--format', 'md', '--out', join(dir, 'timing.md'), '--db', source])
        .status,
    ).toBe(0);
    const runMs = Date.now() - started;
    let leftovers = 0;
    let unwritten = 0;
    for (let k = 0; k < KILLS; k++) {
      const out = join(dir, `export-${k}`, 'x.md');
      // The folder exists, as a chosen destination does: a run that beats the kill must succeed.
      mkdirSync(join(dir, `export-${k}`), { recursive: true });
      const run = startCli(['export', '--query', '编号', '--format', 'md', '--out', out, '--db', source]);
      const done = await killWhen(run, () => true, Math.floor(runMs * (0.5 + rand() * 0.5)));
      if (done.signal !== 'SIGKILL') expect(done.code).toBe(0);
      if (existsSync(out)) expect(readFileSync(out, 'utf8').length).toBe(full.length);
      else unwritten++;
      const folder = join(dir, `export-${k}`);
      if (existsSync(folder)) leftovers += readdirSync(folder).filter((f) => f.endsWith('.tmp')).length;
      survived++;
    }
    figure('export temp files left by kills', leftovers);
    figure(
      'kills survived',
      `${survived}/${3 * KILLS} (${midWork} cut an import short; ${unwritten} exports killed before their file was in place)`,
    );
    expect(survived).toBe(3 * KILLS);
  });
});
