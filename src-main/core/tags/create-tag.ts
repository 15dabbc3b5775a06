import type { Input, TagT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { normalizeTagName } from './tag-name';
import { ensureTag, findTag, getTag, toTag } from './tag-store';
import { writeTransaction } from '../db/write-transaction';

export function createTag(db: Db, input: Input<'tags.create'>): Result<TagT> {
  const name = normalizeTagName(input.name);
  if (name === null) return err('invalid-input', input.name);
  return writeTransaction(db, (): Result<TagT> => {
    if (findTag(db, name)) return err('conflict', name);
    return ok(toTag(ensureTag(db, name, input.color)));
  });
}

export function recolorTag(db: Db, input: Input<'tags.recolor'>): Result<TagT> {
  const changed = db.prepare('UPDATE tags SET color = ? WHERE id = ?').run(input.color, input.tagId).changes;
  if (changed === 0) return err('not-found', `#${input.tagId}`);
  return ok(toTag(getTag(db, input.tagId)!));
}
