/**
 * How both window hosts serve the built renderer: one path check, one MIME table and one set of
 * security headers, so the Electron protocol handler and the browser host cannot drift apart.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The pdf.js worker is emitted as an ES module file (.mjs); nosniff refuses it under any other type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** Headers every renderer response carries, whichever host serves it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export type StaticTarget =
  { kind: 'file'; file: string; type: string } | { kind: 'bad-request' } | { kind: 'not-found' };

/** Maps a URL path to a file inside `root`, refusing malformed escapes and anything outside it. */
export function staticTarget(root: string, pathname: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch (e) {
    // A lone or malformed `%` escape is the client's mistake, not ours.
    if (e instanceof URIError) return { kind: 'bad-request' };
    throw e;
  }
  if (decoded.includes('\0')) return { kind: 'bad-request' };
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (!file.startsWith(root + sep)) return { kind: 'not-found' };
  return { kind: 'file', file, type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

export type StaticResponse = { status: number; type: string; body: Buffer | string };

/** Reads what `pathname` names; a missing file is 404, with a hint when the renderer was never built. */
export async function readStatic(root: string, pathname: string): Promise<StaticResponse> {
  const target = staticTarget(root, pathname);
  const text = 'text/plain; charset=utf-8';
  if (target.kind === 'bad-request') return { status: 400, type: text, body: 'bad request' };
  if (target.kind === 'not-found') return { status: 404, type: text, body: 'not found' };
  try {
    return { status: 200, type: target.type, body: await readFile(target.file) };
  } catch (e) {
    if (
      e instanceof Error &&
      'code' in e &&
      (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'ENOTDIR')
    ) {
      const hint =
        target.file === join(root, 'index.html')
          ? '界面尚未构建,请先运行 npm run build / renderer not built: run npm run build'
          : 'not found';
      return { status: 404, type: text, body: hint };
    }
    throw e;
  }
}
