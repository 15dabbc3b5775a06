import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED = 'seeds/000_3497fb0fb16c1ff0.txt';

/** Runs the CLI exactly as `npm run -s cli -- …` does, minus npm itself. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src-main/hosts/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('cli', () => {
  it('parse --json prints exactly the expected page and nothing else on stdout', () => {
    const r = cli(['parse', SEED, '--json']);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as { warnings: unknown };
    const expected = JSON.parse(
      readFileSync('src-main/core/parse/fixtures/000_3497fb0fb16c1ff0.expected.json', 'utf8'),
    ) as object;
    const { warnings, ...rest } = printed;
    expect(Array.isArray(warnings)).toBe(true);
    expect(rest).toEqual(expected);
  });

  it('import is idempotent and stats reports the seed page', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'jianbao-cli-')), 'x.db');
    const first = cli(['import', 'seeds', '--db', db, '--json']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ pages: 1, articles: 5, skipped: 0 });
    const again = cli(['import', 'seeds', '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ pages: 0, articles: 0, skipped: 1 });
    const stats = cli(['stats', '--json'], { JIANBAO_DB: db });
    expect(JSON.parse(stats.stdout)).toEqual({
      pages: 1,
      articles: 5,
      byKind: { article: 4, photo: 1, brief: 0 },
    });
  });

  it('npm run -s keeps stdout pure JSON', () => {
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'parse', SEED, '--json'], {
      encoding: 'utf8',
    });
    expect(() => JSON.parse(out) as unknown).not.toThrow();
  });

  it('explains bad usage and missing files without a stack trace', () => {
    // A temporary archive: the CLI opens one before it reads the command, and the default one
    // belongs to the person running the tests (and may be from a newer Jianbao).
    const unknown = cli(['frobnicate'], {
      JIANBAO_DB: join(mkdtempSync(join(tmpdir(), 'jianbao-cli-')), 'x.db'),
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('未知命令');
    const missing = cli(['parse', 'no-such-file.txt', '--json']);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/读写文件失败/);
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
