import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain .mjs helper shared with scripts/start.mjs; it has no type declarations
import { electronBinary } from '../scripts/electron-binary.mjs';
import { AppPage } from './pages/app-page';

const bin = (electronBinary as (root: string) => string | null)(process.cwd());

test.describe('Electron host', () => {
  test.skip(!bin, 'Electron binary not present (it downloads from GitHub at first run, unreachable here)');

  test('the desktop window is isolated, sandboxed and reads the sample page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-electron-'));
    const app = await electron.launch({
      executablePath: bin ?? undefined,
      args: ['.'],
      env: { ...process.env, JIANBAO_DB: join(dir, 'archive.db') },
    });
    try {
      const win = await app.firstWindow();
      const page = new AppPage(win);
      await expect(page.library.locator('[data-article-id]').first()).toBeVisible();
      await page.openArticle('推进高水平跨江融合 共建长江口产业创新协同区');
      await expect(page.readerBylines).toContainText('朱文君');
      const exposed = await win.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((window as unknown as { jianbao: object }).jianbao),
        origin: location.origin,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['invoke'],
        origin: 'jianbao://app',
      });
      const refused = await win.evaluate(() => {
        const w = window.open('https://example.com');
        return w === null;
      });
      expect(refused).toBe(true);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
