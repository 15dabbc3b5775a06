import type { ImportReportT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

/** Files per request: keeps each call small so progress moves and one bad batch stays contained. */
const BATCH = 10;

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
    const pages = files.filter((f) => /\.txt$/i.test(f.name));
    if (pages.length === 0 || this.busy) return;
    this.busy = true;
    this.done = 0;
    this.total = pages.length;
    this.error = null;
    const merged: ImportReportT = { pages: 0, articles: 0, skipped: 0, replaced: 0, files: [] };
    try {
      for (let i = 0; i < pages.length; i += BATCH) {
        const batch = pages.slice(i, i + BATCH);
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
