// `npm run serve [-- --port N]`: the browser host on 127.0.0.1 with the bundled renderer.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function serve(args) {
  ensureBuild(root);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'src-main', 'hosts', 'cli.ts'), 'serve', ...args],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve(process.argv.slice(2));
