import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql-js for everyone: vite would otherwise give our code the ESM build and
    // yoga the CommonJS one, and graphql refuses types "from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks start real servers; on a busy machine that takes longer than vitest's 10 s default.
    hookTimeout: 60_000,
  },
});
