/**
 * The query-cost model of the Pothos complexity plugin (set up in builder.ts; the limit is
 * REQUEST_LIMITS.maxCost). A field costs 1; a field that returns many items multiplies the cost
 * of its selection by how many it may return; a traversal also costs per hop it may take.
 */
import { complexityFromQuery, type FieldComplexityValue } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Context } from '../context.js';
import type { LongestLists } from '../graph/knowledge-graph.js';
import { PAGE_SIZE, REQUEST_LIMITS } from '../limits.js';

/**
 * Every argument a field's cost reads: `fieldComplexity`'s, and those of each `complexity` option
 * of the schema (a test holds them all to this list). A variable that reaches none of them cannot
 * change what an operation costs (see `OperationCost`).
 */
export const COST_ARGUMENTS: ReadonlySet<string> = new Set([
  'first',
  'last',
  'ids',
  'maxLength',
  'depth',
  'limit',
  'representations',
]);

const sizeArg = (value: unknown): number | null => (typeof value === 'number' ? Math.max(0, value) : null);

/**
 * The cost of a field that sets no `complexity` of its own: 1, and a field that returns many
 * items multiplies its selection by `first` (or `last`) of a connection or list (a connection
 * given neither returns a default page), by the number of `ids`, or, for a list without a size
 * argument, by the longest list of its kind in the graph (citations, or entities related to one).
 */
export function fieldComplexity(
  args: Record<string, unknown>,
  context: Context,
  field: GraphQLField<unknown, Context>,
): FieldComplexityValue {
  const size = sizeArg(args.first) ?? sizeArg(args.last);
  if (size !== null) return { field: 1, multiplier: size };
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  if (field.args.some((arg) => arg.name === 'first')) return { field: 1, multiplier: PAGE_SIZE.default };
  if (!isListType(getNullableType(field.type))) return 1;
  const longest = context.graph.longestLists;
  return { field: 1, multiplier: getNamedType(field.type).name === 'Citation' ? longest.citations : longest.related };
}

/**
 * What a traversal costs per hop it may take: it runs synchronously (no deadline stops it) up to
 * TRAVERSAL_LIMITS.maxVisited entities. Measured on a generated 10,000-entity graph: a shortest path of 6
 * hops about 1 ms, a neighbourhood of depth 3 about 30 ms, 50 simple paths of up to 6 hops
 * 100-250 ms; at these prices a request holds at most 3 of the last.
 */
export const TRAVERSAL_COST_PER_HOP = { shortestPath: 100, neighborhood: 500, paths: 1_000 } as const;

export function traversalCost(traversal: keyof typeof TRAVERSAL_COST_PER_HOP, hops: number): number {
  return 1 + TRAVERSAL_COST_PER_HOP[traversal] * Math.max(0, hops);
}

/** Costs remembered per operation and graph, at most: bounds an operation sent with ever new sizes. */
const MAX_REMEMBERED_COSTS = 64;

/**
 * The cost of one operation, worked out once for each set of values it may have. The complexity
 * plugin works it out anew on every request, walking the whole selection and coercing every
 * field's arguments (7 to 16 µs a request in a loop over the bench's operations, through tsx),
 * though the cost depends only on the operation, the values of the variables that reach a cost
 * argument, and the graph's longest lists. So: worked out by the plugin's own function once for
 * each of those, and remembered; an operation within the limit marks its context, and the
 * plugin's check is skipped for it. One over the limit, or whose cost cannot be worked out here,
 * is not admitted: its caller leaves it to graphql-js' executor, where that check refuses it with
 * its usual error.
 */
export class OperationCost {
  /** The operation and its fragments alone: `complexityFromQuery` takes a document's first operation. */
  readonly #document: DocumentNode;
  /** The variables that reach a cost argument, in a fixed order. */
  readonly #variables: readonly string[];
  readonly #known = new WeakMap<LongestLists, Map<string, number>>();

  constructor(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>) {
    this.#document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] };
    const variables = new Set<string>();
    costVariablesIn(operation.selectionSet, fragments, variables, new Set());
    this.#variables = [...variables];
  }

  /**
   * Whether this operation, with these variables (coercible), is known to be within the cost
   * limit; if so, `context` is marked (`costChecked`).
   */
  admits(schema: GraphQLSchema, variables: Record<string, unknown>, context: Context): boolean {
    const lists = context.graph.longestLists;
    let known = this.#known.get(lists);
    if (!known) {
      known = new Map();
      this.#known.set(lists, known);
    }
    // A variable left out (its default applies) and one given null cost differently: '' is no JSON.
    const key =
      this.#variables.length === 0
        ? ''
        : this.#variables
            .map((name) => (Object.hasOwn(variables, name) ? JSON.stringify(variables[name]) : ''))
            .join('\n');
    let cost = known.get(key);
    if (cost === undefined) {
      try {
        cost = complexityFromQuery(this.#document, { schema, variables, ctx: context }).complexity;
      } catch {
        return false; // the plugin's check reports what is wrong
      }
      if (known.size < MAX_REMEMBERED_COSTS) known.set(key, cost);
    }
    context.costChecked = cost <= REQUEST_LIMITS.maxCost;
    return context.costChecked;
  }
}

/** Adds to `found` the variables used in cost arguments of the fields of `selectionSet`, through fragments. */
function costVariablesIn(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  found: Set<string>,
  visited: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      for (const argument of selection.arguments ?? []) {
        if (COST_ARGUMENTS.has(argument.name.value)) variablesIn(argument.value, found);
      }
      if (selection.selectionSet) costVariablesIn(selection.selectionSet, fragments, found, visited);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      costVariablesIn(selection.selectionSet, fragments, found, visited);
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) costVariablesIn(fragment.selectionSet, fragments, found, visited);
    }
  }
}

/**
 * The variables in an argument's value, inside lists and objects too: no cost argument of this
 * schema reads a value there that could change the cost (a list literal's length is its own),
 * but one that did would be seen.
 */
function variablesIn(value: ValueNode, found: Set<string>): void {
  if (value.kind === Kind.VARIABLE) found.add(value.name.value);
  else if (value.kind === Kind.LIST) for (const item of value.values) variablesIn(item, found);
  else if (value.kind === Kind.OBJECT) for (const field of value.fields) variablesIn(field.value, found);
}
