import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDbPath } from './paths';

const env = { HOME: '/home/ed' };
const none = () => false;

describe('resolveDbPath: one archive for every host', () => {
  it('prefers --db, then JIANBAO_DB', () => {
    expect(resolveDbPath('x.db', { ...env, JIANBAO_DB: '/a/b.db' }, 'linux', none)).toBe(resolve('x.db'));
    expect(resolveDbPath(undefined, { ...env, JIANBAO_DB: '/a/b.db' }, 'linux', none)).toBe('/a/b.db');
  });

  it('defaults to the shared XDG data folder on a fresh machine', () => {
    expect(resolveDbPath(undefined, env, 'linux', none)).toBe('/home/ed/.local/share/jianbao/archive.db');
    expect(resolveDbPath(undefined, { ...env, XDG_DATA_HOME: '/data' }, 'darwin', none)).toBe(
      '/data/jianbao/archive.db',
    );
  });

  it('keeps using the archive the old desktop app made when the shared one does not exist', () => {
    const legacy = '/home/ed/.config/jianbao/archive.db';
    expect(resolveDbPath(undefined, env, 'linux', (f) => f === legacy)).toBe(legacy);
    const mac = join('/home/ed', 'Library', 'Application Support', 'jianbao', 'archive.db');
    expect(resolveDbPath(undefined, env, 'darwin', (f) => f === mac)).toBe(mac);
  });

  it('the shared archive wins once it exists, whichever host asks', () => {
    const shared = '/home/ed/.local/share/jianbao/archive.db';
    expect(resolveDbPath(undefined, env, 'linux', () => true)).toBe(shared);
  });
});
