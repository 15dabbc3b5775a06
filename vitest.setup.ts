import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, expect } from 'vitest';

// No test, and no host a test starts, may read or write the editor's own config (browser-address.ts).
if (!process.env.JIANBAO_CONFIG_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-test-config-'));
  process.env.JIANBAO_CONFIG_DIR = dir;
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.JIANBAO_CONFIG_DIR;
  });
}

// A test that asserts nothing passes whatever the code does: make that a failure everywhere.
// (A property test whose generator never reached its expect() passed 300 runs this way.)
beforeEach(() => {
  expect.hasAssertions();
});
