import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql-js for everyone: vite would otherwise give our code the ESM build and
    // yoga the CommonJS one, and graphql refuses types "from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Hooks start real servers; on a busy machine that can take more than the default 10 s.
    hookTimeout: 60_000,
  },
});
