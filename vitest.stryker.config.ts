/**
 * The tests Stryker runs (stryker.config.mjs): the in-process ones. Tests that spawn the server,
 * the CLI, a federation gateway or a browser run unmutated code in another process, so they can
 * kill no mutant and only cost time (a browser session alone costs seconds per run).
 * tests/schema/imports.test.ts is left out too: it compares the schema built in one import order
 * with the schema built in another, both from the same mutated code, so it cannot notice a mutant
 * (only an import-order trap, which no mutator makes), and it took 108 of the suite's 152 s.
 * tests/schema/sdl.test.ts checks the built schema against the committed SDL instead.
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import { keptWorkerPool } from './stryker-plugins/kept-worker-pool.mjs';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    // One worker thread for all of a test-runner process's runs (stryker-plugins/kept-worker-pool.mjs).
    plugins: [keptWorkerPool()],
    test: {
      setupFiles: ['stryker-plugins/no-mutant-while-loading.mjs'],
      // One module graph for all the files of a run: each file would otherwise import graphql,
      // yoga, Pothos and the schema afresh (import time 72.6 s of a 238 s suite, 10.3 s with this),
      // and Stryker runs the covering files again for every mutant. The suite passes either way.
      isolate: false,
      // Where each test is declared, which Stryker's incremental mode needs (stryker-plugins/located-vitest-runner.mjs).
      includeTaskLocation: true,
      exclude: [
        'tests/server/**',
        'tests/cli/**',
        'tests/browser/**',
        'tests/federation/gateway.test.ts',
        'tests/security/server.test.ts',
        'tests/schema/imports.test.ts',
        'tests/store/replicas.test.ts',
        'tests/store/replica-metrics.test.ts',
        '**/node_modules/**',
      ],
    },
  }),
);
