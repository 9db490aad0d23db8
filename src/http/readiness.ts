/**
 * GET /ready: 200 while the server takes traffic, 503 once it is shutting down (liveness is
 * yoga's GET /health). Yoga's useReadinessCheck matches every request against a URLPattern
 * (the polyfill), about 1.5% of the CPU of a request; a suffix test does the same job here.
 */
import type { Plugin } from 'graphql-yoga';
import { pathOf } from './request-log.js';

export function useReadiness(ready: () => boolean, endpoint = '/ready'): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (!request.url.includes(endpoint) || pathOf(request.url) !== endpoint) return;
      endResponse(new fetchAPI.Response(null, { status: ready() ? 200 : 503 }));
    },
  };
}
