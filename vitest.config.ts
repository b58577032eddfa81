import { defineConfig } from 'vitest/config';

// Unit tests cover pure logic in Node; everything that needs a browser runs in tests/e2e on real Chromium.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
