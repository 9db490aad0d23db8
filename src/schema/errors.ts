/** Errors meant for clients: GraphQLErrors with a code, which error masking lets through. */
import { GraphQLError } from 'graphql';
import { type WriteProblem, WriteRejectedError } from '../graph/errors.js';
import { FeedClosedError, TooManyStreamsError } from '../http/change-feed.js';
import { StoreUnavailableError } from '../store/change-log.js';

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
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
  return new GraphQLError(`The write was refused: ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', problems: problems.map(({ field, message }) => ({ field, message })) },
  });
}

/** The domain errors a write may meet, as client errors; anything else is passed on (and masked). */
export function writeError(error: unknown): unknown {
  if (error instanceof WriteRejectedError) return writeRefused(error.problems);
  if (error instanceof StoreUnavailableError) {
    return new GraphQLError(`The store cannot take writes right now: ${error.message}. Reads go on; try again.`, {
      extensions: { code: 'UNAVAILABLE' },
    });
  }
  return error;
}

/** Why a change stream cannot open. */
export function feedError(error: unknown): unknown {
  if (error === null)
    return new GraphQLError('This server has no change feed.', { extensions: { code: 'UNAVAILABLE' } });
  if (error instanceof TooManyStreamsError) {
    return new GraphQLError(error.message, { extensions: { code: 'TOO_MANY_STREAMS', limit: error.limit } });
  }
  if (error instanceof FeedClosedError) return new GraphQLError(error.message, { extensions: { code: 'UNAVAILABLE' } });
  return error;
}
