/**
 * The tests Stryker runs (stryker.config.mjs): the in-process ones. Tests that spawn the server or
 * the CLI run unmutated code in a child process, so they can kill no mutant and only cost time.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['tests/server/**', 'tests/cli/**', 'tests/security/server.test.ts', '**/node_modules/**'],
    },
  }),
);
