import type { ExportProgressT } from '../../contract';

/**
 * Running exports by renderer-chosen id, so `export.progress` and `export.cancel` can reach an
 * `export.run` that is still pending. Finished jobs are kept briefly for a last progress poll.
 */
export class ExportJob {
  done = 0;
  total = 0;
  state: ExportProgressT['state'] = 'running';
  readonly controller = new AbortController();

  get cancelled(): boolean {
    return this.controller.signal.aborted;
  }
}

const KEEP_FINISHED = 20;
const jobs = new Map<string, ExportJob>();

export function startJob(id: string | undefined): ExportJob {
  const job = new ExportJob();
  if (id === undefined) return job;
  jobs.set(id, job);
  const finished = [...jobs].filter(([, j]) => j.state !== 'running');
  for (const [key] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(key);
  return job;
}

export function jobProgress(id: string): ExportProgressT {
  const job = jobs.get(id);
  return job
    ? { state: job.state, done: job.done, total: job.total }
    : { state: 'unknown', done: 0, total: 0 };
}

export function cancelJob(id: string): { cancelled: boolean } {
  const job = jobs.get(id);
  if (!job || job.state !== 'running') return { cancelled: false };
  job.controller.abort();
  return { cancelled: true };
}

/** better-sqlite3 is synchronous: yielding between chunks lets progress polls and cancels in. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
