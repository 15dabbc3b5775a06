import type { Output } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { listTags } from '../tags/list-tags';
import { listSearches } from './saved-searches';

/** The sidebar: the tag tree (flat, sorted by name; the renderer nests by `/`) and saved searches. */
export function listCollections(db: Db): Result<Output<'collections.list'>> {
  const tags = listTags(db);
  if (!tags.ok) return tags;
  return ok({ tags: tags.value, searches: listSearches(db) });
}
