import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage.test-support';
import { LIMITS, modeFor, parseSizes, WindowLayout } from './window-layout.svelte';

describe('window layout', () => {
  it('has three panes from 1200 px, a drawer below, one pane below 860', () => {
    expect(modeFor(1440)).toBe('wide');
    expect(modeFor(1200)).toBe('wide');
    expect(modeFor(1199)).toBe('medium');
    expect(modeFor(860)).toBe('medium');
    expect(modeFor(859)).toBe('narrow');
    expect(modeFor(320)).toBe('narrow');
  });

  it('keeps pane widths within their limits and remembers them', () => {
    const storage = memoryStorage();
    const layout = new WindowLayout(storage);
    layout.resize('list', 5000);
    layout.resize('notes', 10);
    expect(layout.sizes.list).toBe(LIMITS.list.max);
    expect(layout.sizes.notes).toBe(LIMITS.notes.min);
    expect(new WindowLayout(storage).sizes).toEqual(layout.sizes);
  });

  it('reads a damaged or foreign saved value as the initial sizes, field by field', () => {
    expect(parseSizes('{not json')).toEqual(parseSizes(null));
    expect(parseSizes('[1,2]').list).toBe(LIMITS.list.initial);
    const partly = parseSizes(JSON.stringify({ list: 400, notes: 'wide', collections: 99999 }));
    expect(partly).toEqual({ list: 400, notes: LIMITS.notes.initial, collections: LIMITS.collections.max });
  });

  it('shows the list as a drawer or a pane, and the reader when an article opens', () => {
    const layout = new WindowLayout(memoryStorage());
    layout.width = 1024;
    layout.showList();
    expect(layout.drawer).toBe(true);
    layout.showReader();
    expect(layout.drawer).toBe(false);
    layout.width = 800;
    expect(layout.view).toBe('reader');
    layout.showList();
    expect(layout.view).toBe('list');
    expect(layout.drawer).toBe(false);
  });
});
