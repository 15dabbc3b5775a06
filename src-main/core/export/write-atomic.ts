import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temp file beside the destination (same folder, so the rename stays on one
 * filesystem and is atomic): a crash or error midway never leaves a half-written export.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data, { flush: true });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * The folder variant: files go into a temp folder that is renamed into place at the end. An
 * existing empty folder is replaced; a non-empty one is refused rather than merged into.
 */
export function writeFolderAtomic(path: string, files: { name: string; bytes: Uint8Array | string }[]): void {
  if (existsSync(path)) {
    if (!statSync(path).isDirectory() || readdirSync(path).length > 0) {
      throw Object.assign(new Error(`destination exists and is not an empty folder: ${path}`), {
        code: 'EEXIST',
      });
    }
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(tmp);
    for (const f of files) writeFileSync(join(tmp, f.name), f.bytes);
    if (existsSync(path)) rmdirSync(path);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
