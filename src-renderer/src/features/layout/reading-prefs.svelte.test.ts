import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage.test-support';
import { parseSaved, ReadingPrefs, SIZES } from './reading-prefs.svelte';

describe('reading settings', () => {
  it('steps the text size within its range and remembers every choice', () => {
    const storage = memoryStorage();
    const prefs = new ReadingPrefs(storage);
    expect(prefs.size).toBe(18);
    for (let i = 0; i < 10; i++) prefs.step(1);
    expect(prefs.size).toBe(SIZES[SIZES.length - 1]);
    expect(prefs.largest).toBe(true);
    prefs.step(-1);
    prefs.setTheme('dark');
    prefs.setMeasure('wide');
    const again = new ReadingPrefs(storage);
    expect([again.size, again.theme, again.measure]).toEqual([22, 'dark', 'wide']);
  });

  it('keeps the good fields of a damaged saved value', () => {
    expect(parseSaved('{oops')).toEqual({ theme: 'system', size: 18, measure: 'medium' });
    expect(parseSaved(JSON.stringify({ theme: 'sepia', size: 17, measure: 'narrow' }))).toEqual({
      theme: 'system',
      size: 18,
      measure: 'narrow',
    });
  });
});
