import type { Db } from '../db/db';
import { statement } from '../db/statements';
import { BLOCK, NONE, recencyOrder } from './recency-order';

/** A filter on article ids (filter-plan.ts); null where every id passes. */
export type Keep = ((id: number) => boolean) | null;

/** The full-text tables a walk reads: the whole articles, or their headlines alone (migration 019). */
export type FtsTable = 'articles_fts' | 'articles_headline_fts';

export interface WalkOptions {
  /** Default articles_fts. */
  table?: FtsTable;
  /** How many of the newest passing matches to keep. */
  need: number;
  /** Rowid bounds of the walk, inclusive. */
  lo: number;
  hi: number;
  keep: Keep;
  /** Passing matches that are counted but not kept (they are ranked in an earlier group). */
  skip?: (id: number) => boolean;
  /** Read on until at least this many matches have passed, for an estimate of the total. */
  minPassed?: number;
}

export interface Walk {
  /** Recency positions (recency-order.ts) of the kept hits, ascending: newest first. */
  positions: number[];
  /** Every match within the bounds was read: `passed` is then exact. */
  exhausted: boolean;
  /** Matches that passed `keep` among those read. */
  passed: number;
  /** How many ids of [lo, hi] the walk has read every match of (for extrapolating `passed`). */
  covered: number;
  /** Those ids as inclusive ranges, in the order read. */
  spans: [number, number][];
}

const FIRST_CHUNK = 256;
const LARGEST_CHUNK = 16_384;

/**
 * The newest `need` matches of an FTS5 expression that pass `keep`, stopping as soon as nothing
 * unread can be newer than the worst hit kept. The ids are read in blocks (recency-order.ts),
 * newest block first, each block's doclist by descending rowid: FTS5 reads a doclist in either
 * direction at C speed and stops early, so in an archive imported day by day (or with a back
 * catalogue imported later: it is a later block, read later) this touches a few hundred rows of
 * a word in every article, where reading its whole doclist into JS costs ~0.2 µs per match
 * (180 ms at 1M articles). Where ids and dates disagree throughout, every block is read, which
 * costs about what reading the whole doclist does; the answer is exact either way.
 *
 * Rows come in growing chunks (`LIMIT`), never through `iterate()`: better-sqlite3's iterator
 * costs ~2 µs per row, ten times a chunk's.
 */
export function walkNewest(db: Db, expr: string, opts: WalkOptions): Walk {
  const { position, newestInBlock, blocksNewestFirst, lowestInBlock } = recencyOrder(db);
  const { need, keep, skip } = opts;
  const minPassed = opts.minPassed ?? 0;
  const table = opts.table ?? 'articles_fts';
  const chunk = statement(
    db,
    `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?`,
  );
  const heap: number[] = []; // max-heap of positions
  let passed = 0;
  let covered = 0;
  const spans: [number, number][] = [];
  const cover = (from: number, to: number): void => {
    if (to < from) return;
    covered += to - from + 1;
    spans.push([from, to]);
  };
  const done = (from: number): boolean =>
    heap.length >= need && passed >= minPassed && from > (heap[0] ?? -1);
  const stopped = (): Walk => ({ positions: sorted(heap), exhausted: false, passed, covered, spans });
  const blocks = [...blocksNewestFirst].filter((b) => {
    const [start, end] = [b * BLOCK, b * BLOCK + BLOCK - 1];
    return newestInBlock[b] !== NONE && end >= opts.lo && start <= opts.hi;
  });
  // Blocks next to each other in both orders (the whole archive, when it was imported day by day)
  // are read as one range: one seek instead of one per block.
  for (let k = 0; k < blocks.length;) {
    let last = k;
    while (last + 1 < blocks.length && blocks[last + 1] === blocks[last]! - 1) last++;
    if (done(newestInBlock[blocks[k]!]!)) return stopped();
    const lo = Math.max(opts.lo, blocks[last]! * BLOCK);
    let top = Math.min(opts.hi, blocks[k]! * BLOCK + BLOCK - 1);
    let at = k; // the block (index into `blocks`) the row being read is in
    let size = FIRST_CHUNK;
    for (;;) {
      // Rowids bind as BigInt: FTS5 ignores a REAL rowid constraint (see rank-common.ts).
      const ids = chunk.pluck().all(expr, BigInt(lo), BigInt(top), size) as number[];
      for (const id of ids) {
        while (id < blocks[at]! * BLOCK) at++;
        const next = at + 1 < blocks.length ? newestInBlock[blocks[at + 1]!]! : NONE;
        // Everything unread is in this block at or below id, or in a block after it.
        if (done(Math.min(lowestInBlock[id]!, next))) {
          cover(id + 1, top);
          return stopped();
        }
        if (keep && !keep(id)) continue;
        passed++;
        if (skip?.(id)) continue;
        const pos = position[id] ?? -1;
        // An article written after the order was built cannot be here: the order's key changed with it.
        if (pos < 0) throw new Error(`walkNewest: article ${id} missing from recency order`);
        if (heap.length < need) push(heap, pos);
        else if (need > 0 && pos < heap[0]!) replaceTop(heap, pos);
      }
      if (ids.length < size) break;
      cover(ids.at(-1)!, top);
      top = ids.at(-1)! - 1;
      size = Math.min(LARGEST_CHUNK, size * 2);
    }
    cover(lo, top);
    k = last + 1;
  }
  return { positions: sorted(heap), exhausted: true, passed, covered, spans };
}

const sorted = (heap: number[]): number[] => heap.toSorted((a, b) => a - b);
function push(heap: number[], x: number): void {
  let i = heap.length;
  heap.push(x);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]! >= x) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = x;
}

function replaceTop(heap: number[], x: number): void {
  const n = heap.length;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const big = r < n && heap[r]! > heap[l]! ? r : l;
    if (heap[big]! <= x) break;
    heap[i] = heap[big]!;
    i = big;
  }
  heap[i] = x;
}
