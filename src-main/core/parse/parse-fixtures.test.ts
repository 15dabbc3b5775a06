import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedPage } from './parsed-page';
import { parsePage } from './parse-page';
import { checkConservation } from './check-conservation';

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

function parseFixture(name: string) {
  const r = parsePage(readFileSync(join(dir, name)), name);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.value;
}

describe('fixture pages parse to their expected JSON', () => {
  it('has the seed and our own fixtures', () => {
    expect(fixtures).toContain('000_3497fb0fb16c1ff0.txt');
  });

  it.each(fixtures)('%s', (name) => {
    const expected = JSON.parse(
      readFileSync(join(dir, name.replace(/\.txt$/u, '.expected.json')), 'utf8'),
    ) as ParsedPage;
    const { parsed } = parseFixture(name);
    // Warnings are compared only when the expected file lists them.
    const { warnings, ...rest } = parsed;
    const { warnings: expectedWarnings, ...expectedRest } = expected;
    expect(rest).toEqual(expectedRest);
    if (expectedWarnings !== undefined) expect(warnings).toEqual(expectedWarnings);
  });
});

describe('every fixture conserves its text', () => {
  it.each(fixtures)('%s', (name) => {
    expect(checkConservation(parseFixture(name))).toEqual([]);
  });
});
