import type { DraftBodyT, Input } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

/** How long typing must pause before the draft is written: every few words, not every key. */
export const DRAFT_DELAY_MS = 400;

/** Forms with a write still on its way; the page asks before unloading while there are any. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read only by the unload handler, never drawn
const unsaved = new Set<DraftWriter>();
let guarding = false;
function guardUnload(): void {
  if (guarding || typeof window === 'undefined') return;
  guarding = true;
  // A reload in the few hundred milliseconds between a keystroke and its draft write would lose
  // that keystroke; only then does the browser ask. Once written, the draft survives the reload.
  window.addEventListener('beforeunload', (e) => {
    if (unsaved.size === 0) return;
    for (const w of unsaved) void w.flush();
    e.preventDefault();
  });
}

/**
 * Keeps one form's unsaved contents in the archive as the editor types (core/drafts): a pause in
 * typing writes the draft; `flush` writes at once (before a split, when the form closes); saving
 * the form or discarding it removes the draft.
 */
export class DraftWriter {
  status = $state<'clean' | 'pending' | 'saved' | 'failed'>('clean');
  savedAt = $state<string | null>(null);
  error = $state<AppError | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #next: Input<'drafts.save'> | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    readonly kind: DraftBodyT['kind'],
    readonly targetId: number,
    readonly articleId: number,
    readonly delayMs = DRAFT_DELAY_MS,
  ) {
    guardUnload();
  }

  /** The form changed: write this body after the next pause in typing. */
  update(body: DraftBodyT): void {
    this.#next = { targetId: this.targetId, articleId: this.articleId, body, baseVersion: null };
    this.status = 'pending';
    unsaved.add(this);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the pending body now; resolves once every earlier write has landed too. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const input = this.#next;
    this.#next = null;
    if (input) {
      // Writes go one after another so an older body can never land after a newer one.
      this.#writing = this.#writing.then(async () => {
        const r = await call('drafts.save', input);
        if (r.ok) {
          this.savedAt = r.value.updatedAt;
          this.error = null;
          if (this.#next === null) {
            this.status = 'saved';
            unsaved.delete(this);
          }
        } else {
          this.error = r.error;
          this.status = 'failed';
        }
      });
    }
    return this.#writing;
  }

  /** The form was saved or thrown away: no draft to keep. */
  async discard(): Promise<void> {
    clearTimeout(this.#timer);
    this.#next = null;
    await this.#writing;
    unsaved.delete(this);
    await call('drafts.discard', { kind: this.kind, targetId: this.targetId });
    this.status = 'clean';
    this.savedAt = null;
  }
}
