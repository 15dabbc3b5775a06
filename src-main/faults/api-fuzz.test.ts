import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, operationNames } from '../contract';
import { startBrowserHost, type BrowserHost } from '../hosts/browser';
import { writeFictionalPages } from '../test-support/fictional-pages';
import { figure, seeded } from './figures';
import { fuzzValue, JUNK_PATHS, junkBody } from './fuzz-input';

const SEED = 1313;
const PER_OPERATION = 45;
const HANG_MS = 1000;
/** The whole fuzz stops here even if requests remain: bounded in time, whatever the machine. */
const BUDGET_MS = 40_000;

let host: BrowserHost;
const dir = mkdtempSync(join(tmpdir(), 'jianbao-fuzz-'));

beforeAll(async () => {
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>fuzz</title>');
  writeFictionalPages(join(dir, 'seeds'), 6);
  host = await startBrowserHost({
    dbPath: join(dir, 'a.db'),
    port: 0,
    rendererDir: renderer,
    seedsDir: join(dir, 'seeds'),
  });
});
afterAll(() => host.close());

function send(
  method: string,
  path: string,
  body: string | undefined,
): Promise<{ status: number; ms: number; body: string }> {
  const url = new URL(host.origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: { cookie: `jianbao_token=${host.token}`, 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: text }),
        );
      },
    );
    req.setTimeout(5000, () => {
      req.destroy();
      resolve({ status: 0, ms: performance.now() - started, body: 'timeout' });
    });
    req.on('error', () => resolve({ status: -1, ms: performance.now() - started, body: 'connection error' }));
    req.end(body);
  });
}

describe('API fuzz of every operation (seeded, bounded)', () => {
  it('answers every request with a typed result: no 500, no hang, no stack trace', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const rand = seeded(SEED);
    const started = Date.now();
    const byStatus = new Map<number, number>();
    const slow: string[] = [];
    const fivehundreds: string[] = [];
    let sent = 0;
    let maxMs = 0;
    const record = (label: string, r: { status: number; ms: number; body: string }) => {
      sent++;
      byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      maxMs = Math.max(maxMs, r.ms);
      if (r.ms > HANG_MS || r.status <= 0) slow.push(`${label} ${Math.round(r.ms)}ms`);
      if (r.status >= 500 && r.status < 600 && r.status !== 503 && r.status !== 507)
        fivehundreds.push(`${label} → ${r.status} ${r.body.slice(0, 120)}`);
      // Every API answer is a typed Result, whatever came in.
      if (label.startsWith('/api/') && r.status > 0) expect(JSON.parse(r.body)).toHaveProperty('ok');
    };
    const jobs: (() => Promise<void>)[] = [];
    for (const name of operationNames)
      for (let i = 0; i < PER_OPERATION; i++)
        jobs.push(async () => {
          const input = fuzzValue(contract[name].input, rand, { skipEnum: ['pdf', 'save-dialog'] });
          record(`/api/${name}`, await send('POST', `/api/${name}`, JSON.stringify(input ?? {})));
        });
    for (let i = 0; i < 300; i++)
      jobs.push(async () => {
        const name = operationNames[Math.floor(rand() * operationNames.length)]!;
        record(`/api/${name} (junk body)`, await send('POST', `/api/${name}`, junkBody(rand)));
      });
    for (const path of JUNK_PATHS)
      jobs.push(async () => {
        record(path, await send(path.startsWith('/api/') ? 'POST' : 'GET', path, '{}'));
      });
    // Seeded shuffle so writes, deletes and reads interleave.
    for (let i = jobs.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [jobs[i], jobs[j]] = [jobs[j]!, jobs[i]!];
    }
    for (const job of jobs) {
      if (Date.now() - started > BUDGET_MS) break;
      await job();
    }
    const internalLogs = errors.mock.calls.length;
    errors.mockRestore();
    figure('API fuzz requests', `${sent} of ${jobs.length} in ${Date.now() - started} ms`);
    figure(
      'API fuzz statuses',
      [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' '),
    );
    figure('API fuzz 500s', fivehundreds.length);
    figure(`API fuzz hangs over ${HANG_MS} ms`, `${slow.length} (slowest ${Math.round(maxMs)} ms)`);
    figure('API fuzz internal errors logged', internalLogs);
    expect(fivehundreds).toEqual([]);
    expect(slow).toEqual([]);
    expect(internalLogs).toBe(0);
    expect(sent).toBeGreaterThan(1000);
  }, 90_000);
});
