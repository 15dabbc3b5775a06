/**
 * Draws one page of an original PDF into a canvas with pdf.js, loaded only when a PDF page is
 * first shown. The worker is our own emitted file (the CSP allows only our own scripts) and
 * eval stays off, as the CSP forbids it.
 */
import { call } from '../../api';

export type Rendered = { ok: true } | { ok: false; reason: string };

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) out[k] = binary.charCodeAt(k);
  return out;
}

export async function renderPdfPage(
  canvas: HTMLCanvasElement,
  pageId: number,
  cssWidth: number,
): Promise<Rendered> {
  const r = await call('pages.pdf', { pageId });
  if (!r.ok) return { ok: false, reason: r.error.detail ?? r.error.code };
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({ data: bytesOf(r.value.base64), isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(r.value.pageNo);
    const base = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return { ok: true };
  } finally {
    void doc.destroy();
  }
}
