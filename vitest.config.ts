/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests can render .astro components with the Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property tests run tens of thousands of cases; a loaded 2-core machine needs headroom.
    testTimeout: 60_000,
  },
});
