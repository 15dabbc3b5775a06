import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const homeOf = (env: NodeJS.ProcessEnv): string => (env.HOME && env.HOME.length > 0 ? env.HOME : homedir());

/** Where every host (desktop, browser, CLI) keeps the archive unless told otherwise (XDG on every OS). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0
      ? env.XDG_DATA_HOME
      : join(homeOf(env), '.local', 'share');
  return join(base, 'jianbao');
}

/**
 * Where desktop builds before the shared resolver kept the archive: Electron's userData folder
 * (`app.getPath('userData')`, named after package.json's name), which differs from the CLI's.
 */
export function legacyDesktopDb(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'jianbao', 'archive.db');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'jianbao', 'archive.db');
  const config =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, 'jianbao', 'archive.db');
}

/**
 * The one archive path resolver every host uses, so the desktop app, the browser host and the
 * CLI open the same archive by default: --db, then JIANBAO_DB, then the shared data folder. An
 * editor whose only archive is still where the old desktop app kept it keeps using that one
 * rather than silently starting an empty archive.
 */
export function resolveDbPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = existsSync,
): string {
  if (flag) return resolve(flag);
  if (env.JIANBAO_DB) return resolve(env.JIANBAO_DB);
  const shared = join(defaultDataDir(env), 'archive.db');
  if (exists(shared)) return shared;
  const legacy = legacyDesktopDb(env, platform, homeOf(env));
  return exists(legacy) ? legacy : shared;
}

/** The checkout root, found by walking up to package.json (works from src-main/ and from out/). */
export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}
