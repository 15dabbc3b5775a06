import { controls } from './focus-trap';

/** The control a row's keyboard focus lands on: the one marked data-primary, else its first. */
export function primaryOf(row: Element): HTMLElement | undefined {
  return row.querySelector<HTMLElement>('[data-primary]') ?? controls(row)[0] ?? undefined;
}

/**
 * Moves focus into the virtual list inside `root`, onto its current row (the first when none is
 * current yet). Returns false when the list shows no rows, so the caller can leave focus where it is.
 */
export function focusListIn(root: Element | null): boolean {
  const row = root?.querySelector('[data-row][data-active]') ?? root?.querySelector('[data-row]');
  const target = row ? primaryOf(row) : undefined;
  target?.focus();
  return target !== undefined;
}
