import type { EditorSessionT } from '../../../../src-main/contract';
import { call } from '../../api';

/** A pause in scrolling this long writes the position: a scroll is dozens of events a second. */
const SCROLL_PAUSE_MS = 500;

/**
 * Where the editor left off (the open article and how far down the reader they were), kept in
 * the archive (core/drafts/editor-session.ts) so any host and any browser-host port reopens there.
 */
export class WhereLeftOff {
  #current: EditorSessionT = { articleId: null, scrollTop: 0 };
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Until the saved place is restored, nothing is saved over it. */
  #restored = false;

  async load(): Promise<EditorSessionT | null> {
    const r = await call('session.get', {});
    this.#restored = true;
    if (!r.ok) return null;
    this.#current = r.value;
    return r.value.articleId === null ? null : r.value;
  }

  /** An article opened in the reader: it starts at its top. */
  opened(articleId: number): void {
    if (this.#current.articleId === articleId) return;
    this.#current = { articleId, scrollTop: 0 };
    this.#write(0);
  }

  scrolled(scrollTop: number): void {
    if (this.#current.articleId === null) return;
    this.#current = { ...this.#current, scrollTop: Math.max(0, Math.round(scrollTop)) };
    this.#write(SCROLL_PAUSE_MS);
  }

  closed(): void {
    this.#current = { articleId: null, scrollTop: 0 };
    this.#write(0);
  }

  #write(delay: number): void {
    if (!this.#restored) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void call('session.save', this.#current), delay);
  }
}
