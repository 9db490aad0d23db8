// @ts-check
/**
 * Preloaded into Stryker's TypeScript checker processes (stryker.config.mjs, `checkerNodeArgs`).
 * The checker type-checks each mutant through TypeScript's watch-mode solution builder, which waits
 * 250 ms after a file changes before it rebuilds, in case more changes follow. The checker makes all
 * of a mutant group's changes at once, so the wait is pure idle time: here it starts at once.
 */
import ts from 'typescript';

const setTimeoutAfterDelay = ts.sys.setTimeout;
if (setTimeoutAfterDelay) {
  ts.sys.setTimeout = (callback, _delay, ...args) => setTimeoutAfterDelay(callback, 0, ...args);
}
