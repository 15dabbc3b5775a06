/**
 * Original PDFs are kept once each, named by their SHA-256, in a folder beside the archive file
 * (archive.db → archive-pdfs/), not inside SQLite rows: the archive stays small and fast to back
 * up, and the originals can be opened with any PDF viewer.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../db/db';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The originals folder for an archive; null for an in-memory archive, which has no "beside". */
export function originalsDir(db: Db): string | null {
  const file = db.name;
  if (!file || file === ':memory:') return null;
  return join(dirname(file), `${basename(file).replace(/\.[^.]*$/u, '')}-pdfs`);
}

export interface KeptOriginal {
  hash: string;
  /** The file written now; undefined when it was already there (or there is no folder). */
  created?: string;
}

/** Writes the original (atomically: temporary name, then rename) unless it is already kept. */
export function keepOriginal(dir: string | null, bytes: Uint8Array): KeptOriginal {
  const hash = sha256(bytes);
  if (dir === null) return { hash };
  const path = join(dir, `${hash}.pdf`);
  if (existsSync(path)) return { hash };
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return { hash, created: path };
}

/** Takes back a file written for an import that then failed, so nothing of it stays behind. */
export function forgetOriginal(kept: KeptOriginal): void {
  if (kept.created) rmSync(kept.created, { force: true });
}

export function originalPath(dir: string, hash: string): string {
  return join(dir, `${hash}.pdf`);
}
