import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCli } from '../test-support/host-process';

/** A port free right now, for the address the first start saves. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Starts `cli serve`, waits for its address, stops it; returns everything it printed. */
async function serveOnce(args: string[], env: NodeJS.ProcessEnv): Promise<{ url: string; out: string }> {
  const { child, done } = startCli(['serve', '--no-seed', ...args], env);
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m?.[1] && out.includes('\n')) resolve(m[1]);
    });
    void done.then((r) => reject(new Error(`serve exited ${r.code}: ${r.stderr}`)));
  });
  child.kill('SIGTERM');
  const r = await done;
  return { url, out: out + r.stdout };
}

describe('cli serve address', () => {
  it('keeps one bookmarkable address across starts, rotates the token on request, --port 0 is throwaway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-serve-'));
    const env = { JIANBAO_CONFIG_DIR: join(dir, 'config') };
    const db = ['--db', join(dir, 'archive.db')];
    const port = await freePort();

    const first = await serveOnce([...db, '--port', String(port)], env);
    expect(new URL(first.url).port).toBe(String(port));
    expect(first.out).toContain('新的访问令牌已保存');
    const again = await serveOnce(db, env);
    expect(again.url).toBe(first.url);
    expect(again.out).toContain('访问令牌保存在');
    expect(statSync(join(dir, 'config', 'browser-host.json')).mode & 0o777).toBe(0o600);

    const rotated = await serveOnce([...db, '--new-token'], env);
    expect(new URL(rotated.url).port).toBe(String(port));
    expect(rotated.url).not.toBe(first.url);

    const throwaway = await serveOnce([...db, '--port', '0'], env);
    expect(new URL(throwaway.url).searchParams.get('token')).not.toBe(
      new URL(rotated.url).searchParams.get('token'),
    );
    expect((await serveOnce(db, env)).url).toBe(rotated.url);
    rmSync(dir, { recursive: true, force: true });
  });
});
