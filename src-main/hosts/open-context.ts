import { openArchive, type OpenOptions } from '../core/db/open';
import { storageError } from '../core/db/storage-error';
import type { CoreContext } from '../core/operations';
import { err, ok, type AppError, type Result } from '../result';

export interface OpenedContext {
  ctx: CoreContext;
  created: boolean;
  /** The file or its folder is not writable: reads, search and export work; writes say why not. */
  readOnly: boolean;
  close: () => void;
}

/**
 * Opens the archive for a host. A damaged, too-new, read-only or unreachable archive is a typed
 * error naming the file, which each host shows in its own way (one CLI line, a dialog), never a stack.
 */
export function openContext(dbPath: string, options: OpenOptions = {}): Result<OpenedContext> {
  try {
    const { db, created, readOnly, close } = openArchive(dbPath, options);
    return ok({ ctx: { db }, created, readOnly, close });
  } catch (e) {
    const typed = storageError(e, dbPath);
    if (typed) return { ok: false, error: typed };
    if (e instanceof Error && 'code' in e && (e.code === 'EACCES' || e.code === 'EPERM'))
      return err('archive-read-only', dbPath);
    throw e;
  }
}

/** Thrown by a host's start function when its archive cannot be opened; carries the typed error. */
export class ArchiveOpenFailed extends Error {
  constructor(readonly error: AppError) {
    super(`${error.code}: ${error.detail ?? ''}`);
  }
}
