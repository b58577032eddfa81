import { defineConfig } from 'vitest/config';

// The Firefox end-to-end journeys (tests/e2e-firefox): real firefox-esr with the Firefox build, one browser per
// file, one file at a time (the machine has two cores and Firefox wants both).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
