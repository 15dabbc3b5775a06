import { existsSync } from 'node:fs';
import type { ImportReportT } from '../../contract';
import type { Db } from '../db/db';
import { importSources } from './import-files';
import { readPageFiles } from './read-files';

/**
 * First run of the app: a brand-new archive gets the bundled sample pages so the first window
 * shows real articles. Only the app hosts call this; the CLI imports only what it is asked to.
 */
export function importSeedsIfNew(db: Db, created: boolean, seedsDir: string): ImportReportT | null {
  if (!created || !existsSync(seedsDir)) return null;
  return importSources(db, readPageFiles([seedsDir]));
}
