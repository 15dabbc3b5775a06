/**
 * PDF import time per page beside pdf.js's bare text extraction of the same file (getDocument +
 * getTextContent for every page, nothing else): the layout analysis and storing must stay within
 * 2× of what any PDF text tool pays anyway. Each file is measured `size` times (default 5); the
 * median counts. The fixture PDFs are the typeset text fixtures (scripts/make-fixture-pdfs.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openArchive } from '../src-main/core/db/open';
import { importPdf } from '../src-main/core/pages/import-pdf';
import { parsePdf } from '../src-main/core/parse-pdf/parse-pdf';

const FIXTURES = join(import.meta.dirname, '..', 'src-main', 'core', 'parse-pdf', 'fixtures');

async function bareExtraction(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
  }).promise;
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const text = await (await doc.getPage(n)).getTextContent();
    for (const item of text.items) if ('str' in item) chars += item.str.length;
  }
  await doc.destroy();
  return chars;
}

async function timed(fn: () => Promise<unknown>, times: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] ?? 0;
}

const round = (n: number): number => Math.round(n * 10) / 10;

export async function benchPdf(opts: { size?: number } = {}): Promise<Record<string, unknown>> {
  const times = opts.size ?? 5;
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.pdf') && !['scan-only.pdf', 'encrypted.pdf'].includes(f))
    .sort();
  // Load pdf.js and warm the JIT once, so no file pays for start-up.
  const first = readFileSync(join(FIXTURES, names[0] ?? ''));
  await bareExtraction(first);
  await parsePdf(first, 'warmup.pdf');

  const files = [];
  for (const name of names) {
    const bytes = readFileSync(join(FIXTURES, name));
    const parsed = await parsePdf(bytes, name);
    const pages = parsed.ok ? parsed.value.length : 0;
    const baselineMs = await timed(() => bareExtraction(bytes), times);
    const parseMs = await timed(() => parsePdf(bytes, name), times);
    // Import into a fresh in-memory archive each time (opened before the clock starts): parse,
    // store pages, articles, rectangles.
    const archives = Array.from({ length: times }, () => openArchive(':memory:').db);
    const importMs = await timed(async () => {
      await importPdf(archives.pop() ?? openArchive(':memory:').db, { name, bytes }, undefined, null);
    }, times);
    files.push({
      name,
      kb: Math.round(bytes.length / 1024),
      pages,
      baselineMsPerPage: round(baselineMs / pages),
      parseMsPerPage: round(parseMs / pages),
      importMsPerPage: round(importMs / pages),
      ratio: round(importMs / baselineMs),
    });
  }
  const ratios = files.map((f) => f.ratio).sort((a, b) => a - b);
  return {
    files,
    medianRatio: ratios[Math.floor(ratios.length / 2)],
    worstRatio: ratios.at(-1),
    worstImportMsPerPage: Math.max(...files.map((f) => f.importMsPerPage)),
    goal: 'import ≤ 2× bare pdf.js text extraction, and < 1000 ms per broadsheet page',
  };
}
