import type { ExportResultT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { writeFileAtomic } from '../export/write-atomic';
import { printPdfWithChromium } from '../export/print-pdf';
import type { HostServices } from '../host-services';
import { bylineReport } from './byline-report';
import { renderReportCsv, renderReportHtml, renderReportXlsx } from './render-report';
import { reportTable } from './report-table';

type Format = Input<'report.export'>['format'];

const MIME: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export interface ReportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  people: number;
}

/** Renders the report for its filters in one format; PDF prints the HTML with the host's engine. */
export async function renderReportFile(
  db: Db,
  input: Pick<Input<'report.export'>, 'filters' | 'format'>,
  host?: HostServices,
): Promise<Result<ReportFile>> {
  const report = bylineReport(db, input.filters);
  if (!report.ok) return report;
  const table = reportTable(report.value);
  const range = `${report.value.from ?? 'all'}_${report.value.to ?? 'all'}`;
  const name = `稿件统计_${range}.${input.format}`;
  const file = (bytes: Uint8Array): Result<ReportFile> =>
    ok({ name, mime: MIME[input.format], bytes, people: report.value.people.length });
  switch (input.format) {
    case 'csv':
      return file(new TextEncoder().encode(renderReportCsv(table)));
    case 'xlsx':
      return file(await renderReportXlsx(table));
    case 'html':
      return file(new TextEncoder().encode(renderReportHtml(table)));
    case 'pdf': {
      const html = renderReportHtml(table);
      if (host?.printToPdf) return file(await host.printToPdf(html));
      const pdf = await printPdfWithChromium(html);
      return pdf.ok ? file(pdf.value) : pdf;
    }
  }
}

/** `report.export`: bytes back to the renderer, or (desktop) saved where the editor chooses. */
export async function exportReport(
  db: Db,
  host: HostServices | undefined,
  input: Input<'report.export'>,
): Promise<Result<ExportResultT>> {
  const out = await renderReportFile(db, input, host);
  if (!out.ok) return out;
  if (input.deliver === 'save-dialog') {
    if (!host?.chooseSavePath) return err('unavailable', 'save dialog');
    const path = await host.chooseSavePath(out.value.name);
    if (path === null) return err('cancelled');
    try {
      writeFileAtomic(path, out.value.bytes);
    } catch (e) {
      if (e instanceof Error && 'code' in e && typeof e.code === 'string')
        return err('io-failed', `${e.code}: ${path}`);
      throw e;
    }
    return ok({ articles: out.value.people, files: [], savedTo: path });
  }
  return ok({
    articles: out.value.people,
    savedTo: null,
    files: [
      { name: out.value.name, mime: out.value.mime, base64: Buffer.from(out.value.bytes).toString('base64') },
    ],
  });
}
