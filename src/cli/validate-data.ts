/** `validate-data [DIR]`: checks a dataset directory and lists every problem; exit code 1 when any. */
import { formatProblem } from '../graph/errors.js';
import { buildGraph, readDataset } from '../graph/load.js';

const dir = process.argv[2] ?? 'data';
const reading = readDataset(dir);
if (reading.problems.length > 0) {
  console.error(`${dir}: ${reading.problems.length} problem${reading.problems.length === 1 ? '' : 's'}`);
  for (const problem of reading.problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
const graph = buildGraph(reading.records);
console.log(
  `${dir}: ok (${reading.files.length} files, ${graph.entityCount} entities, ${graph.relationCount} relations, ${graph.sources().length} sources)`,
);
