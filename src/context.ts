import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

export interface Context {
  readonly graph: KnowledgeGraph;
  readonly loaders: Loaders;
}

/** Made per request: loaders cache for one request only. */
export function createContext(graph: KnowledgeGraph): Context {
  return { graph, loaders: createLoaders(graph) };
}
