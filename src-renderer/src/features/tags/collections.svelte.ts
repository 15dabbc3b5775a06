import type {
  CollectionArticleT,
  CollectionRefT,
  DeletedTagT,
  SavedSearchT,
  TagChangeT,
  TagT,
  TagWithCountsT,
} from '../../../../src-main/contract';
import type { AppError, Result } from '../../../../src-main/result';
import { call } from '../../api';
import type { Undoable } from './undo-toast.svelte';

export interface TagNode {
  tag: TagWithCountsT;
  /** Last path segment, shown indented under its parent. */
  label: string;
  depth: number;
}

/** Sidebar state: the tag tree and saved searches with counts, the open collection, the open article's tags. */
export class Collections {
  tags = $state.raw<TagWithCountsT[]>([]);
  searches = $state.raw<SavedSearchT[]>([]);
  open = $state.raw<CollectionRefT | null>(null);
  articles = $state.raw<CollectionArticleT[]>([]);
  articleTags = $state.raw<TagT[]>([]);
  /** Deleted tags still recoverable, newest first: the undo toast is gone after a restart, these are not. */
  deleted = $state.raw<DeletedTagT[]>([]);
  error = $state<AppError | null>(null);

  /** Tags sorted by name already nest: a child follows its parent, so depth is enough for a tree. */
  readonly tree: TagNode[] = $derived(
    this.tags.map((tag) => {
      const parts = tag.name.split('/');
      return { tag, label: parts.at(-1) ?? tag.name, depth: parts.length - 1 };
    }),
  );

  readonly openName: string = $derived.by(() => {
    const o = this.open;
    if (!o) return '';
    if (o.kind === 'tag') return this.tags.find((t) => t.id === o.tagId)?.name ?? '';
    return this.searches.find((s) => s.id === o.searchId)?.name ?? '';
  });

  async load(): Promise<void> {
    const [r, deleted] = await Promise.all([call('collections.list', {}), call('tags.deleted', {})]);
    if (deleted.ok) this.deleted = deleted.value;
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.tags = r.value.tags;
    this.searches = r.value.searches;
    const o = this.open;
    // A collection deleted or merged away closes instead of asking the archive for a missing id.
    const exists =
      o?.kind === 'tag'
        ? this.tags.some((t) => t.id === o.tagId)
        : o?.kind === 'search' && this.searches.some((s) => s.id === o.searchId);
    if (o && exists) await this.show(o);
    else this.open = null;
  }

  async show(ref: CollectionRefT | null): Promise<void> {
    this.open = ref;
    if (!ref) return;
    const r = await call('collections.articles', { collection: ref });
    if (r.ok) this.articles = r.value;
    else this.error = r.error;
  }

  async loadArticleTags(articleId: number | null): Promise<void> {
    if (articleId === null) {
      this.articleTags = [];
      return;
    }
    const r = await call('tags.ofArticle', { articleId });
    if (r.ok) this.articleTags = r.value;
  }

  async apply(tag: string, articleIds: number[]): Promise<boolean> {
    const r = await call('tags.apply', { tag, articleIds });
    if (!r.ok) this.error = r.error;
    await this.load();
    return r.ok;
  }

  async remove(tagId: number, articleIds: number[]): Promise<void> {
    const r = await call('tags.remove', { tagId, articleIds });
    if (!r.ok) this.error = r.error;
    await this.load();
  }

  /** Moves one article to a new index in the open collection and saves the hand order. */
  async move(from: number, to: number): Promise<void> {
    if (!this.open || from === to) return;
    const list = [...this.articles];
    const [item] = list.splice(from, 1);
    if (!item) return;
    list.splice(to, 0, item);
    this.articles = list;
    const r = await call('collections.reorder', { collection: this.open, articleIds: list.map((a) => a.id) });
    if (!r.ok) this.error = r.error;
    await this.show(this.open);
  }

  /**
   * Runs an archive-wide tag change (rename, merge, delete) and returns how to undo it, or null
   * when it failed (the error is kept for the sidebar to show).
   */
  async change(message: string, run: Promise<Result<TagChangeT>>): Promise<Undoable | null> {
    const r = await run;
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    this.error = null;
    await this.load();
    const undoId = r.value.undoId;
    return {
      message,
      undo: async () => {
        const u = await call('tags.undo', { undoId });
        if (!u.ok) this.error = u.error;
        await this.load();
      },
    };
  }

  /** Restores a deleted tag (merging into a same-named tag made since); returns whether it worked. */
  async restoreDeleted(undoId: number): Promise<boolean> {
    const r = await call('tags.restoreDeleted', { undoId });
    this.error = r.ok ? null : r.error;
    await this.load();
    return r.ok;
  }

  async recolor(tag: TagWithCountsT, color: string, message: string): Promise<Undoable | null> {
    const r = await call('tags.recolor', { tagId: tag.id, color });
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    await this.load();
    // Colour is not an archive-wide change with an undo log; undoing sets the old colour back.
    const before = tag.color;
    return {
      message,
      undo: async () => {
        const u = await call('tags.recolor', { tagId: tag.id, color: before });
        if (!u.ok) this.error = u.error;
        await this.load();
      },
    };
  }

  async saveSearch(name: string, query: string): Promise<SavedSearchT | null> {
    const r = await call('collections.saveSearch', { name, query });
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    await this.load();
    return r.value;
  }

  /** Renames a saved search; undoing gives it its old name back (same id, so its hand order stays). */
  async renameSearch(s: SavedSearchT, name: string, message: string): Promise<Undoable | null> {
    const r = await call('collections.renameSearch', { searchId: s.id, name });
    this.error = r.ok ? null : r.error;
    await this.load();
    if (!r.ok) return null;
    return {
      message,
      undo: async () => {
        const u = await call('collections.renameSearch', { searchId: s.id, name: s.name });
        if (!u.ok) this.error = u.error;
        await this.load();
      },
    };
  }

  /** Deletes a saved search; undoing saves it again (same name, query and filters, a new id). */
  async deleteSearch(s: SavedSearchT, message: string): Promise<Undoable | null> {
    const r = await call('collections.deleteSearch', { searchId: s.id });
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    await this.load();
    return {
      message,
      undo: async () => {
        const u = await call('collections.saveSearch', { name: s.name, query: s.query, filters: s.filters });
        if (!u.ok) this.error = u.error;
        await this.load();
      },
    };
  }
}
