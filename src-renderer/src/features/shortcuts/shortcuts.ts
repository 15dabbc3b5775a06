import type { LayoutKey } from '../layout/layout-strings';

export interface Shortcut {
  /** Keys as printed on the keyboard; alternatives separated by " / ". */
  keys: string;
  what: LayoutKey;
}

/**
 * Every keyboard shortcut the app answers, for the `?` list. Each key is handled with its feature
 * (App, SearchBox, AnnotationsMenu, AnnotationSidebar, VirtualList); this is what an editor reads.
 */
export const SHORTCUTS: { group: LayoutKey; items: Shortcut[] }[] = [
  {
    group: 'keys.group.anywhere',
    items: [
      { keys: 'Ctrl/⌘+F', what: 'keys.search' },
      { keys: '?', what: 'keys.shortcuts' },
      { keys: 'Ctrl/⌘+Z', what: 'keys.undo' },
      { keys: 'Shift+Ctrl/⌘+Z / Ctrl+Y', what: 'keys.redo' },
      { keys: 'Esc', what: 'keys.clearSearch' },
      { keys: 'Tab / Shift+Tab', what: 'keys.tab' },
      { keys: '← / →', what: 'keys.resize' },
    ],
  },
  {
    group: 'keys.group.lists',
    items: [
      { keys: '↓', what: 'keys.searchToResults' },
      { keys: '↑ / ↓', what: 'keys.move' },
      { keys: 'j / k', what: 'keys.moveJk' },
      { keys: 'Home / End', what: 'keys.ends' },
      { keys: '← / →', what: 'keys.branch' },
      { keys: 'Enter', what: 'keys.open.item' },
    ],
  },
  {
    group: 'keys.group.reader',
    items: [
      { keys: 'F3 / Ctrl/⌘+G', what: 'keys.nextHit' },
      { keys: 'Shift+F3 / Shift+Ctrl/⌘+G', what: 'keys.prevHit' },
      { keys: 't', what: 'keys.tag' },
      { keys: '1–5', what: 'keys.colour' },
      { keys: 'p', what: 'keys.pageView' },
      { keys: 'g', what: 'keys.calendar' },
      { keys: '[ / ]', what: 'keys.issues' },
    ],
  },
];
