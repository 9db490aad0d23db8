import type { WarningCode } from './errors.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { Deadline } from './http/deadline.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

/** Something a client should know about an answer that is not an error, e.g. that a cap cut it. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

export interface Context {
  readonly graph: KnowledgeGraph;
  readonly loaders: Loaders;
  /** Sent to the client in the response's `extensions.warnings`. */
  readonly warnings: Warning[];
  /** When execution must stop; the loaders check it before each batch. */
  readonly deadline: Deadline;
}

export interface ContextOptions {
  /** Milliseconds the operation may execute (default: no deadline). */
  readonly deadlineMs?: number;
}

/** Made per request: loaders cache for one request only. */
export function createContext(
  graph: KnowledgeGraph,
  { deadlineMs = Number.POSITIVE_INFINITY }: ContextOptions = {},
): Context {
  const deadline = new Deadline(deadlineMs);
  return { graph, loaders: createLoaders(graph, () => deadline.check()), warnings: [], deadline };
}
