/**
 * A cap on the size of a response. Yoga serialises a result with its `stringify` when it has one
 * (graphql-jit's hook); ours serialises once, as yoga would, and swaps in a RESPONSE_TOO_LARGE
 * error when the text is over the cap, so nothing is serialised twice.
 */
import { type ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/** Whether `text` is at most `maxBytes` bytes of UTF-8. */
export function fitsWithin(text: string, maxBytes: number): boolean {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most answers are under the cap without a pass to count their bytes.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: counting every answer's bytes answers the same, slower.
  return text.length * 3 <= maxBytes || Buffer.byteLength(text) <= maxBytes;
}

export function useResponseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || isAsyncIterable(result)) return;
      const stringify = result.stringify ?? JSON.stringify;
      setResult({
        ...result,
        stringify: (value: ExecutionResult) => {
          const text = stringify(value);
          if (fitsWithin(text, maxBytes)) return text;
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
