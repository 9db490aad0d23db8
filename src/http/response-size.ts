/**
 * A cap on the size of a response. Yoga serialises a result with its `stringify` when it has one
 * (graphql-jit's hook); ours serialises once, as yoga would, and swaps in a RESPONSE_TOO_LARGE
 * error when the text is over the cap, so nothing is serialised twice.
 */
import { type ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

export function useResponseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || isAsyncIterable(result)) return;
      const stringify = result.stringify ?? JSON.stringify;
      setResult({
        ...result,
        stringify: (value: ExecutionResult) => {
          const text = stringify(value);
          if (Buffer.byteLength(text) <= maxBytes) return text;
          const error = new GraphQLError(
            `The response would be over the limit of ${maxBytes} bytes: ask for fewer items or fields.`,
            { extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maxBytes } },
          );
          return JSON.stringify({ data: null, errors: [error] });
        },
      });
    },
  };
}
