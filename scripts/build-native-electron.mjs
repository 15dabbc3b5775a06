// Builds better-sqlite3 for Electron's ABI into .native/electron-<abi>/, leaving the Node build in
// node_modules untouched, so the CLI (Node) and the desktop app (Electron) both work from one checkout.
// Uses @electron/rebuild on a private copy of the package; needs Electron's headers (internet) once.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function buildNativeForElectron(root) {
  const electronPkg = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  );
  const abi = readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  const target = join(root, '.native', `electron-${abi}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const work = join(root, '.native', 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'native-work', dependencies: { 'better-sqlite3': '*' } }),
  );
  process.stderr.write(
    `正在为 Electron ${electronPkg.version} 编译 better-sqlite3 / building better-sqlite3 for Electron…\n`,
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: work,
    electronVersion: electronPkg.version,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  mkdirSync(join(root, '.native', `electron-${abi}`), { recursive: true });
  cpSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(work, { recursive: true, force: true });
  return target;
}
