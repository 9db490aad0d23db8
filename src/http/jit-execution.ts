/**
 * Queries executed by graphql-jit: a document's operation is compiled into a function once, then
 * each request runs that function instead of walking the document (graphql-js' executor does, on
 * every request). Mutations and subscriptions stay on yoga's executor.
 *
 * - Variables are coerced by graphql-js first (`getVariableValues`, as yoga's executor does). A
 *   malformed variable never reaches the compiled function, whose own coercion answers some of
 *   them with a 200 or a 500: the request goes to yoga's executor instead, which refuses it with
 *   its own error and status (400, BAD_USER_INPUT), exactly as without jit. Variables that are
 *   all of built-in scalar types and given values graphql-js takes as they are (a string for a
 *   String, …) skip that first coercion: nothing in them can be malformed.
 * - A document is compiled on its second execution, not its first (mercurius' `jit: 1` does the
 *   same): a compile costs milliseconds, so a stream of documents each sent once costs no more
 *   than it would without jit.
 * - Compiled operations hang off the parsed document (a WeakMap): yoga's parse cache hands out one
 *   document object per query text and is bounded (an LRU), so what it drops is dropped here too.
 * - Its errors are made what graphql-js' would be (`locatedError` with the fields' nodes, found
 *   from the error's path), and the result's keys put in its order (`errors` before `data`): jit's
 *   own errors carry their locations but not the nodes, which every later copy of an error (the
 *   masking, the codes, yoga's serialiser) needs to keep them. An error jit raises itself (no
 *   original error) is masked as unexpected, as yoga's executor's are.
 * - Its query cost is known before it runs, remembered per operation (`OperationCost`): an
 *   operation within the limit is not priced again by the complexity plugin's resolver wrapper.
 *   One over it goes to yoga's executor, where that wrapper refuses it: graphql-js stops at the
 *   first root field that throws, where graphql-jit would go on and report the refusal once for
 *   each root field, so the answer is the same whether or not the document was compiled.
 * Every other plugin sees the same execute hooks as before (onExecute, onExecuteDone): masking,
 * the deadline, warnings and coded errors are unchanged.
 */
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLBoolean,
  type GraphQLError,
  GraphQLID,
  GraphQLInt,
  type GraphQLScalarType,
  type GraphQLSchema,
  GraphQLString,
  getOperationAST,
  getVariableValues,
  Kind,
  locatedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { OperationCost } from '../schema/complexity.js';

/** Executions of a document by graphql-js before it is compiled (see above). */
const EXECUTIONS_BEFORE_COMPILE = 1;
/** graphql-js' executor's own default. */
const MAX_COERCION_ERRORS = 50;

export interface Compiled {
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly query: CompiledQuery;
  /** The operation's variables when all are of built-in scalar types (see `plainVariablesOf`); else null. */
  readonly plainVariables: readonly PlainVariable[] | null;
  /** Its query cost, checked here before it runs rather than by the complexity plugin on every run. */
  readonly cost: OperationCost;
}

/** A variable of a built-in scalar type: the values graphql-js coerces to themselves. */
interface PlainVariable {
  readonly name: string;
  readonly nullable: boolean;
  readonly accepts: (value: unknown) => boolean;
}

/** The 32-bit range of graphql-js' Int. */
const MAX_INT = 2_147_483_647;
const MIN_INT = -2_147_483_648;

/**
 * Values of the built-in scalars that graphql-js takes as they are: a string for String and ID
 * (an ID may also be an integer, which it turns into a string: left to it), a 32-bit integer for
 * Int, a boolean for Boolean. Float is left out: no argument of the schema takes one.
 *
 * These checks, and those of `givenAsTheyCoerce`, only spare work. One stricter than graphql-js
 * sends the variables to its coercion (the same answer, slower). One looser lets a value through
 * to the compiled function's own coercion, which refuses a null for a non-null type, a fraction,
 * a number past 32 bits or a string for an Int, and a string for a Boolean, as graphql-js does
 * (tests/http/fast-path.test.ts sends each); a number for a String and a boolean for an ID it
 * answers otherwise than graphql-js, and those two checks the tests pin. The mutants of the
 * others are marked below.
 */
// Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral: see above
const PLAIN_SCALARS = new Map<GraphQLScalarType<unknown, unknown>, (value: unknown) => boolean>([
  [GraphQLString, (value: unknown) => typeof value === 'string'],
  [GraphQLID, (value: unknown) => typeof value === 'string'],
  [
    GraphQLInt,
    (value: unknown) => Number.isInteger(value) && (value as number) <= MAX_INT && (value as number) >= MIN_INT,
  ],
  [GraphQLBoolean, (value: unknown) => typeof value === 'boolean'],
]);
// Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral

