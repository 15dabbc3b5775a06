const STORAGE_KEY = 'jianbao.panes';

interface Shown {
  collections: boolean;
  notes: boolean;
}

function remembered(): Shown {
  const fallback = { collections: true, notes: true };
  const raw = localStorage.getItem(STORAGE_KEY);
  if (raw === null) return fallback;
  try {
    const v = JSON.parse(raw) as Partial<Shown>;
    return { collections: v.collections !== false, notes: v.notes !== false };
  } catch (e) {
    // A value another version wrote (or a hand edit) is not worth an error: start from the default.
    if (e instanceof SyntaxError) return fallback;
    throw e;
  }
}

/** Which side panes are shown; remembered across starts so an editor's layout stays put. */
export class PaneLayout {
  collections = $state(true);
  notes = $state(true);

  constructor() {
    const shown = remembered();
    this.collections = shown.collections;
    this.notes = shown.notes;
  }

  toggle(pane: keyof Shown): void {
    this[pane] = !this[pane];
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ collections: this.collections, notes: this.notes }));
  }
}
