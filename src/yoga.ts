/** Builds the GraphQL HTTP app over a loaded graph. It never listens: src/server.ts does. */

import { createYoga, type GraphiQLOptions, maskError, type Plugin } from 'graphql-yoga';
import { type Context, createContext, withWarnings } from './context.js';
import { graphQLErrorOf } from './errors.js';
import type { KnowledgeGraph } from './graph/knowledge-graph.js';
import { ChangeFeed } from './http/change-feed.js';
import { useDeadline } from './http/deadline.js';
import { lazyExplorerAssets } from './http/explorer-assets.js';
import { type ContextFor, FastPath } from './http/fast-path.js';
import { useCodedErrors, useHiddenSuggestions, useNoIntrospection, useRequestParseHygiene } from './http/hardening.js';
import { JitExecution } from './http/jit-execution.js';
import { type Metrics, useMetrics } from './http/metrics.js';
import { usePages } from './http/pages.js';
import { useDocumentLimits, useInputLimits } from './http/query-limits.js';
import { useReadiness, YOGA_HEALTH_CHECK_PATH } from './http/readiness.js';
import { useRequestLog } from './http/request-log.js';
import { useCacheMarks } from './http/response-cache.js';
import { useResponseSizeLimit } from './http/response-size.js';
import { WriteTokens } from './http/write-tokens.js';
import { REQUEST_LIMITS } from './limits.js';
import { type Logger, requestLineWriter, silentLogger, yogaLogger } from './logger.js';
import { subgraphSchema } from './schema/federation.js';
import { schema } from './schema/index.js';
import { LivingGraph } from './store/living-graph.js';

export const EXAMPLE_QUERY = `# Who has presided over the AMPTP, who did in 2009, and on what source?
query Presidents {
  entity(slug: "amptp") {
    name
    ... on Association {
      presidents { name }
      in2009: presidents(asOf: "2009") { name }
      now: presidents(current: true) { name }
    }
    relations(types: [PRESIDED_BY], first: 10) {
      totalCount
      edges {
        other { name }
        node { since until ended qualifiers citations { section source { title url } } }
      }
    }
  }
}
`;

/** Adds what resolvers noted in `context.warnings` (e.g. a cap that cut a traversal) to the response's extensions. */
function useWarnings(): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if ('data' in result) setResult(withWarnings(result, args.contextValue.warnings));
      },
    }),
  };
}

export interface YogaAppOptions {
  /**
   * What the server serves: a living graph (writes, history, live changes), or one fixed version
   * (read-only). Each request reads the version that is current when it starts.
   */
  readonly graph: LivingGraph | KnowledgeGraph;
  /** Who may write (default: nobody). */
  readonly writeTokens?: WriteTokens;
  /** Change streams open at once (default REQUEST_LIMITS.maxChangeStreams). */
  readonly maxChangeStreams?: number;
  /**
   * Production mode: no field suggestions in errors, and GraphiQL and introspection off unless
   * asked for. Errors are masked (`Unexpected error.`, code INTERNAL_SERVER_ERROR) and carry no
   * stack in every mode; the log has the original.
   */
  readonly production?: boolean;
  /** Serve GraphiQL on GET /graphql from a browser (default: on, off in production). */
  readonly graphiql?: boolean;
  /** Answer `__schema` and `__type` (default: on, off in production). */
  readonly introspection?: boolean;
  /** Milliseconds an operation may execute (default REQUEST_LIMITS.deadlineMs). */
  readonly deadlineMs?: number;
  /**
   * Yoga's own body-size limit in bytes (default REQUEST_LIMITS.maxBodyBytes). `false` only where
   * the limit is enforced in front of yoga, as src/server.ts does: yoga's costs CPU on every POST.
   */
  readonly maxRequestBodySize?: number | false;
  /** Bytes of a serialised response (default REQUEST_LIMITS.maxResponseBytes). */
  readonly maxResponseBytes?: number;
  /** Where request and error logs go (default: nowhere). */
  readonly logger?: Logger;
  /** Readiness for GET /ready: 200 while true, 503 once false (e.g. shutting down). */
  readonly ready?: () => boolean;
  /** Record requests into these metrics and serve them on GET /metrics (default: none, no /metrics). */
  readonly metrics?: Metrics | null;
  /** With `metrics`: the bearer token GET /metrics requires (default: none). */
  readonly metricsToken?: string | null;
  /** Serve the Apollo Federation v2 subgraph schema (`_service`, `_entities`) instead of the plain one. */
  readonly federation?: boolean;
  /** Serve the visual explorer on GET /explore (default: on, in production too: it only uses the public API). */
  readonly explorer?: boolean;
}

