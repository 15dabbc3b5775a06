import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../core/db/migrations/index';
import { runCli } from '../test-support/host-process';
import { call } from './dispatch';
import { openContext } from './open-context';

const SEED = 'seeds/000_3497fb0fb16c1ff0.txt';

/** Runs operations on the archive file in-process, as a host would, then closes it. */
async function withArchive<T>(file: string, fn: (ctx: { db: Database.Database }) => Promise<T>): Promise<T> {
  const opened = openContext(file);
  if (!opened.ok) throw new Error(opened.error.code);
  try {
    return await fn(opened.value.ctx);
  } finally {
    opened.value.close();
  }
}

async function annotations(file: string) {
  return withArchive(file, async (ctx) => {
    const r = await call(ctx, 'annotations.list', { view: 'active' });
    if (!r.ok) throw new Error(r.error.code);
    return r.value.map(({ id, articleId, exact, note, colour, tags }) => ({
      id,
      articleId,
      exact,
      note,
      colour,
      tags,
    }));
  });
}

describe('cli backup, restore and check', { timeout: 60_000 }, () => {
  it('backup then restore round-trips an archive with annotations, keeping the replaced one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-backup-'));
    const db = join(dir, 'archive.db');
    expect(runCli(['import', SEED, '--db', db]).status).toBe(0);
    await withArchive(db, async (ctx) => {
      const article = ctx.db.prepare('SELECT id, paragraphs FROM articles ORDER BY ordinal').get() as {
        id: number;
        paragraphs: string;
      };
      const text = (JSON.parse(article.paragraphs) as string[]).join('\n\n');
      const made = await call(ctx, 'annotations.create', {
        articleId: article.id,
        start: 0,
        end: 6,
        exact: text.slice(0, 6),
        colour: 'green',
        note: '备份前的批注',
      });
      expect(made.ok).toBe(true);
      if (made.ok)
        expect((await call(ctx, 'tags.annotate', { tag: '待核实', annotationIds: [made.value.id] })).ok).toBe(
          true,
        );
    });
    const before = await annotations(db);
    expect(before).toHaveLength(1);

    const out = join(dir, 'copy.db');
    const backup = runCli(['backup', '--out', out, '--db', db, '--json']);
    expect(backup.status).toBe(0);
    expect(JSON.parse(backup.stdout)).toEqual({ path: out });

    // Change the archive after the backup: delete the annotation, add another page.
    await withArchive(db, async (ctx) => {
      expect((await call(ctx, 'annotations.delete', { id: before[0]!.id })).ok).toBe(true);
    });
    expect(await annotations(db)).toEqual([]);

    const restored = runCli(['restore', out, '--db', db, '--json']);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const report = JSON.parse(restored.stdout) as { replacedKeptAt: string; pages: number };
    expect(report.pages).toBe(1);
    expect(await annotations(db)).toEqual(before);
    // The replaced archive (annotation deleted) is kept and readable.
    expect(await annotations(report.replacedKeptAt)).toEqual([]);
    expect(runCli(['check', '--db', db]).status).toBe(0);
  });

  it('restore refuses a damaged or too-new backup and leaves the archive untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-restore-bad-'));
    const db = join(dir, 'archive.db');
    expect(runCli(['import', SEED, '--db', db]).status).toBe(0);
    const before = readFileSync(db);

    const junk = join(dir, 'junk.db');
    writeFileSync(junk, '不是备份 '.repeat(500));
    const r1 = runCli(['restore', junk, '--db', db]);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain('(archive-corrupt)');

    const newer = join(dir, 'newer.db');
    expect(runCli(['backup', '--out', newer, '--db', db]).status).toBe(0);
    const raw = new Database(newer);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    const r2 = runCli(['restore', newer, '--db', db]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('(archive-too-new)');
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it.each(['articles_fts', 'articles_headline_fts'])(
    'check finds a damaged search index (%s) and exits non-zero',
    (table) => {
      const dir = mkdtempSync(join(tmpdir(), 'jianbao-check-'));
      const db = join(dir, 'archive.db');
      expect(runCli(['import', SEED, '--db', db]).status).toBe(0);
      const raw = new Database(db);
      raw.unsafeMode(true);
      raw.prepare(`DELETE FROM ${table}_data WHERE id > 10`).run();
      raw.close();
      const r = runCli(['check', '--db', db, '--json']);
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false });
      expect(JSON.parse(r.stdout).searchIndex).toContain(table);
    },
  );
});