/** A variable's type as a plain scalar, or null for any other type (a list, an input object, an enum, a custom scalar). */
function plainVariableOf(schema: GraphQLSchema, name: string, type: TypeNode): PlainVariable | null {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see PLAIN_SCALARS
  const nullable = type.kind !== Kind.NON_NULL_TYPE;
  const named = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (named.kind !== Kind.NAMED_TYPE) return null;
  const accepts = PLAIN_SCALARS.get(schema.getType(named.name.value) as GraphQLScalarType<unknown, unknown>);
  return accepts ? { name, nullable, accepts } : null;
}

/** The operation's variables, each a plain scalar; null when any is not. */
function plainVariablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode): PlainVariable[] | null {
  const plain: PlainVariable[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const variable = plainVariableOf(schema, definition.variable.name.value, definition.type);
    if (!variable) return null;
    plain.push(variable);
  }
  return plain;
}

/**
 * Whether every variable is given a value graphql-js would take as it is: then its coercion
 * (which the compiled function does again) can be skipped. A variable left out (its default, or
 * an error) is left to graphql-js.
 */
function givenAsTheyCoerce(variables: readonly PlainVariable[], inputs: Record<string, unknown>): boolean {
  for (const { name, nullable, accepts } of variables) {
    const value = inputs[name];
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BooleanLiteral: see PLAIN_SCALARS
    if (value === null ? !nullable : value === undefined || !accepts(value)) return false;
  }
  // Stryker disable next-line BooleanLiteral: see PLAIN_SCALARS
  return true;
}

/** The field nodes whose response key is `key` in a selection set, through fragments. */
function fieldsNamed(
  selectionSet: SelectionSetNode,
  key: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  found: FieldNode[],
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value === key) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldsNamed(selection.selectionSet, key, fragments, found);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) fieldsNamed(fragment.selectionSet, key, fragments, found);
    }
  }
}

/** The field nodes an error's path points at (list indices skipped). */
function nodesAt(compiled: Compiled, path: readonly (string | number)[]): FieldNode[] {
  let nodes: readonly { selectionSet?: SelectionSetNode }[] = [compiled.operation];
  for (const key of path) {
    if (typeof key === 'number') continue;
    const found: FieldNode[] = [];
    for (const node of nodes) if (node.selectionSet) fieldsNamed(node.selectionSet, key, compiled.fragments, found);
    nodes = found;
  }
  return nodes as FieldNode[];
}

/** A jit error as graphql-js would have made it. */
function asGraphQLJsError(compiled: Compiled, error: GraphQLError): GraphQLError {
  const path = error.path ?? [];
  const nodes = nodesAt(compiled, path);
  // An error jit makes itself (a null in a non-null field, a value its scalar cannot serialise, …)
  // is a broken invariant of execution: yoga's executor throws a plain Error for those, which
  // the masking then hides as unexpected, where jit's own GraphQLError would be shown as it is.
  return locatedError(error.originalError ?? new Error(error.message), nodes, path);
}

function inGraphQLJsShape(compiled: Compiled, result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { errors: result.errors.map((error) => asGraphQLJsError(compiled, error)), data: result.data };
}

/** Per operation name: executions so far while not compiled, then the compiled operation (null: not compilable). */
type Entry = { executions: number } | Compiled | null;

/**
 * The compiled operations of this app's documents, shared by the plugin (`plugin()`, for yoga's
 * hooks) and the fast path's direct route (src/http/fast-path.ts), which runs an operation already
 * compiled before any hook and hands the hooks the result (`executedAhead`) when it cannot write
 * it as it is.
 */
export class JitExecution {
  readonly #byDocument = new WeakMap<DocumentNode, Map<string | undefined, Entry>>();
  /** Results of operations executed ahead of the hooks, by their context (see `executedAhead`). */
  readonly #ahead = new WeakMap<object, ExecutionResult | Promise<ExecutionResult>>();

  /** The compiled operation `operationName` of `document`, once compiled; null before (nothing is counted). */
  compiled(document: DocumentNode, operationName: string | null | undefined): Compiled | null {
    const entry = this.#byDocument.get(document)?.get(operationName ?? undefined);
    return entry && 'query' in entry ? entry : null;
  }

