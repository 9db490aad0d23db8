import type { WarningCode } from './errors.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import type { ChangeFeed } from './http/change-feed.js';
import { Deadline } from './http/deadline.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';
import type { LivingGraph } from './store/living-graph.js';

/** Something a client should know about an answer that is not an error, e.g. that a cap cut it. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

export interface Context {
  /**
   * The version this request reads, pinned when it starts: a write meanwhile makes a new version
   * and leaves this one as it is. A mutation moves it to the version it made (`pinGraph`).
   */
  readonly graph: KnowledgeGraph;
  readonly loaders: Loaders;
  /** Where writes go; null when the server serves a fixed graph. */
  readonly living: LivingGraph | null;
  /** Who the request's write token names; null without a valid token. */
  readonly actor: string | null;
  /** Whether any write token is configured (else the server is read-only). */
  readonly writesEnabled: boolean;
  /** The live feed of changes for `Subscription.changes`; null without a living graph. */
  readonly feed: ChangeFeed | null;
  /** Sent to the client in the response's `extensions.warnings`. */
  readonly warnings: Warning[];
  /** When execution must stop; the loaders check it before each batch. */
  readonly deadline: Deadline;
  /**
   * Set when the operation was found within the query-cost limit before it executed
   * (`OperationCost`), so that the complexity plugin does not work the cost out again.
   */
  costChecked: boolean;
}

export interface ContextOptions {
  /** Milliseconds the operation may execute (default: no deadline). */
  readonly deadlineMs?: number;
  readonly living?: LivingGraph | null;
  readonly actor?: string | null;
  readonly writesEnabled?: boolean;
  readonly feed?: ChangeFeed | null;
}

/** Made per request: loaders cache for one request only. */
export function createContext(
  graph: KnowledgeGraph,
  {
    deadlineMs = Number.POSITIVE_INFINITY,
    living = null,
    actor = null,
    writesEnabled = false,
    feed = null,
  }: ContextOptions = {},
): Context {
  const deadline = new Deadline(deadlineMs);
  return {
    graph,
    loaders: createLoaders(graph, () => deadline.check()),
    living,
    actor,
    writesEnabled,
    feed,
    warnings: [],
    deadline,
    costChecked: false,
  };
}

/** After a write: the rest of the operation reads the version the write made, with fresh loaders. */
export function pinGraph(context: Context, graph: KnowledgeGraph): void {
  Object.assign(context, { graph, loaders: createLoaders(graph, () => context.deadline.check()) });
}

/** A result with the warnings resolvers noted added to its `extensions` (none: the result as it is). */
export function withWarnings<Result extends { extensions?: Record<string, unknown> }>(
  result: Result,
  warnings: readonly Warning[],
): Result {
  return warnings.length === 0 ? result : { ...result, extensions: { ...result.extensions, warnings } };
}
