import Database from 'better-sqlite3';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../core/db/migrations/index';
import { runCli, unprivileged } from '../test-support/host-process';

const SEED = 'seeds/000_3497fb0fb16c1ff0.txt';
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `jianbao-${name}-`));

/** An archive with the seed page, made through the CLI like an editor would. */
function seededArchive(dir: string): string {
  const db = join(dir, 'archive.db');
  expect(runCli(['import', SEED, '--db', db, '--json']).status).toBe(0);
  return db;
}

/** One line on stderr naming the problem, a non-zero exit, no stack trace. */
function expectOneLineFailure(r: { status: number | null; stderr: string }, code: string) {
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`(${code})`);
  expect(r.stderr).not.toMatch(/\n\s+at |SqliteError|node:internal/);
}

describe('storage failures are one clear line, never a stack', { timeout: 60_000 }, () => {
  it('a truncated archive', () => {
    const dir = fresh('trunc');
    const db = seededArchive(dir);
    const bytes = readFileSync(db);
    writeFileSync(db, bytes.subarray(0, Math.floor(bytes.length / 3)));
    expectOneLineFailure(runCli(['search', '会议', '--db', db]), 'archive-corrupt');
  });

  it('a file that is not an archive at all', () => {
    const db = join(fresh('junk'), 'archive.db');
    writeFileSync(db, '这不是数据库 not a database '.repeat(200));
    const r = runCli(['stats', '--db', db]);
    expectOneLineFailure(r, 'archive-corrupt');
    expect(r.stderr).toContain('档案文件已损坏');
  });

  it('an archive from a newer Jianbao, untouched', () => {
    const dir = fresh('newer');
    const db = seededArchive(dir);
    const raw = new Database(db);
    raw.pragma(`user_version = ${migrations.length + 3}`);
    raw.close();
    const before = readFileSync(db);
    const r = runCli(['stats', '--db', db]);
    expectOneLineFailure(r, 'archive-too-new');
    expect(r.stderr).toContain('请升级剪报');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a read-only folder: reading, searching and exporting work; writing says why not', () => {
    const dir = fresh('readonly');
    const db = seededArchive(join(dir, 'ro'));
    const out = fresh('readonly-out');
    chmodSync(out, 0o777);
    chmodSync(db, 0o444);
    chmodSync(join(dir, 'ro'), 0o555);
    chmodSync(dir, 0o755);
    const stats = runCli(['stats', '--json', '--db', db], {}, unprivileged);
    expect(stats.stderr).toBe('');
    expect(JSON.parse(stats.stdout)).toMatchObject({ pages: 1, articles: 5 });
    const search = runCli(['search', '政协', '--json', '--db', db], {}, unprivileged);
    expect(search.status).toBe(0);
    expect(JSON.parse(search.stdout).total).toBeGreaterThan(0);
    const md = join(out, 'x.md');
    const exported = runCli(
      ['export', '--query', '政协', '--format', 'md', '--out', md, '--db', db],
      {},
      unprivileged,
    );
    expect(exported.status).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('政协');
    const write = runCli(['tag', '--query', '政协', '--add', '经济', '--db', db], {}, unprivileged);
    expectOneLineFailure(write, 'archive-read-only');
    expect(write.stderr).toContain('只读');
  });

  it('a folder that cannot be created', () => {
    const dir = fresh('nofolder');
    mkdirSync(join(dir, 'locked'), { mode: 0o555 });
    chmodSync(dir, 0o755);
    const r = runCli(['stats', '--db', join(dir, 'locked', 'sub', 'archive.db')], {}, unprivileged);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
