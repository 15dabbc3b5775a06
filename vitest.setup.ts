import { beforeEach, expect } from 'vitest';

// A test that asserts nothing passes whatever the code does: make that a failure everywhere.
// (A property test whose generator never reached its expect() passed 300 runs this way.)
beforeEach(() => {
  expect.hasAssertions();
});
