// Finds the Electron binary without triggering electron's own lazy download (which would hang or
// throw on machines that cannot reach GitHub), and tries that download once, with a time limit.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinary(root) {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

/** Returns the binary path, or a one-line reason why there is none. */
export function obtainElectron(root, { timeoutMs = 600_000 } = {}) {
  const existing = electronBinary(root);
  if (existing) return { bin: existing };
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return { reason: 'electron 未安装 / the electron package is not installed' };
  process.stderr.write('正在下载 Electron / downloading Electron…\n');
  const r = spawnSync(process.execPath, [installer], { cwd: root, timeout: timeoutMs, encoding: 'utf8' });
  const bin = electronBinary(root);
  if (bin) return { bin };
  const why = r.error
    ? r.error.message
    : (r.stderr || '')
        .trim()
        .split('\n')
        .find((l) => /error/i.test(l)) || `exit ${r.status}`;
  return { reason: `无法下载 Electron / cannot download the Electron binary (${why.slice(0, 120)})` };
}
