import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { err, ok, type Result } from '../../result';

/** Where headless Chromium lives for the CLI and browser host: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => p !== undefined && p.length > 0 && existsSync(p)) ?? null;
}

/**
 * Prints self-contained HTML to PDF with headless Chromium (`--print-to-pdf`), the same engine
 * Electron's printToPDF uses, so both hosts produce the same pages. Without Chromium the result
 * is a typed `unavailable` error naming CHROMIUM_PATH, never a half-made file.
 */
export async function printPdfWithChromium(
  html: string,
  signal?: AbortSignal,
  binary: string | null = chromiumPath(),
): Promise<Result<Uint8Array>> {
  if (binary === null)
    return err(
      'unavailable',
      'PDF 需要 Chromium:请安装或设置 CHROMIUM_PATH / PDF needs Chromium (CHROMIUM_PATH)',
    );
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
  try {
    const input = join(dir, 'export.html');
    const output = join(dir, 'export.pdf');
    writeFileSync(input, html);
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        binary,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          `--user-data-dir=${join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          '--print-to-pdf-no-header',
          // Bookmarks from the h1/h2 headings: one per article in the PDF's outline.
          '--generate-pdf-document-outline',
          `--print-to-pdf=${output}`,
          pathToFileURL(input).href,
        ],
        { stdio: 'ignore', signal },
      );
      child.once('error', reject);
      child.once('exit', resolve);
    }).catch((e: unknown) => {
      if (e instanceof Error && e.name === 'AbortError') return 'aborted' as const;
      throw e;
    });
    if (code === 'aborted') return err('cancelled');
    if (code !== 0 || !existsSync(output)) return err('io-failed', `chromium exit ${String(code)}`);
    return ok(new Uint8Array(readFileSync(output)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
