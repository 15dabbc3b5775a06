// `npm start`: the desktop app where Electron can run; otherwise one line saying why, then the
// browser host (same renderer, same operations) with the URL to open.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNativeForElectron } from './build-native-electron.mjs';
import { downloadFailure, obtainElectron } from './electron-binary.mjs';
import { ensureBuild } from './ensure-build.mjs';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

async function main() {
  const found = process.env.JIANBAO_BROWSER
    ? { reason: 'JIANBAO_BROWSER 已设置 / is set' }
    : obtainElectron(root);
  if (!found.bin) {
    process.stdout.write(`${found.reason};改为启动浏览器端 / starting the browser host instead.\n`);
    return serve(args);
  }
  ensureBuild(root);
  try {
    await buildNativeForElectron(root);
  } catch (e) {
    process.stdout.write(
      `无法为 Electron 编译 better-sqlite3 (${downloadFailure({ error: e, status: null })});改为启动浏览器端 / starting the browser host instead.\n`,
    );
    return serve(args);
  }
  const child = spawn(found.bin, [root, ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

await main();
