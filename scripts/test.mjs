// `npm test`: every check CI runs, in order, each with a one-line verdict and a closing summary.
// All steps run even after a failure, so one run shows everything that is red.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  ['format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['lint (eslint)', bin('eslint'), ['.']],
  ['typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  [
    'typecheck (svelte-check)',
    bin('svelte-check'),
    ['--tsconfig', './tsconfig.json', '--threshold', 'warning', '--fail-on-warnings'],
  ],
  ['unit (vitest)', bin('vitest'), ['run']],
  ['build (electron-vite)', bin('electron-vite'), ['build']],
  ['e2e (playwright)', bin('playwright'), ['test']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue;
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: r.status === 0, seconds });
  process.stdout.write(`${r.status === 0 ? '✔' : '✘'} ${name} (${seconds}s)\n`);
}

const failed = results.filter((r) => !r.ok);
process.stdout.write('\n── summary ──\n');
for (const r of results) process.stdout.write(`${r.ok ? '✔' : '✘'} ${r.name} (${r.seconds}s)\n`);
process.stdout.write(
  failed.length === 0
    ? `ALL CHECKS PASSED: ${results.length}/${results.length}\n`
    : `CHECKS FAILED: ${failed.length} of ${results.length} (${failed.map((f) => f.name).join(', ')})\n`,
);
process.exit(failed.length === 0 ? 0 : 1);
