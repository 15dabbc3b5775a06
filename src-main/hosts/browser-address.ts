/**
 * A bookmarkable address for the browser host: the same port and token at every start, kept in
 * the user's config folder in a file only they can read (the token is the only key to the
 * archive over HTTP, so a stable one must stay as secret as a password file).
 *
 * `--port 0` asks for a throwaway address (a free port and a one-off token, config untouched):
 * tests and scripts use it, so they never read or write a person's config.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** The port the browser host asks for when none was chosen before: unassigned, easy to type. */
export const DEFAULT_PORT = 47_310;

const Saved = z.object({
  port: z.number().int().min(1).max(65_535),
  token: z.string().regex(/^[\w-]{24,}$/),
});
export type BrowserAddress = z.infer<typeof Saved>;

/** `JIANBAO_CONFIG_DIR`, else `$XDG_CONFIG_HOME/jianbao`, else `~/.config/jianbao`. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JIANBAO_CONFIG_DIR) return env.JIANBAO_CONFIG_DIR;
  const base =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0
      ? env.XDG_CONFIG_HOME
      : join(env.HOME && env.HOME.length > 0 ? env.HOME : homedir(), '.config');
  return join(base, 'jianbao');
}

export const newToken = (): string => randomBytes(24).toString('base64url');

const fileIn = (dir: string): string => join(dir, 'browser-host.json');

/** The saved address, or null when there is none yet or it does not read (then a new one is made). */
export function readAddress(dir: string): BrowserAddress | null {
  const file = fileIn(dir);
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    // A damaged file is replaced by a fresh address: the old token is then useless anyway.
    if (e instanceof SyntaxError) return null;
    throw e;
  }
  const saved = Saved.safeParse(json);
  return saved.success ? saved.data : null;
}

/** Writes the address readable by the user only (folder 0700, file 0600), replacing it atomically. */
export function writeAddress(dir: string, address: BrowserAddress): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = fileIn(dir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(address, null, 2) + '\n', { mode: 0o600 });
  renameSync(temp, file);
  // A file made by hand (or by an older Jianbao) may be wider than 0600: narrow it.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
}

/**
 * The address for this start: a chosen port (saved for next time), else the saved one, else the
 * default; the saved token unless a new one is asked for (`--new-token`) or none exists.
 */
export function stableAddress(
  dir: string,
  options: { port?: number; rotate?: boolean },
): { address: BrowserAddress; rotated: boolean } {
  const saved = readAddress(dir);
  const rotated = options.rotate === true || saved === null;
  const address = {
    port: options.port ?? saved?.port ?? DEFAULT_PORT,
    token: rotated || !saved ? newToken() : saved.token,
  };
  if (!saved || saved.port !== address.port || saved.token !== address.token) writeAddress(dir, address);
  return { address, rotated };
}
