/**
 * The browser host: the same renderer and the same operations as the desktop app, over HTTP on
 * 127.0.0.1 only. A random token made at each start is the only key: it arrives once in the
 * printed URL, is swapped for a SameSite=Strict HttpOnly cookie, and every request without it
 * gets 401. No CORS headers are ever sent, and the Host header must name our loopback address,
 * so other sites (and DNS rebinding) cannot reach the archive.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importSeedsIfNew } from '../core/pages/import-seeds';
import { tidyTempLeftovers } from '../core/tidy-leftovers';
import { dispatch } from './dispatch';
import { ArchiveOpenFailed, openContext } from './open-context';
import { bodyLimit, httpStatusFor } from './request-limits';
import { readStatic, SECURITY_HEADERS } from './static-files';

export interface BrowserHostOptions {
  dbPath: string;
  port: number;
  rendererDir: string;
  /** Bundled sample pages imported into a brand-new archive; null to skip. */
  seedsDir: string | null;
  token?: string;
}

export interface BrowserHost {
  url: string;
  origin: string;
  token: string;
  close: () => Promise<void>;
}

const COOKIE = 'jianbao_token';
const REQUEST_TIMEOUT_MS = 30_000;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  tidyTempLeftovers();
  const open = openContext(options.dbPath);
  if (!open.ok) throw new ArchiveOpenFailed(open.error);
  const opened = open.value;
  if (options.seedsDir && !opened.readOnly) importSeedsIfNew(opened.ctx.db, opened.created, options.seedsDir);
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';

  const server = createServer((req, res) => {
    // A client that opens a request and never finishes it must not hold a connection for minutes.
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy());
    handle(req, res).catch((e: unknown) => {
      console.error('[jianbao] browser host request failed', e);
      if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'internal' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCommonHeaders(res);
    if (req.headers.host !== new URL(origin).host)
      return send(res, 421, 'text/plain; charset=utf-8', 'wrong host');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch (e) {
      if (e instanceof TypeError) return badRequest(res, 'URL');
      throw e;
    }
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null) {
      if (!sameSecret(queryToken, token)) return unauthorized(res);
      res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', '/');
      return send(res, 303, 'text/plain; charset=utf-8', '');
    }
    if (!sameSecret(cookieToken(req) ?? '', token)) return unauthorized(res);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      // A cross-site form could still post if a browser ignored SameSite; insist on our own origin.
      const from = req.headers.origin;
      if (from !== undefined && from !== origin) return unauthorized(res);
      let name: string;
      try {
        name = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch (e) {
        if (e instanceof URIError) return badRequest(res, 'URL');
        throw e;
      }
      const limit = bodyLimit(name);
      const body = await readBody(req, limit);
      if (body === null)
        return json(res, 413, { ok: false, error: { code: 'too-large', detail: `${limit} bytes` } });
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.replace(/^\uFEFF/, ''));
      } catch (e) {
        if (e instanceof SyntaxError) return badRequest(res, 'JSON');
        throw e;
      }
      const result = await dispatch(opened.ctx, name, input);
      return json(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'GET only');
    const file = await readStatic(options.rendererDir, url.pathname);
    if (file.status === 200) res.setHeader('Cache-Control', 'no-cache');
    return send(res, file.status, file.type, file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          opened.close();
          resolve();
        });
      }),
  };
}

function setCommonHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

function badRequest(res: ServerResponse, detail: string): void {
  json(res, 400, { ok: false, error: { code: 'invalid-input', detail } });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function unauthorized(res: ServerResponse): void {
  json(res, 401, {
    ok: false,
    error: { code: 'unauthorized', detail: '请使用启动时打印的网址打开 / open the URL printed at start' },
  });
}

/** Resolves to the body text, or null when it exceeds `limit` bytes (the rest is read and dropped). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.setHeader('Cache-Control', 'no-store');
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(body);
}
