import type { Db } from '../db/db';

export interface DirectoryPerson {
  id: number;
  name: string;
  /** Every name of the person, display name first. */
  names: string[];
}

/** Name → person for every known name; small (one row per distinct byline name), read whole. */
export function personDirectory(db: Db): Map<string, DirectoryPerson> {
  const rows = db
    .prepare(
      `SELECT n.name AS name, p.id AS id, p.name AS display FROM person_names n JOIN persons p ON p.id = n.person_id
       ORDER BY p.id, n.name`,
    )
    .all() as { name: string; id: number; display: string }[];
  const byId = new Map<number, DirectoryPerson>();
  const byName = new Map<string, DirectoryPerson>();
  for (const r of rows) {
    let person = byId.get(r.id);
    if (!person) {
      person = { id: r.id, name: r.display, names: [r.display] };
      byId.set(r.id, person);
    }
    if (r.name !== r.display) person.names.push(r.name);
    byName.set(r.name, person);
  }
  return byName;
}

/** Pinyin order for names, so equal counts list the way an editor expects. */
export const byName = new Intl.Collator('zh-Hans-CN').compare;
