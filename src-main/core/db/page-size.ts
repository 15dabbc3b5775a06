import type { Db } from './db';

/**
 * Page size for every archive file Jianbao writes from scratch (new archives, backups). Measured on
 * a 10k-article archive (issue 12): 4096 → 8192 took the file from 7.39 to 6.59 MB per MB of
 * article text, as ~2 KB page rows stop spilling onto half-empty overflow pages; 16384 and 32768
 * were larger again (6.67, 6.83).
 */
export const ARCHIVE_PAGE_SIZE = 8192;

/**
 * Asks for ARCHIVE_PAGE_SIZE. It takes effect only where the file has no pages yet, or in the copy
 * a following VACUUM INTO writes (which honours it even from a WAL archive); an existing archive
 * keeps its page size, since changing it in place would mean rewriting the whole file on open.
 */
export function requestArchivePageSize(db: Db): void {
  db.pragma(`page_size = ${ARCHIVE_PAGE_SIZE}`);
}
