import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The CLI as `npm run -s cli -- …` runs it, minus npm: for tests that need real separate processes. */
export const CLI = ['--import', 'tsx', 'src-main/hosts/cli.ts'];

export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  as?: { uid: number; gid: number },
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    ...(as ?? {}),
  });
}

/**
 * Root ignores file permissions, so a read-only archive is only read-only to another user: tests
 * run the CLI as `nobody` when they run as root (CI containers), as themselves otherwise.
 */
export const unprivileged: { uid: number; gid: number } | undefined =
  process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** A CLI run in the background, resolving with its exit code and output. */
export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [...CLI, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export interface HostProcess {
  origin: string;
  stderr: () => string;
  /** POST /api/<name> with the token cookie; resolves with the HTTP status and parsed body. */
  call: (name: string, input: unknown) => Promise<{ status: number; body: unknown }>;
  stop: () => Promise<void>;
}

/** `cli serve` in its own process (no seeds), ready when it prints its URL. */
export async function startHostProcess(db: string): Promise<HostProcess> {
  const { child, done } = startCli(['serve', '--db', db, '--no-seed', '--port', '0']);
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<URL>((resolve, reject) => {
    lines.on('line', (line) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(line);
      if (m) resolve(new URL(m[1]!));
    });
    void done.then((r) => reject(new Error(`host exited ${r.code}: ${r.stderr}`)));
  });
  const token = url.searchParams.get('token') ?? '';
  let errors = '';
  child.stderr?.on('data', (c: Buffer) => (errors += c.toString()));
  return {
    origin: url.origin,
    stderr: () => errors,
    call: async (name, input) => {
      const res = await fetch(`${url.origin}/api/${name}`, {
        method: 'POST',
        headers: { cookie: `jianbao_token=${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    stop: async () => {
      child.kill('SIGTERM');
      await done;
    },
  };
}
