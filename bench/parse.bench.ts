/**
 * Parse throughput beside raw file-read throughput of the same bytes: the parser must not be the
 * bottleneck of import. Fixtures are written to a temp folder `size` times over (default 200) so
 * the read side measures real file I/O, and each side is timed over the same total bytes.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePage } from '../src-main/core/parse/parse-page';

const FIXTURES = join(import.meta.dirname, '..', 'src-main', 'core', 'parse', 'fixtures');

function mbPerSecond(bytes: number, ms: number): number {
  return Math.round((bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10;
}

export async function benchParse(opts: { size?: number } = {}): Promise<Record<string, unknown>> {
  const repeat = opts.size ?? 200;
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-parse-bench-'));
  try {
    const files: string[] = [];
    for (let r = 0; r < repeat; r++) {
      for (const name of names) {
        const path = join(dir, `${r}_${name}`);
        writeFileSync(path, readFileSync(join(FIXTURES, name)));
        files.push(path);
      }
    }

    let readBytes = 0;
    const readStart = performance.now();
    const contents: Buffer[] = [];
    for (const f of files) {
      const b = await readFile(f);
      readBytes += b.byteLength;
      contents.push(b);
    }
    const readMs = performance.now() - readStart;

    // Warm up the JIT on one pass so the measurement reflects steady-state parsing.
    for (const [i, b] of contents.slice(0, names.length).entries()) parsePage(b, files[i] ?? 'warmup.txt');
    let articles = 0;
    let failures = 0;
    const parseStart = performance.now();
    for (const [i, b] of contents.entries()) {
      const r = parsePage(b, files[i] ?? 'page.txt');
      if (r.ok) articles += r.value.parsed.articles.length;
      else failures++;
    }
    const parseMs = performance.now() - parseStart;

    return {
      files: files.length,
      megabytes: Math.round((readBytes / 1024 / 1024) * 100) / 100,
      readMBps: mbPerSecond(readBytes, readMs),
      parseMBps: mbPerSecond(readBytes, parseMs),
      parseMsPerPage: Math.round((parseMs / files.length) * 1000) / 1000,
      articles,
      failures,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
