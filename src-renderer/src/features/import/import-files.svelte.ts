import type { BundleImportReportT, ImportReportT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';
import { isBundleFile, type SkipReason } from './report-groups';

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
  /** Files chosen or dropped that were not sent as pages, each with why (a bundle is offered to 导入资料包). */
  skipped = $state.raw<{ file: File; reason: SkipReason }[]>([]);
  bundle = $state.raw<{ name: string; report: BundleImportReportT | null; error: AppError | null } | null>(
    null,
  );

  /** Clears the report, its skipped files and any bundle result. */
  dismiss(): void {
    this.report = null;
    this.error = null;
    this.skipped = [];
    this.bundle = null;
  }

  async run(files: File[]): Promise<void> {
    if (this.busy) return;
    const pages = files.filter(isPageFile);
    this.skipped = files
      .filter((f) => !isPageFile(f))
      .map((file) => ({ file, reason: isBundleFile(file.name) ? 'bundle' : 'not-page' }));
    this.bundle = null;
    if (pages.length === 0) {
      // Nothing to import, but the report still names every file left out and why.
      this.report =
        this.skipped.length > 0 ? { pages: 0, articles: 0, skipped: 0, replaced: 0, files: [] } : null;
      return;
    }
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

  /** A `.jianbao.json` bundle into this archive (pages by content hash; importing twice changes nothing). */
  async importBundle(file: File): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    try {
      const r = await call('bundle.import', { json: await file.text() });
      this.bundle = { name: file.name, report: r.ok ? r.value : null, error: r.ok ? null : r.error };
      this.skipped = this.skipped.filter((s) => s.file !== file);
      if (!this.report) this.report = { pages: 0, articles: 0, skipped: 0, replaced: 0, files: [] };
      return r.ok;
    } finally {
      this.busy = false;
    }
  }

  /** Pasted page text as a new page file (UTF-8), with the details the editor gave. */
  async importText(
    name: string,
    text: string,
    meta: { paper?: string; date?: string; pageLabel?: string },
  ): Promise<void> {
    const bytes = new TextEncoder().encode(text);
    const file = new File([bytes], name.endsWith('.txt') ? name : `${name}.txt`, { type: 'text/plain' });
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v && v.trim() !== ''));
    if (Object.keys(given).length === 0) return this.run([file]);
    this.busy = true;
    this.error = null;
    this.skipped = [];
    this.bundle = null;
    try {
      const r = await call('pages.import', {
        files: [{ name: file.name, base64: toBase64(bytes) }],
        meta: given,
      });
      if (r.ok) this.report = r.value;
      else this.error = r.error;
    } finally {
      this.busy = false;
    }
  }
}
