import type { ExportResultT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import type { HostServices } from '../host-services';
import { cancelJob, jobProgress, startJob, type ExportJob } from './export-jobs';
import { renderExport, type ExportOutput, type ExportRequest } from './run-export';
import { writeFileAtomic, writeFolderAtomic } from './write-atomic';

/** Writes an export to `path` atomically: a file, or a folder for the Markdown folder layout. */
export function writeExport(out: ExportOutput, path: string): Result<string> {
  try {
    if (out.folder !== null)
      writeFolderAtomic(
        path,
        out.files.map((f) => ({ name: f.name, bytes: f.bytes })),
      );
    else writeFileAtomic(path, out.files[0]!.bytes);
    return ok(path);
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string')
      return err('io-failed', `${e.code}: ${path}`);
    throw e;
  }
}

/** Runs an export and finishes the job's state whatever happens. */
async function tracked<T>(job: ExportJob, run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const r = await run();
    job.state = r.ok ? 'done' : r.error.code === 'cancelled' ? 'cancelled' : 'failed';
    return r;
  } catch (e) {
    job.state = 'failed';
    throw e;
  }
}

/** CLI path: render, then write to a path the person typed. */
export async function exportToPath(
  db: Db,
  request: ExportRequest,
  path: string,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<{ path: string; articles: number }>> {
  const job = startJob(undefined);
  const timer = onProgress ? setInterval(() => onProgress(job.done, job.total), 200) : null;
  try {
    return await tracked(job, async (): Promise<Result<{ path: string; articles: number }>> => {
      const out = await renderExport(db, request, job);
      if (!out.ok) return out;
      const written = writeExport(out.value, path);
      return written.ok ? ok({ path: written.value, articles: out.value.articles }) : written;
    });
  } finally {
    if (timer) clearInterval(timer);
  }
}

/**
 * The `export.run` operation. 'return' hands the bytes to the renderer (browser host downloads
 * them via a Blob); 'save-dialog' asks the desktop host where to save and writes there. The
 * renderer never names a path: a compromised page must not be able to write files.
 */
export async function runExportOperation(
  db: Db,
  host: HostServices | undefined,
  input: Input<'export.run'>,
): Promise<Result<ExportResultT>> {
  const job = startJob(input.jobId);
  return tracked(job, async (): Promise<Result<ExportResultT>> => {
    const out = await renderExport(db, input, job, host);
    if (!out.ok) return out;
    if (input.deliver === 'save-dialog') {
      if (!host?.chooseSavePath) return err('unavailable', 'save dialog');
      const suggested = out.value.folder ?? out.value.files[0]!.name;
      const path = await host.chooseSavePath(suggested);
      if (path === null) return err('cancelled');
      const written = writeExport(out.value, path);
      return written.ok ? ok({ articles: out.value.articles, files: [], savedTo: written.value }) : written;
    }
    return ok({
      articles: out.value.articles,
      savedTo: null,
      files: out.value.files.map((f) => ({
        name: f.name,
        mime: f.mime,
        base64: Buffer.from(f.bytes).toString('base64'),
      })),
    });
  });
}

export const exportProgress = (input: Input<'export.progress'>) => ok(jobProgress(input.jobId));
export const exportCancel = (input: Input<'export.cancel'>) => ok(cancelJob(input.jobId));
