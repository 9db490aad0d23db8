import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

/** Something a client should know about an answer that is not an error, e.g. that a cap cut it. */
export interface Warning {
  readonly code: 'TRUNCATED';
  readonly message: string;
  readonly path: readonly (string | number)[];
}

export interface Context {
  readonly graph: KnowledgeGraph;
  readonly loaders: Loaders;
  /** Sent to the client in the response's `extensions.warnings`. */
  readonly warnings: Warning[];
}

/** Made per request: loaders cache for one request only. */
export function createContext(graph: KnowledgeGraph): Context {
  return { graph, loaders: createLoaders(graph), warnings: [] };
}
