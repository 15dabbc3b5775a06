import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  /** URL with the one-time token, as printed for the user. */
  url: string;
  origin: string;
  dbPath: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real browser host the way a user does (the CLI's `serve`), on a fresh archive in a
 * temp folder, and reads the printed URL. The renderer must already be built (npm test builds it).
 */
export async function startHost(extraArgs: string[] = []): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-e2e-'));
  const dbPath = join(dir, 'archive.db');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/hosts/cli.ts', 'serve', '--port', '0', '--db', dbPath, ...extraArgs],
    // --port 0 leaves the config alone; the env var makes sure no test ever reads or writes the editor's.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JIANBAO_CONFIG_DIR: join(dir, 'config') } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}):\n${output}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dbPath,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
