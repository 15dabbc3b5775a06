import type { HistoryStepT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import {
  captureSnapshot,
  restoreSnapshot,
  sameSnapshot,
  snapshotScope,
  type Scope,
  type Snapshot,
} from './row-snapshot';
import { writeTransaction } from '../db/write-transaction';

/**
 * Undo/redo lives in main as a log of row snapshots (before/after) per action, not as inverse
 * operations issued by the renderer: a correction re-anchors dozens of annotations and a split
 * renumbers a page, and only main, inside the write's own transaction, sees exactly which rows
 * changed. Restoring snapshots is exact where hand-written inverses drift. The log is per open
 * archive and per session (memory only), capped so a long day of editing stays small.
 */
interface Entry {
  label: string;
  before: Snapshot;
  after: Snapshot;
}

interface Log {
  undo: Entry[];
  redo: Entry[];
}

const MAX_ENTRIES = 200;
const logs = new WeakMap<Db, Log>();

function logOf(db: Db): Log {
  let log = logs.get(db);
  if (!log) {
    log = { undo: [], redo: [] };
    logs.set(db, log);
  }
  return log;
}

/** Thrown only to roll the transaction back when a write returns an error after starting. */
class Rollback {
  constructor(readonly result: Result<never>) {}
}

/**
 * Runs `write` in one transaction and records it as one undoable step. `scope` names the rows the
 * write may change; `created` names rows the write made (they did not exist before).
 */
export function recordChange<T>(
  db: Db,
  label: string,
  scope: Scope,
  write: () => Result<T>,
  created: (value: T) => Partial<Scope> = () => ({}),
): Result<T> {
  try {
    return writeTransaction(db, (): Result<T> => {
      const before = captureSnapshot(db, scope);
      const result = write();
      if (!result.ok) throw new Rollback(result);
      const extra = created(result.value);
      const full: Scope = {
        articleIds: [...scope.articleIds, ...(extra.articleIds ?? [])],
        annotationIds: [...scope.annotationIds, ...(extra.annotationIds ?? [])],
        ...(scope.page ? { page: scope.page } : {}),
      };
      const after = captureSnapshot(db, full);
      const beforeFull: Snapshot = {
        ...before,
        articles: after.articles.map(([id]) => [id, before.articles.find(([b]) => b === id)?.[1] ?? null]),
        annotations: after.annotations.map(([id]) => [
          id,
          before.annotations.find(([b]) => b === id)?.[1] ?? null,
        ]),
      };
      const log = logOf(db);
      log.undo.push({ label, before: beforeFull, after });
      if (log.undo.length > MAX_ENTRIES) log.undo.shift();
      log.redo = [];
      return result;
    });
  } catch (e) {
    if (e instanceof Rollback) return e.result;
    throw e;
  }
}

function step(db: Db, from: 'undo' | 'redo'): Result<HistoryStepT | null> {
  const log = logOf(db);
  const entry = log[from].at(-1);
  if (!entry) return ok(null);
  const [expected, target] = from === 'undo' ? [entry.after, entry.before] : [entry.before, entry.after];
  const restored = writeTransaction(db, (): boolean => {
    // Something outside the log (a re-import) changed these rows since: restoring would clobber it.
    if (!sameSnapshot(captureSnapshot(db, snapshotScope(expected)), expected)) return false;
    restoreSnapshot(db, target, expected);
    return true;
  });
  if (!restored) {
    log[from].pop();
    return err('conflict', entry.label);
  }
  log[from].pop();
  log[from === 'undo' ? 'redo' : 'undo'].push(entry);
  return ok({ label: entry.label, articleIds: target.articles.filter(([, row]) => row).map(([id]) => id) });
}

export const undo = (db: Db): Result<HistoryStepT | null> => step(db, 'undo');

/** What Undo and Redo would do now (their labels), or null each when there is nothing: the buttons grey out. */
export function historyState(db: Db): Result<{ undo: string | null; redo: string | null }> {
  const log = logOf(db);
  return ok({ undo: log.undo.at(-1)?.label ?? null, redo: log.redo.at(-1)?.label ?? null });
}
export const redo = (db: Db): Result<HistoryStepT | null> => step(db, 'redo');

/** Tests and a re-opened archive start with an empty log. */
export function clearHistory(db: Db): void {
  logs.delete(db);
}
