import type { ImportReportT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

/** Files per request: keeps each call small so progress moves and one bad batch stays contained. */
const BATCH = 10;
/** …and bytes per request: a few newspaper PDFs already make a large request. */
const BATCH_BYTES = 24 * 1024 * 1024;

/** Page text files and PDFs, by name or (a PDF saved without its extension) by type. */
export const isPageFile = (f: { name: string; type: string }): boolean =>
  /\.(txt|pdf)$/i.test(f.name) || f.type === 'application/pdf';

/** Consecutive batches of at most BATCH files and BATCH_BYTES bytes (a bigger file goes alone). */
export function batches<T extends { size: number }>(files: T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length > 0 && (current.length >= BATCH || bytes + f.size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Import state for the UI: progress over many files, then one merged report. */
export class Importer {
  busy = $state(false);
  done = $state(0);
  total = $state(0);
  report = $state.raw<ImportReportT | null>(null);
  error = $state<AppError | null>(null);

  async run(files: File[]): Promise<void> {
    const pages = files.filter(isPageFile);
    if (pages.length === 0 || this.busy) return;
    this.busy = true;
    this.done = 0;
    this.total = pages.length;
    this.error = null;
    const merged: ImportReportT = { pages: 0, articles: 0, skipped: 0, replaced: 0, files: [] };
    try {
      for (const batch of batches(pages)) {
        const payload = await Promise.all(
          batch.map(async (f) => ({ name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })),
        );
        const r = await call('pages.import', { files: payload });
        if (!r.ok) {
          this.error = r.error;
          break;
        }
        merged.pages += r.value.pages;
        merged.articles += r.value.articles;
        merged.skipped += r.value.skipped;
        merged.replaced += r.value.replaced;
        merged.files.push(...r.value.files);
        this.done += batch.length;
      }
    } finally {
      this.busy = false;
      this.report = merged;
    }
  }
}
