/**
 * Response caching, legitimate for a graph that is read-only while the process runs. Two parts:
 * - `useCacheMarks` (a yoga plugin) gives an error-free result of a request without credentials
 *   an ETag, a hash of what makes the request: query, variables, operation name, extensions and
 *   the Accept and Origin headers. Yoga sends it as a header; answers with errors get none.
 * - `ResponseCache` (used by src/http/node-handler.ts, in front of yoga) keeps the bytes of the
 *   answers that carry an ETag, bounded (least recently used go first), for the life of the
 *   loaded graph. A request that matches one to the byte (method, URL, Accept, Origin, body) is
 *   answered without entering yoga; a GET whose If-None-Match is the ETag kept for that very
 *   request gets a 304. Requests
 *   carrying Authorization or Cookie bypass both parts.
 * What a hit replays is what yoga answered to the same request: the same status, content type and
 * body. Written here rather than with @graphql-yoga/plugin-response-cache, which caches inside
 * yoga (so a hit still pays for yoga's HTTP handling, most of a request's cost) and rewrites every
 * document to add `__typename` and `id` selections, for invalidating entries after mutations
 * that a read-only graph does not have (the rewrite also changed what the cost limit measured).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Plugin } from 'graphql-yoga';

export function hasCredentials(headers: { has(name: string): boolean } | Record<string, unknown>): boolean {
  return typeof headers.has === 'function'
    ? (headers as Headers).has('authorization') || (headers as Headers).has('cookie')
    : 'authorization' in headers || 'cookie' in headers;
}

export function useCacheMarks(): Plugin {
  const etags = new WeakMap<Request, string>();
  return {
    onParams({ request, params }) {
      if (hasCredentials(request.headers)) return;
      const what = JSON.stringify([
        params.query ?? null,
        params.variables ?? null,
        params.operationName ?? null,
        params.extensions ?? null,
        request.headers.get('accept'),
        request.headers.get('origin'),
      ]);
      etags.set(request, `"${createHash('sha1').update(what).digest('base64url')}"`);
    },
    onExecutionResult({ request, result, setResult }) {
      const etag = etags.get(request);
      if (!etag || !result || Symbol.asyncIterator in result || result.errors?.length) return;
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
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly etag: string;
}

/** Answers by request, least recently used first out; and which ETags it holds, for 304s. */
export class ResponseCache {
  readonly #byRequest = new Map<string, CachedResponse>();

  constructor(readonly maxEntries: number) {}

  /** What makes an answer: method, URL (a GET's parameters), Accept, Origin (CORS headers echo it), body. */
  static keyOf(method: string, url: string, headers: IncomingHttpHeaders, body: Buffer | null): string {
    // Stryker disable next-line StringLiteral: the stand-in for a missing part is arbitrary; any constant keys alike.
    return `${method} ${url}\n${headers.accept ?? ''}\n${headers.origin ?? ''}\n${body ? body.toString('latin1') : ''}`;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.#byRequest.get(key);
    if (hit) {
      // Re-inserted: a Map keeps insertion order, so its first key is the least recently used.
      this.#byRequest.delete(key);
      this.#byRequest.set(key, hit);
    }
    return hit;
  }

  set(key: string, response: CachedResponse): void {
    this.#byRequest.set(key, response);
    if (this.#byRequest.size > this.maxEntries) this.#byRequest.delete(this.#byRequest.keys().next().value as string);
  }
}
