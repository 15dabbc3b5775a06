import type { ArticleMatchT } from '../../../../src-main/contract';
import { call } from '../../api';

/** Every match of the search in the article open in the reader, and which one is current. */
export class ArticleHits {
  matches = $state.raw<ArticleMatchT[]>([]);
  current = $state(0);
  /** The article these matches belong to: the reader may have moved on to another since. */
  articleId = $state<number | null>(null);

  async load(id: number, query: string): Promise<void> {
    if (!query.trim()) return this.clear();
    const r = await call('search.inArticle', { id, query });
    this.matches = r.ok ? r.value.matches : [];
    this.articleId = id;
    this.current = 0;
  }

  clear(): void {
    this.matches = [];
    this.articleId = null;
    this.current = 0;
  }

  /** Moves by delta, wrapping around like a browser's find bar. */
  step(delta: number): void {
    const n = this.matches.length;
    if (n > 0) this.current = (((this.current + delta) % n) + n) % n;
  }
}
