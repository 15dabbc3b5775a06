/** How long the Undo button stays offered after an archive-wide change. */
export const TOAST_MS = 12_000;

export interface Undoable {
  message: string;
  undo: () => Promise<void>;
}

/** The one "done — Undo" notice at the bottom of the window; a newer change replaces it. */
export class UndoToast {
  current = $state.raw<Undoable | null>(null);
  busy = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;

  show(change: Undoable): void {
    clearTimeout(this.#timer);
    this.current = change;
    this.#timer = setTimeout(() => this.dismiss(), TOAST_MS);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.current = null;
  }

  async undo(): Promise<void> {
    const change = this.current;
    if (!change || this.busy) return;
    this.busy = true;
    try {
      await change.undo();
    } finally {
      this.busy = false;
      this.dismiss();
    }
  }
}
