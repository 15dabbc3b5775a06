import { openArchive } from '../core/db/open';
import type { Db } from '../core/db/db';
import { storePage } from '../core/pages/store-page';
import { sampleOutcome } from './sample-outcome';

/** An in-memory archive with `pages` pages of two articles each; returns the article ids in page order. */
export function archiveWithArticles(pages = 3): { db: Db; ids: number[] } {
  const { db } = openArchive(':memory:');
  for (let p = 0; p < pages; p++) {
    const outcome = sampleOutcome(`p${p}.txt`, [`头条${p}`, `第二篇${p}`]);
    outcome.parsed.meta.date = `2024-07-${String(10 + p).padStart(2, '0')}`;
    storePage(db, new TextEncoder().encode(`page ${p}`), outcome);
  }
  const ids = db.prepare('SELECT id FROM articles ORDER BY page_id, ordinal').pluck().all() as number[];
  return { db, ids };
}
