import type { ExportFormatT, ExportSourceT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

/** How often the dialog asks for progress while `export.run` is pending. */
const POLL_MS = 250;

/**
 * One export from the UI: runs `export.run` with a job id, polls `export.progress` meanwhile and
 * can cancel. In Electron the host shows a save dialog; in the browser the returned files are
 * downloaded through a Blob link, since a web page cannot choose a path.
 */
export class Exporter {
  busy = $state(false);
  done = $state(0);
  total = $state(0);
  error = $state<AppError | null>(null);
  savedTo = $state<string | null>(null);
  #jobId: string | null = null;

  async run(
    source: ExportSourceT,
    format: ExportFormatT,
    layout: 'single' | 'folder',
    mark: 'equals' | 'html' = 'equals',
  ): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.savedTo = null;
    this.done = 0;
    this.total = 0;
    const jobId = crypto.randomUUID();
    this.#jobId = jobId;
    const timer = setInterval(async () => {
      const p = await call('export.progress', { jobId });
      if (p.ok && this.#jobId === jobId) {
        this.done = p.value.done;
        this.total = p.value.total;
      }
    }, POLL_MS);
    try {
      const desktop = window.jianbao !== undefined;
      const r = await call('export.run', {
        jobId,
        source,
        format,
        layout,
        mark,
        deliver: desktop ? 'save-dialog' : 'return',
      });
      if (!r.ok) {
        if (r.error.code !== 'cancelled') this.error = r.error;
        return;
      }
      this.savedTo = r.value.savedTo;
      for (const f of r.value.files) download(f.name, f.mime, f.base64);
    } finally {
      clearInterval(timer);
      this.busy = false;
      this.#jobId = null;
    }
  }

  async cancel(): Promise<void> {
    if (this.#jobId) await call('export.cancel', { jobId: this.#jobId });
  }
}

export function download(name: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click has handed the Blob to the download manager; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
