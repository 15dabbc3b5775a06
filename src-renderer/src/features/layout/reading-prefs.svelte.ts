const STORAGE_KEY = 'jianbao.reading';

export type Theme = 'system' | 'light' | 'dark';
export type Measure = 'narrow' | 'medium' | 'wide';

/** Body text sizes in px an editor can step through; 18 is the printed-page default. */
export const SIZES = [15, 16, 18, 20, 22, 24] as const;
/** Line widths in em of the reading font: about 30, 36 or 44 characters a line. */
export const MEASURES: Record<Measure, string> = { narrow: '30em', medium: '36em', wide: '44em' };

interface Saved {
  theme: Theme;
  size: number;
  measure: Measure;
}

const DEFAULTS: Saved = { theme: 'system', size: 18, measure: 'medium' };

/** What an earlier start saved, each field checked on its own so one bad value keeps the others. */
export function parseSaved(raw: string | null): Saved {
  if (raw === null) return { ...DEFAULTS };
  let v: Partial<Record<keyof Saved, unknown>>;
  try {
    v = JSON.parse(raw) as Partial<Record<keyof Saved, unknown>>;
  } catch (e) {
    // A value another version wrote (or a hand edit) is not worth an error: start from the defaults.
    if (e instanceof SyntaxError) return { ...DEFAULTS };
    throw e;
  }
  if (typeof v !== 'object' || v === null) return { ...DEFAULTS };
  return {
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'system',
    size: SIZES.find((s) => s === v.size) ?? DEFAULTS.size,
    measure: v.measure === 'narrow' || v.measure === 'wide' ? v.measure : 'medium',
  };
}

/**
 * Colour scheme, reading font size and line width: UI preferences of this machine, so they live in
 * localStorage rather than the archive. Applied as attributes and CSS variables on <html>.
 */
export class ReadingPrefs {
  theme = $state<Theme>('system');
  size = $state(18);
  measure = $state<Measure>('medium');

  constructor(private readonly storage: Storage = localStorage) {
    const saved = parseSaved(storage.getItem(STORAGE_KEY));
    this.theme = saved.theme;
    this.size = saved.size;
    this.measure = saved.measure;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.save();
  }

  setMeasure(measure: Measure): void {
    this.measure = measure;
    this.save();
  }

  /** One step smaller (-1) or larger (+1); stays within SIZES. */
  step(by: -1 | 1): void {
    const i = SIZES.findIndex((s) => s === this.size);
    const next = SIZES[Math.min(SIZES.length - 1, Math.max(0, (i < 0 ? 2 : i) + by))];
    if (next !== undefined) this.size = next;
    this.save();
  }

  get smallest(): boolean {
    return this.size === SIZES[0];
  }

  get largest(): boolean {
    return this.size === SIZES[SIZES.length - 1];
  }

  apply(root: HTMLElement): void {
    if (this.theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = this.theme;
    root.style.setProperty('--read-size', `${this.size}px`);
    root.style.setProperty('--measure', MEASURES[this.measure]);
  }

  private save(): void {
    this.storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ theme: this.theme, size: this.size, measure: this.measure }),
    );
  }
}
