/**
 * Errors meant for clients, in one place: every `extensions.code` the server answers with, the
 * GraphQLErrors that carry them (error masking lets those through), and the one mapping from the
 * graph module's failures (src/graph/errors.ts, told apart by class) to GraphQL errors.
 */
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { DatasetError, EntityNotFoundError, type WriteProblem, WriteRejectedError } from './graph/errors.js';
import { FeedClosedError, TooManyStreamsError } from './http/change-feed.js';
import { StoreUnavailableError } from './store/change-log.js';

export const ErrorCode = {
  /** An argument or variable is wrong: out of range, malformed, inconsistent, a foreign cursor. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** An argument names an entity or source the graph does not hold. */
  NOT_FOUND: 'NOT_FOUND',
  /** A write without a valid token, or on a read-only server. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The store cannot take writes, or there is no change feed (or it is closing). */
  UNAVAILABLE: 'UNAVAILABLE',
  /** More change streams are open than REQUEST_LIMITS.maxChangeStreams. */
  TOO_MANY_STREAMS: 'TOO_MANY_STREAMS',
  /** The body or URL cannot be read (400). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The body is over REQUEST_LIMITS.maxBodyBytes (413). */
  REQUEST_ENTITY_TOO_LARGE: 'REQUEST_ENTITY_TOO_LARGE',
  /** The query text is too long or has too many tokens (400). */
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  /** `variables` or `extensions` nest too deep or hold too many values (400). */
  INPUT_TOO_LARGE: 'INPUT_TOO_LARGE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** The query costs more than REQUEST_LIMITS.maxCost. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Execution ran past the deadline. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** The client went away before the answer was ready. */
  CLIENT_CLOSED_REQUEST: 'CLIENT_CLOSED_REQUEST',
  /** The serialised answer is over REQUEST_LIMITS.maxResponseBytes. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** Anything unexpected; the message is masked and the log has the original. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes of `extensions.warnings`: notes on an answer that is not an error. */
export const WarningCode = {
  /** A cap cut the answer: more items exist than were returned. */
  TRUNCATED: 'TRUNCATED',
} as const;

export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];

/** A GraphQLError with a code (and any other extensions). */
export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  options: Omit<GraphQLErrorOptions, 'extensions'> = {},
): GraphQLError {
  return new GraphQLError(message, { ...options, extensions: { ...extensions, code } });
}

export function badUserInput(message: string, extensions?: Record<string, unknown>): GraphQLError {
  return codedError(ErrorCode.BAD_USER_INPUT, message, extensions);
}

export function notFound(message: string): GraphQLError {
  return codedError(ErrorCode.NOT_FOUND, message);
}

/** A query over the cost limit, refused before any root field resolves. */
export function tooComplex(cost: number, maxCost: number): GraphQLError {
  return codedError(
    ErrorCode.QUERY_TOO_COMPLEX,
    `The query costs ${cost}, over the limit of ${maxCost}: ask for fewer items (first, limit) or nest fewer lists.`,
    { cost, maxCost },
  );
}

/** A numeric argument outside [min, max] is BAD_USER_INPUT naming it; null or absent passes. */
export function checkRange(name: string, value: number | null | undefined, min: number, max: number): void {
  if (value != null && (value < min || value > max)) {
    throw badUserInput(`${name} must be between ${min} and ${max}, got ${value}`);
  }
}

/** A refused write: every problem, each naming its input field. Nothing was changed. */
export function writeRefused(problems: readonly WriteProblem[]): GraphQLError {
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return badUserInput(`The write was refused: ${summary}`, {
    problems: problems.map(({ field, message }) => ({ field, message })),
  });
}

/**
 * The GraphQL error a failure of the graph, the store or the change feed stands for, or null for anything else. Takes
 * what a resolver threw, or the GraphQLError that graphql-js wrapped it in (whose path and
 * locations are kept).
 */
export function graphQLErrorOf(error: unknown): GraphQLError | null {
  const wrapper = error instanceof GraphQLError ? error : null;
  const original = wrapper ? wrapper.originalError : error;
  const options = wrapper
    ? { nodes: wrapper.nodes, source: wrapper.source, positions: wrapper.positions, path: wrapper.path }
    : {};
  if (original instanceof EntityNotFoundError) {
    return codedError(ErrorCode.NOT_FOUND, original.message, { reference: original.reference }, options);
  }
  if (original instanceof WriteRejectedError) {
    const refused = writeRefused(original.problems);
    return codedError(ErrorCode.BAD_USER_INPUT, refused.message, refused.extensions, options);
  }
  if (original instanceof StoreUnavailableError) {
    return codedError(
      ErrorCode.UNAVAILABLE,
      `The store cannot take writes right now: ${original.message}. Reads go on; try again.`,
      {},
      options,
    );
  }
  if (original instanceof TooManyStreamsError) {
    return codedError(ErrorCode.TOO_MANY_STREAMS, original.message, { limit: original.limit }, options);
  }
  if (original instanceof FeedClosedError) return codedError(ErrorCode.UNAVAILABLE, original.message, {}, options);
  if (original instanceof DatasetError) {
    // Every problem with its file, record and field, so a client can point at each one.
    return codedError(ErrorCode.BAD_USER_INPUT, original.message, { problems: original.problems }, options);
  }
  return null;
}
