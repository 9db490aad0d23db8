/**
 * Limits on what a request asks, checked before execution: the size and shape of `variables` and
 * `extensions` and the length of the query text (here, as they arrive), then tokens while parsing,
 * then depth, aliases and directives while validating (graphql-armor). Each refusal is a 400 with
 * its own `extensions.code`. The query cost is checked last, once the variables are known
 * (src/schema/builder.ts).
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';
import { REQUEST_LIMITS } from '../limits.js';

function badRequest(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * What is wrong with the shape of a JSON value, or null: nested deeper than `maxDepth` or holding
 * more than `maxValues` values. Walks with its own stack, never recursion, so a value nested
 * 100,000 deep is measured without overflowing anything.
 */
export function inputShapeProblem(value: unknown, maxDepth: number, maxValues: number): string | null {
  // Two stacks side by side (a value, its depth): no pair allocated per value, on every request.
  const items: unknown[] = [value];
  const depths: number[] = [0];
  let values = 0;
  while (items.length > 0) {
    const item = items.pop();
    const depth = depths.pop() as number;
    if (++values > maxValues) return `holds more than ${maxValues} values`;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= maxDepth) return `is nested deeper than ${maxDepth} levels`;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      items.push(child);
      depths.push(depth + 1);
    }
  }
  return null;
}

/** The refusal of a query text over the length limit, or of deep or huge variables or extensions; null when within them. */
export function inputLimitError(params: GraphQLParams): GraphQLError | null {
  const { maxQueryLength, maxInputDepth, maxInputValues } = REQUEST_LIMITS;
  if (typeof params.query === 'string' && params.query.length > maxQueryLength) {
    return badRequest(
      ErrorCode.QUERY_TOO_LARGE,
      `The query is ${params.query.length} characters long, over the limit of ${maxQueryLength}.`,
    );
  }
  for (const name of ['variables', 'extensions'] as const) {
    const problem = inputShapeProblem(params[name], maxInputDepth, maxInputValues);
    if (problem) return badRequest(ErrorCode.INPUT_TOO_LARGE, `The request's ${name} ${problem}.`);
  }
  return null;
}

/** Refuses what `inputLimitError` finds. */
export function useInputLimits(): Plugin {
  return {
    onParams({ params }) {
      const error = inputLimitError(params);
      if (error) throw error;
    },
  };
}

/**
 * graphql-armor's rejections, with our codes: a validation error is reported on the validation
 * context (collected with the others, a 400); the token limit, which has no context, throws from
 * inside the parser, which stops it there.
 */
function rejectWith(code: ErrorCode) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } });
      if (!context) throw coded;
      context.reportError(coded);
    },
  ];
}

/**
 * Tokens, depth, aliases and directives (graphql-armor), and in production the field suggestions
 * of validation errors masked. Armor's cost limit is off: it only reads literal `first`/`last`
 * and knows no schema, where the Pothos complexity plugin (src/schema/builder.ts) knows both.
 */
export function useDocumentLimits({ hideSuggestions }: { hideSuggestions: boolean }): Plugin[] {
  const { maxTokens, maxDepth, maxAliases, maxDirectives } = REQUEST_LIMITS;
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  const armor = new EnvelopArmor({
    maxTokens: { ...common, n: maxTokens, onReject: rejectWith(ErrorCode.QUERY_TOO_LARGE) },
    maxDepth: { ...common, n: maxDepth, onReject: rejectWith(ErrorCode.QUERY_TOO_DEEP) },
    maxAliases: { ...common, n: maxAliases, onReject: rejectWith(ErrorCode.TOO_MANY_ALIASES) },
    maxDirectives: { ...common, n: maxDirectives, onReject: rejectWith(ErrorCode.TOO_MANY_DIRECTIVES) },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
  return armor.protect().plugins as Plugin[];
}
