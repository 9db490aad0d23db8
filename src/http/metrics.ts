/**
 * Prometheus metrics (prom-client), served on GET /metrics when switched on (METRICS=true), behind
 * a bearer token when METRICS_TOKEN is set:
 *
 * - `kg_graphql_requests_total{operation,type}` and `kg_graphql_request_duration_seconds{operation,type}`:
 *   GraphQL requests answered by yoga, by operation name and type (query, mutation), from the
 *   request's arrival to its response;
 * - `kg_graphql_errors_total{code}`: errors in answers, by `extensions.code`;
 * - `kg_response_cache_requests_total{result}`: requests the response cache answered (`hit`, a
 *   304 included) or passed on to yoga (`miss`); a hit never reaches GraphQL, so it is counted
 *   here and not by operation;
 * - `kg_graph_version` and `kg_replication_lag_seconds`: set by whoever knows them, through
 *   `setGraphVersion` and `setReplicationLag`;
 * - prom-client's default process metrics (CPU, memory, event-loop delay, …).
 *
 * prom-client rather than @graphql-yoga/plugin-prometheus: cache hits are answered in front of
 * yoga (src/http/node-handler.ts), where a yoga plugin never sees them.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { pathOf } from './request-log.js';

export const METRICS_PATH = '/metrics';

/** Label values for requests that name no operation, or one past the limits below. */
export const ANONYMOUS = '<anonymous>';
export const OTHER = '<other>';
/** The type of a request that never got as far as picking an operation (e.g. a syntax error). */
export const NOT_EXECUTED = '<none>';

/**
 * Operation names and error codes come from clients: each distinct one is a new time series, so
 * past this many the rest share one label value (OTHER) and a client cannot exhaust memory.
 */
const MAX_LABEL_VALUES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** Seconds: from a cached-answer-fast request to one that meets the execution deadline. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** At most `limit` distinct values pass as they are; later newcomers become OTHER. */
function boundedLabel(limit: number): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= limit) return OTHER;
    seen.add(value);
    return value;
  };
}

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'kg_graphql_requests_total',
    help: 'GraphQL requests answered by yoga, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: 'kg_graphql_request_duration_seconds',
    help: 'Time from the arrival of a GraphQL request to its response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly cache = new Counter({
    name: 'kg_response_cache_requests_total',
    help: 'Cacheable requests: answered from the response cache (hit, 304 included) or passed to yoga (miss).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly graphVersion = new Gauge({
    name: 'kg_graph_version',
    help: 'The version of the graph this process serves.',
    registers: [this.registry],
  });
  private readonly replicationLag = new Gauge({
    name: 'kg_replication_lag_seconds',
    help: 'How far this replica is behind the shared change log, in seconds.',
    registers: [this.registry],
  });
  private readonly operationLabel = boundedLabel(MAX_LABEL_VALUES);
  private readonly codeLabel = boundedLabel(MAX_LABEL_VALUES);

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Zero rather than absent, so that a rate over them is defined from the first scrape.
    this.cache.inc({ result: 'hit' }, 0);
    this.cache.inc({ result: 'miss' }, 0);
  }

  /** The graph version now served (e.g. after loading, or after applying a change). */
  setGraphVersion(version: number): void {
    this.graphVersion.set(version);
  }

  /** Seconds between the newest change in the shared log and the newest one applied here. */
  setReplicationLag(seconds: number): void {
    this.replicationLag.set(seconds);
  }

  cacheHit(): void {
    this.cache.inc({ result: 'hit' });
  }

  cacheMiss(): void {
    this.cache.inc({ result: 'miss' });
  }

  /** One answered GraphQL request. `operation` is a name from the client, or undefined for none. */
  request(operation: string | undefined, type: string, seconds: number, errorCodes: readonly string[]): void {
    const name = operation === undefined ? ANONYMOUS : GRAPHQL_NAME.test(operation) ? operation : OTHER;
    const labels = { operation: this.operationLabel(name), type };
    this.requests.inc(labels);
    this.durations.observe(labels, seconds);
    for (const code of errorCodes) this.errors.inc({ code: this.codeLabel(code) });
  }

  /** An error answered outside GraphQL execution (e.g. a 413 in front of yoga). */
  error(code: string): void {
    this.errors.inc({ code: this.codeLabel(code) });
  }
}

interface RequestRecord {
  readonly start: number;
  operation?: string;
  type: string;
  errorCodes?: readonly string[];
}

function errorCodesOf(result: ExecutionResult): readonly string[] {
  // Stryker disable next-line OptionalChaining: a result's errors are GraphQLErrors, whose extensions is always an object.
  return (result.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
}

/** The operation a request runs, once its document is known. */
function recordOperation(
  record: RequestRecord | undefined,
  document: DocumentNode,
  operationName: string | null | undefined,
): void {
  const operation = getOperationAST(document, operationName);
  if (!record || !operation) return;
  record.operation = operation.name?.value;
  record.type = operation.operation;
}

/** Constant-time comparison of a presented token with the expected one (hashed to equal lengths). */
function tokenMatches(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export interface MetricsPluginOptions {
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  readonly token?: string | null;
}

/** Records every GraphQL request yoga answers, and serves GET /metrics. */
export function useMetrics(metrics: Metrics, { token = null }: MetricsPluginOptions = {}): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (!request.url.includes(METRICS_PATH) || pathOf(request.url) !== METRICS_PATH) {
        records.set(request, { start: performance.now(), type: NOT_EXECUTED });
        return;
      }
      if (request.method !== 'GET') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET' } }));
        return;
      }
      const authorization = request.headers.get('authorization') ?? '';
      if (token !== null && !(authorization.startsWith('Bearer ') && tokenMatches(authorization.slice(7), token))) {
        endResponse(
          new fetchAPI.Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"' } }),
        );
        return;
      }
      endResponse(
        new fetchAPI.Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' },
        }),
      );
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && params.operationName) record.operation = params.operationName;
    },
    // Before validation, so that an operation refused by it still counts under its own name.
    onValidate({ params: { documentAST }, context }) {
      const { request, params } = context as { request: Request; params: { operationName?: string } };
      recordOperation(records.get(request), documentAST, params.operationName);
    },
    // And at execution: the fast path skips validation for a document it has seen valid (src/http/fast-path.ts).
    onExecute({ args }) {
      const { request } = args.contextValue as { request: Request };
      recordOperation(records.get(request), args.document, args.operationName);
    },
    // Every GraphQL answer passes here, the refusals before execution too (not GraphiQL's page).
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (record && !isAsyncIterable(result) && !Array.isArray(result)) record.errorCodes = errorCodesOf(result);
    },
    onResponse({ request }) {
      const record = records.get(request);
      if (!record?.errorCodes) return;
      metrics.request(record.operation, record.type, (performance.now() - record.start) / 1_000, record.errorCodes);
    },
  };
}
