const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Controls inside `root` that can take focus, in document order (hidden ones left out). */
export function controls(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/** Controls inside `root` that Tab can reach (a roving list leaves all but one row out). */
export const tabbables = (root: Element): HTMLElement[] => controls(root).filter((el) => el.tabIndex >= 0);

/**
 * Keeps Tab and Shift+Tab cycling inside `root`. A modal <dialog> makes the page inert, but Tab
 * past its last control still leaves for the browser's own toolbar; an editor expects it to wrap.
 */
export function trapTab(e: KeyboardEvent, root: Element): void {
  // A control that used Tab itself (the tag box completes a suggestion with it) keeps it.
  if (e.key !== 'Tab' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const all = tabbables(root);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !root.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !root.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}
