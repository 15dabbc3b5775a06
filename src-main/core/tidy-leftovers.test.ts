import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tidyTempLeftovers } from './tidy-leftovers';

describe('tidying temp leftovers', () => {
  it('removes only abandoned Jianbao temp folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-tidy-'));
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of [
      'jianbao-pdf-old',
      'jianbao-readonly-snapshot-old',
      'jianbao-pdf-fresh',
      'other-old',
    ]) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'x.html'), 'x');
      if (name.endsWith('old')) utimesSync(join(dir, name), old, old);
    }
    expect(tidyTempLeftovers(dir)).toBe(2);
    expect(existsSync(join(dir, 'jianbao-pdf-old'))).toBe(false);
    expect(existsSync(join(dir, 'jianbao-readonly-snapshot-old'))).toBe(false);
    expect(existsSync(join(dir, 'jianbao-pdf-fresh'))).toBe(true);
    expect(existsSync(join(dir, 'other-old'))).toBe(true);
  });
});
