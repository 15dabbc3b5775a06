import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src-main/hosts/cli.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('cli report bylines', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'jianbao-report-')), 'x.db');
  cli(['import', 'seeds', '--db', db, '--json']);

  it('--json prints exactly {from, to, people[]} sorted by pieces', () => {
    const r = cli(['report', 'bylines', '--db', db, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { from: unknown; to: unknown; people: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['from', 'to', 'people']);
    expect(out.from).toBeNull();
    expect(out.people[0]).toEqual({
      name: '朱文君',
      aliases: [],
      roles: { 记者: 2 },
      pieces: 2,
      shared: 0,
      chars: 1882,
      photos: 0,
      frontPage: 0,
      // The seed page has no date: it counts, but in no month.
      byMonth: {},
    });
    expect(out.people.map((p) => p.name)).toHaveLength(5);
  });

  it('a range with no pieces is empty; a bad date is a typed error on stderr', () => {
    const empty = cli([
      'report',
      'bylines',
      '--from',
      '2024-07-01',
      '--to',
      '2024-07-31',
      '--db',
      db,
      '--json',
    ]);
    expect(JSON.parse(empty.stdout)).toEqual({ from: '2024-07-01', to: '2024-07-31', people: [] });
    const bad = cli(['report', 'bylines', '--from', '2024-7-1', '--db', db, '--json']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--from');
  });
});
