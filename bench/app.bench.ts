/**
 * App benchmark (issue 12): archives of 0, 10k and N articles (default 100k), each served by the
 * real browser host and opened in headless Chromium, measured beside the empty archive in one run.
 * Archives are built through the real import path once and kept in $JIANBAO_BENCH_DIR (default
 * the OS temp folder), so a second run measures without rebuilding.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { buildAppArchive } from './app-archive';

export interface AppSize {
  articles: number;
  hostStartMs: number;
  libraryFirstMs: number;
  libraryFirstBytes: number;
  visibleMs: number;
  domElements: number;
  jsHeapBytes: number;
  keyMs: number;
  rssBytes: number;
}

const KEY_PRESSES = 40;
const REPS = 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number): number => Math.round(x * 100) / 100;
const log = (s: string): void => void process.stderr.write(`${s}\n`);

interface Host {
  url: string;
  origin: string;
  token: string;
  pid: number;
  startMs: number;
  stop: () => Promise<void>;
}

async function startHost(db: string, seed: boolean): Promise<Host> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src-main/hosts/cli.ts',
      'serve',
      '--port',
      '0',
      '--db',
      db,
      ...(seed ? [] : ['--no-seed']),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}):\n${output}`)));
  });
  const startMs = performance.now() - started;
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    pid: child.pid!,
    startMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const rssOf = (pid: number): number =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

/** The first request the library makes, timed and weighed as the renderer receives it. */
async function libraryFirst(host: Host): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${host.origin}/api/library.groups`, {
    method: 'POST',
    headers: { cookie: `jianbao_token=${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ level: 'papers' }),
  });
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`library.groups answered ${res.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/** Median of each figure over `REPS` fresh host starts, so one slow start (a cold cache) does not decide. */
async function measureMedian(
  browser: Browser,
  db: string,
  articles: number,
  seed: boolean,
): Promise<AppSize> {
  const runs: AppSize[] = [];
  for (let i = 0; i < REPS; i++) runs.push(await measure(browser, db, articles, seed && i === 0));
  const pick = (k: keyof AppSize): number => median(runs.map((r) => r[k]));
  return {
    articles,
    hostStartMs: pick('hostStartMs'),
    libraryFirstMs: pick('libraryFirstMs'),
    libraryFirstBytes: pick('libraryFirstBytes'),
    visibleMs: pick('visibleMs'),
    domElements: pick('domElements'),
    jsHeapBytes: pick('jsHeapBytes'),
    keyMs: pick('keyMs'),
    rssBytes: pick('rssBytes'),
  };
}

async function measure(browser: Browser, db: string, articles: number, seed: boolean): Promise<AppSize> {
  const host = await startHost(db, seed);
  try {
    const first = await libraryFirst(host);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(host.url);
    await page
      .locator('nav.library [data-article-id]')
      .first()
      .waitFor({ state: 'visible', timeout: 120_000 });
    const visibleMs = performance.now() - started;
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    // Time from a `j` keydown to the DOM updated and laid out (Svelte flushes in a microtask).
    const keyTimes = await page.evaluate(async (n) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
        await Promise.resolve();
        await new Promise((r) => setTimeout(r, 0));
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
      }
      return times;
    }, KEY_PRESSES);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const rssBytes = rssOf(host.pid);
    await context.close();
    return {
      articles,
      hostStartMs: round(host.startMs),
      libraryFirstMs: round(first.ms),
      libraryFirstBytes: first.bytes,
      visibleMs: round(visibleMs),
      domElements,
      jsHeapBytes: heap.usedSize,
      keyMs: round(median(keyTimes)),
      rssBytes,
    };
  } finally {
    await host.stop();
  }
}

export async function benchApp(
  opts: { size?: number } = {},
): Promise<{ sizes: AppSize[]; ratios: object; archives: object }> {
  const dir = process.env.JIANBAO_BENCH_DIR ?? join(tmpdir(), 'jianbao-bench-app');
  mkdirSync(dir, { recursive: true });
  const targets = [10_000, opts.size ?? 100_000];
  const archives = targets.map((n) => {
    log(`archive of ${n.toLocaleString()} articles…`);
    const built = buildAppArchive(join(dir, `app-${n}.db`), n, log);
    if (built.ms > 0)
      log(`  built in ${(built.ms / 1000).toFixed(1)} s (${(built.ms / built.pages).toFixed(2)} ms/page)`);
    return built;
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const sizes: AppSize[] = [];
  try {
    // The empty archive: a fresh file the host seeds with the bundled sample page, as a new user sees it.
    const empty = join(dir, 'app-empty.db');
    for (const f of [empty, `${empty}-wal`, `${empty}-shm`]) rmSync(f, { force: true });
    // A throwaway first visit warms Chromium's caches so the empty archive is not measured cold.
    await measure(browser, empty, 0, true);
    sizes.push(await measureMedian(browser, empty, 0, false));
    for (const a of archives) {
      log(`measuring ${a.articles.toLocaleString()} articles…`);
      sizes.push(await measureMedian(browser, a.file, a.articles, false));
    }
  } finally {
    await browser.close();
  }
  const base = sizes[0]!;
  const built = archives.map((a) => ({
    articles: a.articles,
    pages: a.pages,
    // Only when this run built the archive (a reused one has no timing).
    importMsPerPage: a.ms > 0 ? round(a.ms / a.pages) : null,
    // The last tenth of the build's 50-day windows against the first tenth (medians; app-archive.ts).
    importLastVsFirst: a.ms > 0 ? round(a.lastTenthMsPerPage / a.firstTenthMsPerPage) : null,
    // The last window's import (parse + store) over a plain insert of the rows it wrote (raw-insert.ts);
    // storeVsRawInsert leaves the parse out, to show where the difference is.
    importVsRawInsert: a.ms > 0 ? round(a.lastMsPerPage / a.rawInsertMsPerPage) : null,
    storeVsRawInsert: a.ms > 0 ? round((a.lastMsPerPage - a.parseMsPerPage) / a.rawInsertMsPerPage) : null,
    diskMBPerTextMB: a.diskMBPerTextMB,
  }));
  const ratios = sizes.slice(1).map((s) => ({
    articles: s.articles,
    visibleVsEmpty: round(s.visibleMs / base.visibleMs),
    rssVsEmpty: round(s.rssBytes / base.rssBytes),
  }));
  return { sizes, ratios, archives: built };
}
