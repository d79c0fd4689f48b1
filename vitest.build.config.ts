import { defineConfig } from 'vitest/config';

// Tests of the built output (dist/ and dist-guide/): run by scripts/e2e.mjs after the builds.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