/**
 * GraphiQL with every asset inlined from node_modules (yoga's own page loads them from a CDN).
 * The package is a 9 MB module: imported on the first visit, not at start, and each page is
 * rendered once per set of options.
 */
function offlineGraphiQL(): (options: GraphiQLOptions) => Promise<string> {
  const pages = new Map<string, Promise<string>>();
  return (options) => {
    const key = JSON.stringify(options);
    let page = pages.get(key);
    if (page === undefined) {
      page = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
      pages.set(key, page);
    }
    return page;
  };
}

export function createYogaApp({
  graph,
  production = false,
  graphiql = !production,
  introspection = !production,
  deadlineMs = REQUEST_LIMITS.deadlineMs,
  maxRequestBodySize = REQUEST_LIMITS.maxBodyBytes,
  maxResponseBytes = REQUEST_LIMITS.maxResponseBytes,
  logger = silentLogger(),
  ready = () => true,
  writeTokens = WriteTokens.none(),
  maxChangeStreams = REQUEST_LIMITS.maxChangeStreams,
  metrics = null,
  metricsToken = null,
  federation = false,
  explorer = true,
}: YogaAppOptions) {
  const living = graph instanceof LivingGraph ? graph : null;
  const feed = living ? new ChangeFeed(living, maxChangeStreams) : null;
  const contextFor: ContextFor = ({ request }) =>
    createContext(living?.current ?? (graph as KnowledgeGraph), {
      deadlineMs,
      living,
      // Checked whether or not the operation writes: cheap, and it keeps one code path.
      actor: writeTokens.enabled ? writeTokens.actorFor(request.headers.get('authorization')) : null,
      writesEnabled: writeTokens.enabled,
      feed,
    });
  const jit = new JitExecution();
  const served = federation ? subgraphSchema() : schema;
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: served,
    context: contextFor,
    graphiql: graphiql && { title: 'AMPTP knowledge graph', defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL: offlineGraphiQL(),
    landingPage: false,
    healthCheckEndpoint: YOGA_HEALTH_CHECK_PATH,
    // Masked errors never carry the original error or its stack; yoga logs it instead.
    maskedErrors: {
      isDev: false,
      // The graph module's failures become their coded GraphQL errors; anything else is masked.
      maskError: (error, message) => graphQLErrorOf(error) ?? maskError(error, message, false),
    },
    logging: yogaLogger(logger),
    maxRequestBodySize,
    // Off (yoga's default too): one request is one operation, whatever the body says.
    batching: false,
    multipart: false,
    // The fast path's direct route (src/http/fast-path.ts) writes the error-free answer of a
    // compiled query without these hooks, doing what they do for one: a plugin that changes such
    // an answer must be told there too (tests/http/fast-path.test.ts lists the hooks it knows).
    plugins: [
      // Before the log, which records the codes of a result's errors.
      useCodedErrors(),
      production && useHiddenSuggestions(),
      useRequestLog(logger),
      metrics && useMetrics(metrics, { token: metricsToken }),
      useReadiness({
        ready,
        describe: () => {
          const current = living?.current ?? (graph as KnowledgeGraph);
          return { entities: current.entityCount, relations: current.relationCount, version: current.version };
        },
      }),
      usePages({ graphiql, explorer: explorer ? lazyExplorerAssets() : null, logger }),
      useRequestParseHygiene(),
      useInputLimits(),
      ...useDocumentLimits({ hideSuggestions: production }),
      !introspection && useNoIntrospection(),
      jit.plugin(),
      useDeadline(),
      useWarnings(),
      useResponseSizeLimit(maxResponseBytes),
      // Marks error-free answers cacheable (an ETag); src/server.ts keeps and replays them.
      useCacheMarks(),
    ].filter((plugin): plugin is Plugin => Boolean(plugin)),
  });
  return Object.assign(yoga, {
    /** Ends open change streams (they complete) and refuses new ones: for shutdown. */
    closeStreams: () => feed?.close() ?? Promise.resolve(),
    /**
     * The same app without the fetch-API layer, for plain JSON requests on /graphql: src/http/node-handler.ts
     * serves through it, and `fastPath.respond({ method, url, headers, body })` answers in this process.
     */
    fastPath: new FastPath(yoga, {
      maxBodyBytes: maxRequestBodySize,
      // Metrics are recorded by their hooks: a server that keeps them answers through the hooks.
      direct: metrics
        ? null
        : { schema: served, jit, contextFor, maxResponseBytes, logLine: requestLineWriter(logger) },
    }),
  });
}

export type YogaApp = ReturnType<typeof createYogaApp>;
