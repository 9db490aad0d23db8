/**
 * What a public endpoint does not tell strangers: parser internals of a malformed body, field and
 * enum-value suggestions (in production), and the schema itself when introspection is off.
 */
import { type ExecutionResult, GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/** A copy of `error` with another message or more extensions (GraphQLErrors are read-only). */
function withChanges(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...extensions },
  });
}

/** Applies `change` to every error of a result, unless it is a stream. */
function mapErrors(
  result: ExecutionResult | AsyncIterable<ExecutionResult> | undefined,
  setResult: (result: ExecutionResult) => void,
  change: (error: GraphQLError, result: ExecutionResult) => GraphQLError,
): void {
  if (!result || isAsyncIterable(result) || !result.errors?.length) return;
  setResult({ ...result, errors: result.errors.map((error) => change(error, result)) });
}

/**
 * Every error a client gets has an `extensions.code`. graphql-js leaves a few without one: the
 * variable errors that stop an operation before it runs (BAD_USER_INPUT), and the errors of a
 * broken invariant during execution, e.g. a null for a non-null field (INTERNAL_SERVER_ERROR).
 */
export function useCodedErrors(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      mapErrors(result, setResult, (error, { data }) =>
        error.extensions.code
          ? error
          : withChanges(error, error.message, {
              code: data === undefined ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR,
            }),
      );
    },
  };
}

/**
 * A body or URL that yoga cannot read is a 400 BAD_REQUEST that says which part is wrong, never
 * the JSON parser's message (yoga puts it in `extensions.originalError`) and never a 500 (a
 * malformed `variables` in a GET URL throws a bare SyntaxError).
 */
export function useRequestParseHygiene(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (error instanceof GraphQLError) {
            // Without `http.spec` or `originalError`, a 400 (or the status yoga gave it, e.g. a 413)
            // whatever the Accept header (yoga would otherwise tell the two apart by the presence
            // of `originalError`). Yoga's own errors without one come out the same.
            const { originalError: _hidden, http, ...extensions } = error.extensions as Record<string, unknown>;
            // Stryker disable next-line LogicalOperator: every error yoga's JSON and URL parsers throw carries an http status (400), so the fallback is for the type only.
            const status = (http as { status?: number } | undefined)?.status ?? 400;
            throw new GraphQLError(error.message, { extensions: { ...extensions, http: { status } } });
          }
          throw new GraphQLError('The request could not be read: its body or its URL parameters are not valid JSON.', {
            extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
          });
        }
      });
    },
  };
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * No "Did you mean …?" in any error: graphql-js' own option for validation and variables, and
 * the rest (an enum value in the variables) cut from the message.
 */
export function useHiddenSuggestions(): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      mapErrors(result, setResult, (error) => {
        const message = error.message.replace(SUGGESTION, '');
        // Stryker disable next-line ConditionalExpression: a copy with the same message, extensions, nodes and path serialises the same.
        return message === error.message ? error : withChanges(error, message, {});
      });
    },
    // Stryker disable next-line BlockStatement: belt and braces: onExecutionResult above cuts every "Did you mean" from the messages anyway.
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((schema, document, rules, options, typeInfo) =>
        // Stryker disable next-line BooleanLiteral: belt and braces: onExecutionResult above cuts the suggestions anyway.
        validateFn(schema, document, rules, { ...options, hideSuggestions: true }, typeInfo),
      );
    },
    // Stryker disable next-line BlockStatement: belt and braces: onExecutionResult above cuts the suggestions anyway.
    onExecute({ args }) {
      // Stryker disable next-line BooleanLiteral: belt and braces: onExecutionResult above cuts the suggestions anyway.
      (args as { hideSuggestions?: boolean }).hideSuggestions = true;
    },
  };
}

/** Refuses `__schema` and `__type` (a 400); `__typename` still works. */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
