// Builds out/ with electron-vite when any source is newer than the last build, so `npm start`
// and `npm run serve` always show the current code without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, e) => Math.max(m, newest(join(path, e))), s.mtimeMs);
}

export function ensureBuild(root) {
  const stamp = join(root, 'out', '.build-stamp');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map((s) => newest(join(root, s))))) return;
  process.stderr.write('正在构建界面 / building the app…\n');
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (r.status !== 0) {
    process.stderr.write('构建失败 / build failed\n');
    process.exit(r.status ?? 1);
  }
  writeFileSync(stamp, new Date().toISOString());
}

// `node scripts/ensure-build.mjs`: what `cli serve` runs on a checkout never built.
if (process.argv[1] === fileURLToPath(import.meta.url))
  ensureBuild(join(dirname(fileURLToPath(import.meta.url)), '..'));
