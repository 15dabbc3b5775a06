// Finds the Electron binary without triggering electron's own lazy download (which would hang or
// throw on machines that cannot reach GitHub), and tries that download once, with a time limit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function electronBinary(root) {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

/** After a failed download, starts within this long go straight to the browser host without retrying. */
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** The download's failure in words a person can act on, never a stack trace or `TypeError: fetch failed`. */
export function downloadFailure(result) {
  const text = `${result.error?.message ?? ''}\n${result.stderr ?? ''}`;
  if (result.error?.code === 'ETIMEDOUT' || /timed? ?out/i.test(text))
    return '下载超时 / the download timed out';
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket/i.test(
      text,
    )
  )
    return '连不上 GitHub / GitHub cannot be reached from here';
  if (/EACCES|EPERM/.test(text)) return '没有写入权限 / no permission to write node_modules/electron';
  if (result.status === null && result.error)
    return String(result.error.message).split('\n')[0].slice(0, 120);
  return `exit ${result.status ?? '?'}`;
}

/** Returns the binary path, or a one-line reason why there is none. */
export function obtainElectron(root, { timeoutMs = 600_000, now = Date.now() } = {}) {
  const existing = electronBinary(root);
  if (existing) return { bin: existing };
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return { reason: 'electron 未安装 / the electron package is not installed' };
  // A failed download is remembered for a day: retrying it at every start only makes each start slow.
  const marker = join(root, '.native', 'electron-download-failed');
  if (existsSync(marker) && now - statSync(marker).mtimeMs < RETRY_AFTER_MS)
    return {
      reason: `Electron 未下载(${readFileSync(marker, 'utf8').trim()};一天后再试,或删除 ${marker}) / Electron is not downloaded`,
    };
  process.stderr.write('正在下载 Electron / downloading Electron…\n');
  const r = spawnSync(process.execPath, [installer], { cwd: root, timeout: timeoutMs, encoding: 'utf8' });
  const bin = electronBinary(root);
  if (bin) return { bin };
  const why = downloadFailure(r);
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, why + '\n');
  return { reason: `无法下载 Electron / cannot download the Electron binary (${why})` };
}
