// @ts-check
/**
 * Mutation testing (StrykerJS): `npm run mutate`. It changes the code under src/graph, src/http,
 * src/schema and src/store one small bug at a time and runs the tests that cover it; a mutant the
 * tests do not notice "survives". Incremental: results are kept in reports/stryker-incremental.json, so a
 * re-run only tests mutants in changed code or covered by changed tests.
 * Narrow a run while working: `npm run mutate -- --mutate src/http/response-cache.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: ['src/graph/**/*.ts', 'src/http/**/*.ts', 'src/schema/**/*.ts', 'src/store/**/*.ts'],
  // The bugs worth catching are in logic: conditions, comparisons, operators, emptied blocks,
  // flipped booleans, swapped methods, dropped optional chains. The mutators that only swap
  // string, object, array and regular-expression literals for empty ones are not run: they were
  // 2,276 of the 6,585 mutants (35%), each costing a type check and, if it compiles, a test run; with
  // them a full run was on course for about 100 minutes on two cores (README, "Mutation testing").
  mutator: { excludedMutations: ['StringLiteral', 'ObjectLiteral', 'ArrayDeclaration', 'Regex'] },
  // The vitest runner, with each test's position (stryker-plugins/located-vitest-runner.mjs), so an
  // edited test file re-tests only what its changed tests caught.
  testRunner: 'vitest-located',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutate.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  checkerNodeArgs: ['--import=./stryker-plugins/typescript-watch-now.mjs'],
  coverageAnalysis: 'perTest',
  // A static mutant is one that only runs while modules load (the Pothos field definitions, run once
  // when the schema is built; module-level constants): Stryker can only test it by re-running every
  // test (3.5 minutes here), which would make a full run last days. The schema's shape those
  // definitions make is pinned by `npm run schema:check` against the committed SDL instead.
  // A mutant also reached inside a test is still tested, against those tests.
  ignoreStatic: true,
  // Four processes on two cores: with two, Stryker ran one TypeScript checker and one test runner,
  // and each used 61 to 76% of a core on average. Stryker gives half of them to the checker until
  // checking is done.
  concurrency: 4,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // Mutants in the text of error and log messages are not made: tests pin codes and statuses.
  plugins: [
    '@stryker-mutator/*',
    './stryker-plugins/located-vitest-runner.mjs',
    './stryker-plugins/message-text-ignorer.mjs',
  ],
  ignorers: ['message-text'],
  thresholds: { high: 90, low: 80, break: null },
  // A margin over the covering tests' own time before a mutant counts as an endless loop (a timed-out
  // mutant counts as caught): with four processes on two cores, 5 s let slow runs pass for loops.
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
