import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temp folders Jianbao makes and removes when done, but that a killed process leaves behind:
 * PDF rendering (export/print-pdf.ts), Electron printing, read-only archive snapshots (db/open.ts).
 */
export const TEMP_PREFIXES = ['jianbao-pdf-', 'jianbao-print-', 'jianbao-readonly-snapshot-'];

/** Only what is surely abandoned: another running Jianbao may be using a fresh one right now. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Removes abandoned leftovers; returns how many. Called when a host starts. */
export function tidyTempLeftovers(dir = tmpdir(), now = Date.now()): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!TEMP_PREFIXES.some((p) => name.startsWith(p))) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs < ABANDONED_AFTER_MS) continue;
      rmSync(path, { recursive: true, force: true });
      removed++;
    } catch (e) {
      // Another process removed it between readdir and here: nothing left to tidy.
      if (e instanceof Error && 'code' in e && e.code === 'ENOENT') continue;
      throw e;
    }
  }
  return removed;
}
