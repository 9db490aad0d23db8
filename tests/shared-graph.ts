/**
 * The dataset of data/, loaded once per module graph and shared by the test files that only read
 * it (none of them writes: writes go through a LivingGraph of its own). Under mutation testing the
 * files of a run share one module graph (vitest.stryker.config.ts), so the covering files of a
 * mutant load the data once instead of once each.
 */
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { loadDataset } from '../src/graph/load.js';
import { DEFAULT_DATA } from './graph/fixture.js';

let shared: KnowledgeGraph | undefined;

export function sharedGraph(): KnowledgeGraph {
  shared ??= loadDataset(DEFAULT_DATA);
  return shared;
}
