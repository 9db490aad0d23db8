/**
 * The probes, with small JSON bodies:
 * - GET /health (liveness): `{"status":"ok"}` while the process answers.
 * - GET /ready (readiness): `{"status":"ok", "graph": {...}}` with 200 while the server takes
 *   traffic, `{"status":"unavailable"}` with 503 once it is shutting down.
 * Yoga's useReadinessCheck matches every request against a URLPattern (the polyfill), about 1.5%
 * of the CPU of a request; a suffix test does the same job here.
 */
import type { Plugin } from 'graphql-yoga';
import { pathOf } from './request-log.js';

/** Yoga always mounts a bare health check (200, empty body); it is moved here so that /health answers JSON. */
export const YOGA_HEALTH_CHECK_PATH = '/.yoga/health';

export interface ReadinessOptions {
  /** 200 while true, 503 once false (e.g. shutting down). */
  readonly ready: () => boolean;
  /** What /ready reports about the graph it serves. */
  readonly describe: () => Record<string, unknown>;
}

export function useReadiness({ ready, describe }: ReadinessOptions): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const url = request.url;
      // A shortcut for the other requests; the exact path comparison below decides either way.
      // Stryker disable next-line ConditionalExpression,StringLiteral: without the shortcut the answers are the same
      if (!url.includes('/health') && !url.includes('/ready')) return;
      const path = pathOf(url);
      if (path === '/health') {
        endResponse(fetchAPI.Response.json({ status: 'ok' }));
      } else if (path === '/ready') {
        endResponse(
          ready()
            ? fetchAPI.Response.json({ status: 'ok', graph: describe() })
            : fetchAPI.Response.json({ status: 'unavailable' }, { status: 503 }),
        );
      }
    },
  };
}
