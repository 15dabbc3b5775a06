/* eslint-disable svelte/prefer-svelte-reactivity --
   Each Set is built, then assigned whole to a $state.raw field and never mutated after; a SvelteSet
   would track every add of a 10,000-id selection for nothing. */
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

/** search.query's largest page: collecting every hit's id takes total ÷ this round trips. */
const ID_PAGE = 500;

/**
 * The articles ticked in the search results. "Select all" pages through `search.query` so it
 * covers every hit of the query, not only the page on screen. Belongs to one query: the owner
 * clears it when the answered query changes.
 */
export class HitSelection {
  ids = $state.raw<ReadonlySet<number>>(new Set());
  /** Progress while collecting every hit's id; null when idle. */
  collecting = $state.raw<{ done: number; total: number } | null>(null);
  error = $state<AppError | null>(null);
  readonly count: number = $derived(this.ids.size);
  #anchor: number | null = null;
  #seq = 0;

  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** A click on hit `index`: toggles it, or with Shift adds the range from the last click to it. */
  click(order: readonly number[], index: number, shift: boolean): void {
    const id = order[index];
    if (id === undefined) return;
    const next = new Set(this.ids);
    if (shift && this.#anchor !== null) {
      const [from, to] = this.#anchor < index ? [this.#anchor, index] : [index, this.#anchor];
      for (const x of order.slice(from, to + 1)) next.add(x);
    } else if (next.has(id)) next.delete(id);
    else next.add(id);
    this.#anchor = index;
    this.ids = next;
  }

  selectShown(order: readonly number[]): void {
    this.ids = new Set([...this.ids, ...order]);
  }

  clear(): void {
    this.#seq++;
    this.#anchor = null;
    this.ids = new Set();
    this.collecting = null;
    this.error = null;
  }

  /** Selects every hit of `query` (as the archive answers it now), page by page. */
  async selectAll(query: string, total: number): Promise<void> {
    const seq = ++this.#seq;
    const all = new Set(this.ids);
    this.collecting = { done: 0, total };
    // Until a short page, not up to `total`: that may be an estimate (search.svelte.ts).
    for (let offset = 0; ; offset += ID_PAGE) {
      const r = await call('search.query', { query, limit: ID_PAGE, offset });
      // Cleared or restarted meanwhile: this collection no longer answers anything.
      if (seq !== this.#seq) return;
      if (!r.ok) {
        this.error = r.error;
        break;
      }
      for (const hit of r.value.hits) all.add(hit.id);
      this.collecting = { done: Math.min(total, offset + r.value.hits.length), total };
      if (r.value.hits.length < ID_PAGE) break;
    }
    this.ids = all;
    this.collecting = null;
  }
}
