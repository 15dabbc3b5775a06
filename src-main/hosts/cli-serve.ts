/**
 * `cli serve`: the browser host at a bookmarkable address (browser-address.ts), with the renderer
 * built first when this checkout has never been built, as `npm run serve` does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configDir, stableAddress } from './browser-address';
import { startBrowserHost, type BrowserHost } from './browser';
import { projectRoot } from './paths';

export class ServeUsage extends Error {}

const inUse = (e: unknown): boolean => e instanceof Error && 'code' in e && e.code === 'EADDRINUSE';

/** Builds out/renderer when it is missing (a fresh clone); an existing build is used as it is. */
function ensureRenderer(root: string): void {
  if (existsSync(join(root, 'out', 'renderer', 'index.html'))) return;
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.mjs')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new ServeUsage('界面构建失败 / the renderer could not be built');
}

export async function cliServe(
  dbPath: string,
  options: { port?: string; seed: boolean; newToken: boolean },
): Promise<void> {
  const asked = options.port === undefined ? undefined : Number(options.port);
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 0 || asked > 65535))
    throw new ServeUsage(`端口无效 / bad port: ${options.port}`);
  const root = projectRoot();
  ensureRenderer(root);
  const start = (port: number, token?: string) =>
    startBrowserHost({
      dbPath,
      port,
      rendererDir: join(root, 'out', 'renderer'),
      seedsDir: options.seed ? join(root, 'seeds') : null,
      ...(token ? { token } : {}),
    });

  let host: BrowserHost;
  let note = '';
  if (asked === 0) {
    // A throwaway address: tests and scripts use it, and it never touches the editor's config.
    host = await start(0);
  } else {
    const dir = configDir();
    const { address, rotated } = stableAddress(dir, {
      ...(asked !== undefined ? { port: asked } : {}),
      rotate: options.newToken,
    });
    try {
      host = await start(address.port, address.token);
    } catch (e) {
      if (!inUse(e)) throw e;
      if (asked !== undefined) throw new ServeUsage(`端口 ${asked} 已被占用 / port ${asked} is in use`);
      host = await start(0, address.token);
      note = `端口 ${address.port} 已被占用,本次改用 ${new URL(host.origin).port} / port ${address.port} is in use; using another this time\n`;
    }
    note +=
      (rotated
        ? '新的访问令牌已保存 / a new access token was saved in '
        : '访问令牌保存在 / access token kept in ') +
      `${join(dir, 'browser-host.json')}\n` +
      '可收藏此网址;--new-token 生成新令牌 / bookmark this address; --new-token makes a new one\n';
  }
  process.stdout.write(`剪报已启动 / Jianbao is running: ${host.url}\n档案 / archive: ${dbPath}\n${note}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
