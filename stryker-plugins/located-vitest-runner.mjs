// @ts-check
/**
 * Stryker's vitest runner (9.6.1) with each test's position: `testRunner: 'vitest-located'`.
 *
 * The runner reports no test's position, so Stryker's incremental mode takes a test file that
 * changed anywhere as a whole: every one of its tests counts as changed, and every mutant they
 * caught is tested again (a few hundred for a large test file). With positions, Stryker counts a
 * test as changed only when the lines from its start to the next test's start changed.
 *
 * Vitest records where each test is declared when `includeTaskLocation` is on
 * (vitest.stryker.config.ts). After a dry run the runner's vitest still holds that run's tasks, in
 * the order the runner made its results from them: each result gets its task's position (0-based,
 * as Stryker keeps positions, in the file as it is outside the sandbox). A result whose name does
 * not match its task keeps none, and counts as changed whenever its file changes, as without this
 * plugin.
 */

import { readFileSync } from 'node:fs';
import { commonTokens, declareFactoryPlugin, PluginKind, tokens } from '@stryker-mutator/api/plugin';
import { DryRunStatus } from '@stryker-mutator/api/test-runner';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

const vitestRunnerFactory = vitestPlugins[0]?.factory;
if (typeof vitestRunnerFactory !== 'function') {
  throw new Error(
    '@stryker-mutator/vitest-runner no longer exports its runner factory first: update located-vitest-runner.mjs',
  );
}

/** A test's name as the vitest runner gives it: its suites' names and its own, joined by spaces. @param {any} task */
function nameOf(task) {
  const parts = [task.name];
  for (let suite = task.suite; suite; suite = suite.suite) parts.unshift(suite.name);
  return parts.join(' ').trim();
}

/** The tests of a file or suite, depth first, as the vitest runner collects them. @param {any} suite @returns {any[]} */
function testsOf(suite) {
  return suite.tasks.flatMap((/** @type {any} */ task) =>
    task.type === 'suite' ? testsOf(task) : task.type === 'test' ? [task] : [],
  );
}

/**
 * Stryker's sandbox copy of a test file has `// @ts-nocheck` added atop, and Stryker takes one line
 * off every reported position for it. Below a leading block comment it adds a line break as well,
 * which it does not take off: such a file's positions are one line further down.
 * @param {string} fileName the sandbox copy
 */
function linesNotTakenOff(fileName) {
  return /^\s*\/\*.*?\*\/\n\/\/ @ts-nocheck\n/s.test(readFileSync(fileName, 'utf8')) ? 1 : 0;
}

/** @param {import('@stryker-mutator/api/plugin').Injector} injector */
function createLocatedVitestRunner(injector) {
  /** @type {any} */
  const runner = injector.injectFunction(/** @type {any} */ (vitestRunnerFactory));
  const dryRun = runner.dryRun.bind(runner);
  /** @param {import('@stryker-mutator/api/test-runner').DryRunOptions} options */
  runner.dryRun = async (options) => {
    const result = await dryRun(options);
    if (result.status !== DryRunStatus.Complete) return result;
    const tasks = runner.ctx.state
      .getFiles()
      .flatMap(testsOf)
      .filter((/** @type {any} */ task) => task.result);
    /** @type {Map<string, number>} */
    const offsets = new Map();
    result.tests.forEach((/** @type {any} */ test, /** @type {number} */ index) => {
      const task = tasks[index];
      if (!task?.location || nameOf(task) !== test.name || !test.fileName) return;
      let offset = offsets.get(test.fileName);
      if (offset === undefined) {
        offset = linesNotTakenOff(test.fileName);
        offsets.set(test.fileName, offset);
      }
      test.startPosition = { line: task.location.line - 1 - offset, column: task.location.column - 1 };
    });
    return result;
  };
  return runner;
}
createLocatedVitestRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, 'vitest-located', createLocatedVitestRunner),
];
