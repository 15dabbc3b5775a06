import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive } from '../core/db/open';
import type { Db } from '../core/db/db';
import { storePage } from '../core/pages/store-page';
import { parsePage } from '../core/parse/parse-page';

export const SEED_FILE = '000_3497fb0fb16c1ff0.txt';

/** An in-memory archive holding the bundled seed page, parsed by the real parser. */
export function seedArchive(root = process.cwd()): { db: Db; ids: number[] } {
  const { db } = openArchive(':memory:');
  const bytes = readFileSync(join(root, 'seeds', SEED_FILE));
  const parsed = parsePage(bytes, SEED_FILE);
  if (!parsed.ok) throw new Error(`seed did not parse: ${parsed.error.code}`);
  storePage(db, bytes, parsed.value, new Date('2024-07-10T08:00:00.000Z'));
  const ids = db.prepare('SELECT id FROM articles ORDER BY ordinal').pluck().all() as number[];
  return { db, ids };
}