  /**
   * Runs a compiled operation: variables coerced by graphql-js first, so that a malformed one
   * never reaches the compiled function, and its cost checked. Null for variables that do not
   * coerce and for a cost not known within the limit: yoga's executor answers those. `finish` is
   * handed the result in graphql-js' shape, and what it returns is the answer: in the same tick
   * when execution waits for nothing, else in the one reaction to the execution's promise (a step
   * of its own would be one promise and one microtask more on each such request).
   */
  run<Answer>(
    compiled: Compiled,
    execution: ExecutionArgs,
    finish: (result: ExecutionResult) => Answer | Promise<Answer>,
  ): Answer | Promise<Answer> | null {
    const inputs = (execution.variableValues ?? {}) as Record<string, unknown>;
    const plain = compiled.plainVariables;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: coercing every time is speed only.
    if (plain === null || !givenAsTheyCoerce(plain, inputs)) {
      const coerced = getVariableValues(execution.schema, compiled.operation.variableDefinitions ?? [], inputs, {
        maxErrors: MAX_COERCION_ERRORS,
        // Stryker disable next-line LogicalOperator, BooleanLiteral: only whether coercion fails is used; its messages are dropped and yoga's executor makes its own.
        hideSuggestions: (execution as { hideSuggestions?: boolean }).hideSuggestions ?? false,
      });
      if (coerced.errors) return null;
    }
    if (!compiled.cost.admits(execution.schema, inputs, execution.contextValue as Context)) return null;
    const result = compiled.query.query(execution.rootValue, execution.contextValue, inputs);
    return result instanceof Promise
      ? result.then((done) => finish(inGraphQLJsShape(compiled, done)))
      : finish(inGraphQLJsShape(compiled, result));
  }

  /**
   * `result` is the execution of the operation whose context is `context`, run ahead of the hooks:
   * the next execution with that context hands it over instead of executing again, so every
   * execute hook (masking, the deadline, warnings, codes) sees it as it would its own.
   */
  executedAhead(context: object, result: ExecutionResult | Promise<ExecutionResult>): void {
    this.#ahead.set(context, result);
  }

  #compiledFor(args: ExecutionArgs): Compiled | null {
    let byName = this.#byDocument.get(args.document);
    // Stryker disable next-line ConditionalExpression: never compiling is speed only (graphql-js answers the same).
    if (!byName) {
      byName = new Map();
      this.#byDocument.set(args.document, byName);
    }
    const name = args.operationName ?? undefined;
    const entry = byName.get(name);
    // Stryker disable next-line ConditionalExpression: compiling again, or never, is speed only (graphql-js answers the same).
    if (entry === null || (entry && 'query' in entry)) return entry;
    // Stryker disable next-line LogicalOperator: compiling at the first execution is speed only (graphql-js answers the same).
    const executions = entry?.executions ?? 0;
    // Stryker disable next-line EqualityOperator, BlockStatement: compiling later or never is speed only (graphql-js answers the same).
    if (executions < EXECUTIONS_BEFORE_COMPILE) {
      // Stryker disable next-line ArithmeticOperator: never compiling is speed only (graphql-js answers the same).
      byName.set(name, { executions: executions + 1 });
      return null;
    }
    const operation = getOperationAST(args.document, name);
    let compiled: Compiled | null = null;
    // Stryker disable next-line BlockStatement: speed only (graphql-js answers the same).
    if (operation?.operation === 'query') {
      // Stryker disable next-line BooleanLiteral: capturing stack traces changes only the cost of an error; jit errors are rebuilt below.
      const query = compileQuery(args.schema, args.document, name, { disablingCapturingStackErrors: true });
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      if (isCompiledQuery(query)) {
        compiled = {
          operation,
          fragments,
          query,
          plainVariables: plainVariablesOf(args.schema, operation),
          cost: new OperationCost(operation, fragments),
        };
      }
    }
    byName.set(name, compiled);
    return compiled;
  }

  /** The yoga plugin: queries executed by their compiled operation, or handed the result executed ahead. */
  plugin(): Plugin {
    return {
      onExecute: ({ args, executeFn, setExecuteFn }) => {
        const ahead = this.#ahead.get(args.contextValue as object);
        if (ahead !== undefined) {
          this.#ahead.delete(args.contextValue as object);
          setExecuteFn(() => ahead);
          return;
        }
        const compiled = this.#compiledFor(args);
        // Stryker disable next-line ConditionalExpression: speed only (graphql-js answers the same).
        if (!compiled) return;
        setExecuteFn(
          (execution: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> =>
            this.run(compiled, execution, (result) => result) ??
            (executeFn(execution) as ExecutionResult | Promise<ExecutionResult>),
        );
      },
    };
  }
}
