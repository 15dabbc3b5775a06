import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from './browser';
import { httpStatusFor } from './request-limits';

let host: BrowserHost;
const dir = mkdtempSync(join(tmpdir(), 'jianbao-host-'));

beforeAll(async () => {
  const renderer = join(dir, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  host = await startBrowserHost({
    dbPath: join(dir, 'a.db'),
    port: 0,
    rendererDir: renderer,
    seedsDir: null,
  });
});
afterAll(() => host.close());

/** Raw HTTP so the test controls every header (fetch would refuse to set Host). */
function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(host.origin);
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const cookie = () => `jianbao_token=${host.token}`;

describe('browser host', () => {
  it('binds to loopback and prints a tokened URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('swaps the URL token for a SameSite=Strict HttpOnly cookie', async () => {
    const r = await raw(`/?token=${host.token}`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    expect(String(r.headers['set-cookie'])).toMatch(/jianbao_token=.+; HttpOnly; SameSite=Strict; Path=\//);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/?token=nope')).status).toBe(401);
    expect((await raw('/', { headers: { cookie: 'jianbao_token=nope' } })).status).toBe(401);
    const api = await raw('/api/archive.stats', { method: 'POST', body: '{}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('serves the renderer with a strict CSP and no CORS headers', async () => {
    const r = await raw('/', { headers: { cookie: cookie() } });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>ok</title>');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await raw(path, { headers: { cookie: cookie() } });
      expect(r.body).not.toContain('outside the renderer');
    }
  });

  it('refuses another Host (DNS rebinding) and another Origin (cross-site posts)', async () => {
    expect((await raw('/', { headers: { cookie: cookie(), host: 'evil.example' } })).status).toBe(421);
    const r = await raw('/api/archive.stats', {
      method: 'POST',
      body: '{}',
      headers: { cookie: cookie(), origin: 'http://evil.example' },
    });
    expect(r.status).toBe(401);
  });

  it('answers operations with typed results, validation errors and bad JSON alike', async () => {
    const post = (name: string, body: string) =>
      raw(`/api/${name}`, { method: 'POST', body, headers: { cookie: cookie(), origin: host.origin } });
    const stats = await post('archive.stats', '{}');
    expect(JSON.parse(stats.body)).toEqual({
      ok: true,
      value: { pages: 0, articles: 0, byKind: { article: 0, photo: 0, brief: 0 } },
    });
    const invalid = await post('article.get', '{"id":"x"}');
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('invalid-input');
    const broken = await post('article.get', '{"id":');
    expect(broken.status).toBe(400);
    const unknown = await post('drop.tables', '{}');
    expect(unknown.status).toBe(404);
    expect((await raw('/api/archive.stats', { headers: { cookie: cookie() } })).status).toBe(405);
  });

  it('answers malformed URLs and % escapes with 400, never 500', async () => {
    const headers = { cookie: cookie(), origin: host.origin };
    for (const path of ['/api/%', '/api/tags.%E4%B8', '/api/%zz', '/%', '/assets/%E4', '/a%00b']) {
      const r = await raw(path, { method: path.startsWith('/api/') ? 'POST' : 'GET', headers, body: '{}' });
      expect(r.status, path).toBe(400);
      if (path.startsWith('/api/')) expect(JSON.parse(r.body).error.code).toBe('invalid-input');
    }
  });

  it("caps each operation's body and says so in a typed error", async () => {
    const headers = { cookie: cookie(), origin: host.origin };
    const big = JSON.stringify({ name: 'x'.repeat(300 * 1024) });
    const r = await raw('/api/tags.create', { method: 'POST', headers, body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.code).toBe('too-large');
  });
});

describe('HTTP status of typed errors', () => {
  it('internal is 500, storage trouble 503/507, expected outcomes 200 with the typed body', () => {
    expect(httpStatusFor('internal')).toBe(500);
    expect(httpStatusFor('archive-busy')).toBe(503);
    expect(httpStatusFor('disk-full')).toBe(507);
    expect(httpStatusFor('invalid-input')).toBe(400);
    expect(httpStatusFor('not-found')).toBe(200);
    expect(httpStatusFor('archive-read-only')).toBe(200);
  });
});
