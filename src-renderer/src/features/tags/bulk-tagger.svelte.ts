import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

/** Articles per `tags.apply` call: small enough that progress moves, large enough to stay fast. */
export const CHUNK = 1000;

/** Tags many articles in chunks, so a large selection shows progress instead of a frozen bar. */
export class BulkTagger {
  progress = $state.raw<{ done: number; total: number } | null>(null);
  error = $state<AppError | null>(null);
  /** What the last finished run did, for the selection bar to report. */
  last = $state.raw<{ tag: string; added: number; total: number } | null>(null);

  async run(tag: string, ids: readonly number[]): Promise<boolean> {
    if (this.progress || ids.length === 0) return false;
    this.error = null;
    this.last = null;
    let added = 0;
    this.progress = { done: 0, total: ids.length };
    try {
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        const r = await call('tags.apply', { tag, articleIds: chunk });
        if (!r.ok) {
          this.error = r.error;
          return false;
        }
        added += r.value.added;
        this.progress = { done: i + chunk.length, total: ids.length };
      }
      this.last = { tag, added, total: ids.length };
      return true;
    } finally {
      this.progress = null;
    }
  }
}
