/**
 * Response caching, legitimate for a graph that is read-only while the process runs:
 * - the key covers the query, variables, operation name, extensions and the Accept header;
 * - requests carrying Authorization or Cookie bypass it;
 * - only error-free results are stored;
 * - it is bounded (least recently used entries go first) and lives and dies with the graph;
 * - a stored answer carries an ETag, so a GET with If-None-Match is answered 304.
 * A hit skips parsing, validation and execution, not yoga's HTTP handling: status codes, content
 * types and headers are what yoga gives.
 *
 * Written here rather than with @graphql-yoga/plugin-response-cache: that plugin rewrites every
 * document to add `__typename` and `id` selections and walks every result to strip them again, to
 * invalidate entries after mutations. A read-only graph has no mutations, and the rewritten
 * document also changed what the query-cost limit measured.
 */
import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Stored = ExecutionResult & { extensions: { http: { headers: { ETag: string } } } };

function etagOf(key: string): string {
  return `"${createHash('sha1').update(key).digest('base64url')}"`;
}

function isCacheable(request: Request): boolean {
  return !request.headers.has('authorization') && !request.headers.has('cookie');
}

export function useResponseCache(maxEntries: number): Plugin {
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recently used.
  const entries = new Map<string, Stored>();
  const remember = (etag: string, stored: Stored) => {
    entries.set(etag, stored);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
  };
  const recall = (etag: string) => {
    const stored = entries.get(etag);
    if (stored) {
      entries.delete(etag);
      entries.set(etag, stored);
    }
    return stored;
  };

  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const etag = request.method === 'GET' ? request.headers.get('if-none-match') : null;
      if (etag && isCacheable(request) && recall(etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { ETag: etag } }));
      }
    },
    onParams({ request, params, setResult, paramsHandler, setParamsHandler }) {
      if (!isCacheable(request)) return;
      const etag = etagOf(
        JSON.stringify([
          params.query ?? null,
          params.variables ?? null,
          params.operationName ?? null,
          params.extensions ?? null,
          request.headers.get('accept'),
        ]),
      );
      const stored = recall(etag);
      if (stored) {
        setResult(stored);
        return;
      }
      setParamsHandler(async (payload) => {
        const result = await paramsHandler(payload);
        if (Symbol.asyncIterator in result || result.errors?.length) return result;
        const { extensions } = result;
        const http = (extensions?.http ?? {}) as { headers?: Record<string, string> };
        const fresh: Stored = {
          ...result,
          extensions: { ...extensions, http: { ...http, headers: { ...http.headers, ETag: etag } } },
        };
        remember(etag, fresh);
        return fresh;
      });
    },
  };
}
