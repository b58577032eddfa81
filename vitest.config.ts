import { defineConfig } from 'vitest/config';

// Unit tests cover pure logic in Node; everything that needs a browser runs in tests/e2e on real Chromium.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // hooks that open a database and load the language model wait on a busy machine as long as tests do
    hookTimeout: 30_000,
  },
});
