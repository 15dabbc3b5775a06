import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configDir, DEFAULT_PORT, readAddress, stableAddress } from './browser-address';

const made: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-config-'));
  made.push(dir);
  return join(dir, 'jianbao');
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('browser host address', () => {
  it('is the same port and token at every start, kept in a file only the user can read', () => {
    const dir = temp();
    const first = stableAddress(dir, {});
    expect(first.address.port).toBe(DEFAULT_PORT);
    expect(first.rotated).toBe(true);
    const again = stableAddress(dir, {});
    expect(again).toEqual({ address: first.address, rotated: false });
    const file = join(dir, 'browser-host.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first.address);
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
  });

  it('rotates the token on request and remembers a chosen port', () => {
    const dir = temp();
    const first = stableAddress(dir, {}).address;
    const rotated = stableAddress(dir, { rotate: true });
    expect(rotated.rotated).toBe(true);
    expect(rotated.address.token).not.toBe(first.token);
    expect(rotated.address.port).toBe(first.port);
    stableAddress(dir, { port: 8080 });
    expect(readAddress(dir)).toEqual({ port: 8080, token: rotated.address.token });
  });

  it('replaces a damaged or hand-widened file with a private one', () => {
    const dir = temp();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'browser-host.json'), '{ not json', { mode: 0o644 });
    expect(readAddress(dir)).toBeNull();
    const made = stableAddress(dir, {});
    expect(made.rotated).toBe(true);
    if (process.platform !== 'win32')
      expect(statSync(join(dir, 'browser-host.json')).mode & 0o777).toBe(0o600);
  });

  it('lives where JIANBAO_CONFIG_DIR or XDG_CONFIG_HOME say, else ~/.config/jianbao', () => {
    expect(configDir({ JIANBAO_CONFIG_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(configDir({ XDG_CONFIG_HOME: '/tmp/c', HOME: '/home/e' })).toBe('/tmp/c/jianbao');
    expect(configDir({ HOME: '/home/e' })).toBe('/home/e/.config/jianbao');
  });
});
