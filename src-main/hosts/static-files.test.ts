import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStatic, SECURITY_HEADERS } from './static-files';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-static-'));
const root = join(dir, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html>');
writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
writeFileSync(join(root, 'assets', 'pdf.worker.mjs'), 'export {}');
writeFileSync(join(dir, 'secret.txt'), 'outside');

describe('static files for both window hosts', () => {
  it('serves index.html for / and types files by extension', async () => {
    expect(await readStatic(root, '/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await readStatic(root, '/assets/app.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    });
    expect(await readStatic(root, '/assets/pdf.worker.mjs')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    });
  });

  it('never leaves the renderer folder, however the path is spelt', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt',
    ]) {
      const r = await readStatic(root, p);
      expect(r.status).not.toBe(200);
      expect(String(r.body)).not.toContain('outside');
    }
  });

  it('answers malformed escapes and NUL bytes with 400, not a crash', async () => {
    for (const p of ['/%', '/%E4%B8', '/%zz', '/a%00b']) expect((await readStatic(root, p)).status).toBe(400);
  });

  it('is 404 for a missing file, with a build hint only for a missing index', async () => {
    expect(await readStatic(root, '/nope.js')).toMatchObject({ status: 404, body: 'not found' });
    const empty = mkdtempSync(join(tmpdir(), 'jianbao-static-empty-'));
    expect(String((await readStatic(empty, '/')).body)).toMatch(/npm run build/);
  });

  it('sends the strict CSP with every response', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self'/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/unsafe-eval/);
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });
});
