/**
 * What a host may lend the core for work only it can do. The core never imports electron: the
 * desktop host passes these in its CoreContext; the CLI and the browser host leave them out and the
 * core falls back (headless Chromium for PDF, files returned to the renderer instead of a dialog).
 */
export interface HostServices {
  /** Asks the editor where to save (Electron `dialog.showSaveDialog`); null when they cancel. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** Prints a self-contained HTML document to PDF with the host's engine (Electron `printToPDF`). */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}
