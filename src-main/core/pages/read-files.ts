import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LIMITS } from '../../contract';
import type { ImportSource } from './import-files';

/** Page files are plain text or PDF; anything else in a folder (images, expected JSON) is not a page. */
const PAGE_FILE = /\.(txt|pdf)$/i;

/** Expands files and folders (recursively, sorted for a deterministic import order) into sources. */
export function* readPageFiles(paths: string[]): Generator<ImportSource> {
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      const entries = readdirSync(p).sort();
      yield* readPageFiles(
        entries
          .filter((e) => !e.startsWith('.'))
          .map((e) => join(p, e))
          .filter(isPageOrDir),
      );
    } else {
      // Never read a huge file into memory just to refuse it: importSources refuses it by size.
      const size = statSync(p).size;
      const limit = /\.pdf$/iu.test(p) ? LIMITS.pdfFileBytes : LIMITS.pageFileBytes;
      yield size > limit
        ? { name: basename(p), bytes: new Uint8Array(0), size }
        : { name: basename(p), bytes: readFileSync(p) };
    }
  }
}

function isPageOrDir(p: string): boolean {
  return statSync(p).isDirectory() || PAGE_FILE.test(p);
}
