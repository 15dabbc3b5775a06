const STORAGE_KEY = 'jianbao.paneSizes';

/** From this width all panes sit side by side; below it the list becomes a drawer. */
export const WIDE = 1200;
/** Below this width one pane shows at a time. */
export const NARROW = 860;

export type Mode = 'wide' | 'medium' | 'narrow';
/** The pane shown in narrow mode. */
export type View = 'collections' | 'list' | 'reader' | 'notes';

export const modeFor = (width: number): Mode =>
  width >= WIDE ? 'wide' : width >= NARROW ? 'medium' : 'narrow';

export interface Sizes {
  collections: number;
  list: number;
  notes: number;
}

/** Limits in px for each resizable pane, so a drag can neither hide a pane nor squeeze the reader. */
export const LIMITS: Record<keyof Sizes, { min: number; max: number; initial: number }> = {
  collections: { min: 130, max: 320, initial: 168 },
  list: { min: 200, max: 560, initial: 304 },
  notes: { min: 200, max: 520, initial: 280 },
};

export const clampSize = (pane: keyof Sizes, px: number): number =>
  Math.round(Math.min(LIMITS[pane].max, Math.max(LIMITS[pane].min, px)));

export function parseSizes(raw: string | null): Sizes {
  const sizes: Sizes = {
    collections: LIMITS.collections.initial,
    list: LIMITS.list.initial,
    notes: LIMITS.notes.initial,
  };
  if (raw === null) return sizes;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch (e) {
    // Another version's value (or a hand edit) is not worth an error: keep the initial sizes.
    if (e instanceof SyntaxError) return sizes;
    throw e;
  }
  if (typeof v !== 'object' || v === null) return sizes;
  for (const pane of ['collections', 'list', 'notes'] as const) {
    const px = (v as Record<string, unknown>)[pane];
    if (typeof px === 'number' && Number.isFinite(px)) sizes[pane] = clampSize(pane, px);
  }
  return sizes;
}

/**
 * How the window is laid out at its current width: three panes side by side, the list as a drawer,
 * or one pane at a time. Pane widths are a UI preference of this machine, kept in localStorage.
 */
export class WindowLayout {
  width = $state(typeof window === 'undefined' ? WIDE : window.innerWidth);
  /** The list drawer (medium mode) is out. */
  drawer = $state(false);
  view = $state<View>('list');
  sizes = $state<Sizes>(parseSizes(null));
  readonly mode: Mode = $derived(modeFor(this.width));

  constructor(private readonly storage: Storage = localStorage) {
    this.sizes = parseSizes(storage.getItem(STORAGE_KEY));
  }

  resize(pane: keyof Sizes, px: number): void {
    this.sizes[pane] = clampSize(pane, px);
    this.storage.setItem(STORAGE_KEY, JSON.stringify(this.sizes));
  }

  /** Brings the list into view: the drawer opens, or the narrow window shows the list. */
  showList(): void {
    if (this.mode === 'medium') this.drawer = true;
    else if (this.mode === 'narrow') this.view = 'list';
  }

  /** An article was opened from a list: the reader takes over where the list covered it. */
  showReader(): void {
    this.drawer = false;
    // Also in a wide window: should it narrow later, the reader stays what the editor sees.
    this.view = 'reader';
  }
}
