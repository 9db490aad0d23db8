/**
 * Response caching, keyed on the graph version. Two parts:
 * - `useCacheMarks` (a yoga plugin) gives an error-free result of a query (never a mutation or a
 *   subscription) of a request without credentials an ETag: the graph version it was read from,
 *   and a hash of what makes the request (query, variables, operation name, extensions, the
 *   Accept and Origin headers). Yoga sends it as a header; answers with errors get none.
 * - `ResponseCache` (used by src/http/node-handler.ts, in front of yoga) keeps the bytes of the
 *   answers that carry an ETag, bounded by bytes and by entries (least recently used go first).
 *   An answer is replayed only while the graph is at the version it was read from: once a write
 *   makes the next version, no older answer is served again. A request that matches one to the
 *   byte (method, URL, Accept, Origin, body) is answered without entering yoga; a GET whose
 *   If-None-Match is the ETag kept for that very request gets a 304. Requests carrying
 *   Authorization or Cookie bypass both parts, and event streams are never buffered or kept.
 * What a hit replays is what yoga answered to the same request: the same status, content type and
 * body. Written here rather than with @graphql-yoga/plugin-response-cache, which caches inside
 * yoga (so a hit still pays for yoga's HTTP handling, most of a request's cost) and rewrites every
 * document to add `__typename` and `id` selections, for invalidating entries after mutations
 * that a read-only graph does not have (the rewrite also changed what the cost limit measured).
 */
import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { getOperationAST } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

export function hasCredentials(headers: { has(name: string): boolean } | Record<string, unknown>): boolean {
  return typeof headers.has === 'function'
    ? (headers as Headers).has('authorization') || (headers as Headers).has('cookie')
    : 'authorization' in headers || 'cookie' in headers;
}

/** The graph version an ETag of ours names, or null for any other text. */
export function versionOfEtag(etag: string): number | null {
  const match = /^"(\d+)-/.exec(etag);
  return match ? Number(match[1]) : null;
}

/** What makes a request, hashed: the part of its ETag after the version. */
export function requestHash(params: GraphQLParams, accept: string | null, origin: string | null): string {
  const what = JSON.stringify([
    params.query ?? null,
    params.variables ?? null,
    params.operationName ?? null,
    params.extensions ?? null,
    accept,
    origin,
  ]);
  // The one-shot form: no Hash object per request (it was 5% of an executed request's CPU).
  return hash('sha1', what, 'base64url');
}

/** The ETag of an error-free answer read from graph `version`. */
export function etagOf(version: number, hashed: string): string {
  return `"${version}-${hashed}"`;
}

export function useCacheMarks(): Plugin<Context> {
  const etags = new WeakMap<Request, string>();
  return {
    // Stryker disable next-line BlockStatement: defence in depth; every write needs Authorization (so onParams gave no hash) and a subscription's result is a stream (never marked).
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      // Stryker disable next-line ConditionalExpression: as above, no credential-free mutation can succeed today.
      if (operation !== 'query') etags.delete(args.contextValue.request);
    },
    onParams({ request, params }) {
      if (hasCredentials(request.headers)) return;
      etags.set(request, requestHash(params, request.headers.get('accept'), request.headers.get('origin')));
    },
    onExecutionResult({ request, result, setResult, context }) {
      const hash = etags.get(request);
      if (!hash || !result || Symbol.asyncIterator in result || result.errors?.length) return;
      // Yoga's context is ours extended: the version this request read (src/context.ts).
      const version = (context as Partial<Context>).graph?.version;
      // Stryker disable next-line ConditionalExpression: every context is built with a graph (src/context.ts); the check is for the type.
      if (version === undefined) return;
      const etag = etagOf(version, hash);
      const http = (result.extensions?.http ?? {}) as { headers?: Record<string, string> };
      setResult({
        ...result,
        extensions: { ...result.extensions, http: { ...http, headers: { ...http.headers, ETag: etag } } },
      });
    },
  };
}

export interface CachedResponse {
  readonly status: number;
  /** Flat (`[name, value, …]`, as `res.writeHead` takes them), content-length included, without the per-request x-request-id. */
  readonly headers: readonly string[];
  readonly body: Buffer;
  readonly etag: string;
  /** The graph version the answer was read from. */
  readonly version: number;
}

/** Bytes an entry is charged beyond its body: its key, headers and bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 512;

/** Answers by request, least recently used first out, bounded by bytes and by entries. */
export class ResponseCache {
  readonly #byRequest = new Map<string, { response: CachedResponse; bytes: number }>();
  #bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  /** What makes an answer: method, URL (a GET's parameters), Accept, Origin (CORS headers echo it), body. */
  static keyOf(method: string, url: string, headers: IncomingHttpHeaders, body: Buffer | null): string {
    // Stryker disable next-line StringLiteral: the stand-in for a missing part is arbitrary; any constant keys alike.
    return `${method} ${url}\n${headers.accept ?? ''}\n${headers.origin ?? ''}\n${body ? body.toString('latin1') : ''}`;
  }

  /** Bytes held now (bodies, keys and overhead). */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#byRequest.size;
  }

  /** The answer kept for this request if it was read from `version`; an older one is dropped. */
  get(key: string, version: number): CachedResponse | undefined {
    const entry = this.#byRequest.get(key);
    if (!entry) return undefined;
    this.#byRequest.delete(key);
    if (entry.response.version !== version) {
      this.#bytes -= entry.bytes;
      return undefined;
    }
    // Re-inserted: a Map keeps insertion order, so its first key is the least recently used.
    this.#byRequest.set(key, entry);
    return entry.response;
  }

  set(key: string, response: CachedResponse): void {
    const bytes = response.body.length + key.length + ENTRY_OVERHEAD_BYTES;
    // Refused before anything is evicted: an answer that can never fit must not empty the cache.
    if (bytes > this.maxBytes) return;
    // Stryker disable next-line ConditionalExpression: a shortcut; with no room the loop below evicts the entry itself, and there is nothing else to evict.
    if (this.maxEntries === 0) return;
    this.#delete(key);
    this.#byRequest.set(key, { response, bytes });
    this.#bytes += bytes;
    while (this.#bytes > this.maxBytes || this.#byRequest.size > this.maxEntries) {
      this.#delete(this.#byRequest.keys().next().value as string);
    }
  }

  #delete(key: string): void {
    const entry = this.#byRequest.get(key);
    if (!entry) return;
    this.#byRequest.delete(key);
    this.#bytes -= entry.bytes;
  }
}
