/** Failures of the graph module, told apart by class (callers never parse messages). */

export interface DatasetProblem {
  /** The data file, relative to the dataset directory. */
  readonly file: string;
  /** The record, e.g. `entities[3] (nick-counter)`; absent for file-level problems. */
  readonly record?: string;
  /** The field path inside the record, e.g. `citations[0].source`. */
  readonly field?: string;
  readonly message: string;
}

export function formatProblem(problem: DatasetProblem): string {
  const where = [problem.file, problem.record, problem.field && `field ${problem.field}`].filter(Boolean);
  return `${where.join(': ')}: ${problem.message}`;
}

/** The dataset was refused; `problems` lists every problem found, not only the first. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly problems: readonly DatasetProblem[]) {
    super(
      `the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems
        .map((problem) => `  - ${formatProblem(problem)}`)
        .join('\n')}`,
    );
  }
}

/** A slug or relation id that the graph does not hold. */
export class EntityNotFoundError extends Error {
  override name = 'EntityNotFoundError';
  constructor(readonly reference: string) {
    super(`no entity "${reference}" in the graph`);
  }
}

/** One reason a write is refused: the input field it concerns (as the API names it) and what is wrong. */
export interface WriteProblem {
  readonly field: string;
  readonly message: string;
}

/** A write was refused; `problems` lists every problem found. Nothing was changed. */
export class WriteRejectedError extends Error {
  override name = 'WriteRejectedError';
  constructor(readonly problems: readonly WriteProblem[]) {
    super(`the write was refused: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`);
  }
}
