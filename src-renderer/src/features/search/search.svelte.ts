import type { SearchHitT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';
import { HitSelection } from './hit-selection.svelte';

/** Typing pauses this long before a query is sent: every keystroke would queue stale searches. */
export const DEBOUNCE_MS = 180;
const PAGE = 50;

/** Search-as-you-type state: the query, the hits so far, and the total the archive reports. */
export class Search {
  query = $state('');
  hits = $state.raw<SearchHitT[]>([]);
  total = $state(0);
  /** `total` is the archive's estimate (a common word with filters); the exact count follows. */
  estimated = $state(false);
  loading = $state(false);
  error = $state<AppError | null>(null);
  /** The query the current hits answer (the box may already hold a newer one). */
  answered = $state('');
  /** Ticked hits; they belong to the answered query and are dropped when it changes. */
  readonly selection = new HitSelection();

  readonly active: boolean = $derived(this.query.trim() !== '');
  readonly more: boolean = $derived(this.hits.length < this.total);

  #timer: ReturnType<typeof setTimeout> | undefined;
  #seq = 0;

  /** Called on every keystroke; only the last query within the debounce window runs. */
  type(query: string): void {
    this.query = query;
    clearTimeout(this.#timer);
    if (!this.active) {
      this.clear();
      return;
    }
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#seq++;
    this.query = '';
    this.answered = '';
    this.selection.clear();
    this.hits = [];
    this.total = 0;
    this.estimated = false;
    this.error = null;
    this.loading = false;
  }

  async run(): Promise<void> {
    const query = this.query;
    const seq = ++this.#seq;
    this.loading = true;
    const r = await call('search.query', { query, limit: PAGE });
    // A newer keystroke already started another search: drop this stale answer.
    if (seq !== this.#seq) return;
    this.loading = false;
    if (query !== this.answered) this.selection.clear();
    if (!r.ok) {
      this.error = r.error;
      this.hits = [];
      this.total = 0;
      this.estimated = false;
    } else {
      this.error = null;
      this.hits = r.value.hits;
      this.total = r.value.total;
      this.estimated = r.value.totalIsEstimate === true;
      if (this.estimated) void this.#exactTotal(query, seq);
    }
    this.answered = query;
  }

  /** The exact count, asked for after the first page so the hits are never kept waiting for it. */
  async #exactTotal(query: string, seq: number): Promise<void> {
    const r = await call('search.count', { query });
    if (seq !== this.#seq || !r.ok) return;
    this.total = r.value.total;
    this.estimated = false;
  }

  async loadMore(): Promise<void> {
    const seq = this.#seq;
    const r = await call('search.query', { query: this.answered, limit: PAGE, offset: this.hits.length });
    if (seq !== this.#seq || !r.ok) return;
    this.hits = [...this.hits, ...r.value.hits];
    // An exact count already in hand beats a page's fresh estimate.
    if (!r.value.totalIsEstimate || this.estimated) this.total = r.value.total;
    if (r.value.hits.length < PAGE) this.total = this.hits.length;
  }
}
