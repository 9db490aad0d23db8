/** Errors meant for clients: GraphQLErrors with a code, which error masking lets through. */
import { GraphQLError } from 'graphql';

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
