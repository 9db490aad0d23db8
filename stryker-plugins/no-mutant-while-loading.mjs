// @ts-check
/**
 * A vitest setup file for mutation runs (vitest.stryker.config.ts). With the kept worker thread
 * (kept-worker-pool.mjs), the previous run's mutant would still be active while this run's modules
 * load: Stryker activates a mutant in a `beforeAll`, after the test file and its imports have run.
 * Module-level code must run unmutated, as it does in a fresh worker.
 */
import { inject } from 'vitest';

const namespace = /** @type {Record<string, { activeMutant?: string } | undefined>} */ (
  /** @type {unknown} */ (globalThis)
)[/** @type {string} */ (inject(/** @type {any} */ ('globalNamespace')))];
if (namespace && inject(/** @type {any} */ ('mutantActivation')) !== 'static') namespace.activeMutant = undefined;
