import type { TrashEntryT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';
import type { Undoable } from '../tags/undo-toast.svelte';

/**
 * Deleted pages and articles: the trash list and the delete/restore calls. A delete returns an
 * Undoable for the toast; after a restart the same entries are still here to restore.
 */
export class Trash {
  entries = $state.raw<TrashEntryT[]>([]);
  error = $state<AppError | null>(null);

  async load(): Promise<void> {
    const r = await call('trash.list', {});
    if (r.ok) this.entries = r.value;
    else this.error = r.error;
  }

  /** Deletes; on success the toast's Undo restores it and calls `restored`. */
  async delete(
    target: { pageId: number } | { articleId: number },
    message: (entry: TrashEntryT) => string,
    restored: () => void,
  ): Promise<Undoable | null> {
    const r = 'pageId' in target ? await call('pages.delete', target) : await call('article.delete', target);
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    this.error = null;
    await this.load();
    const trashId = r.value.trashId;
    return {
      message: message(r.value),
      undo: async () => {
        if (await this.restore(trashId)) restored();
      },
    };
  }

  async restore(trashId: number): Promise<boolean> {
    const r = await call('trash.restore', { trashId });
    if (!r.ok) this.error = r.error;
    else this.error = null;
    await this.load();
    return r.ok;
  }

  async remove(trashId?: number): Promise<void> {
    const r = await call('trash.empty', trashId === undefined ? {} : { trashId });
    if (!r.ok) this.error = r.error;
    await this.load();
  }
}
