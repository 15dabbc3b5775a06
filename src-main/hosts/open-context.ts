import { openArchive, type OpenOptions } from '../core/db/open';
import type { CoreContext } from '../core/operations';
import { DbFromFutureError } from '../core/db/migrate';

export interface OpenedContext {
  ctx: CoreContext;
  created: boolean;
  close: () => void;
}

/** Opens the archive for a host; a too-new archive is a clear message, not a stack trace. */
export function openContext(dbPath: string, options: OpenOptions = {}): OpenedContext {
  try {
    const { db, created } = openArchive(dbPath, options);
    return { ctx: { db }, created, close: () => db.close() };
  } catch (e) {
    if (e instanceof DbFromFutureError) {
      throw new Error(`此档案由更新版本的剪报创建(${dbPath}),请升级剪报 / ${e.message}`, {
        cause: e,
      });
    }
    throw e;
  }
}
