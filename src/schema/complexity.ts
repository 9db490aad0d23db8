/**
 * The query-cost model of the Pothos complexity plugin (set up in builder.ts; the limit is
 * REQUEST_LIMITS.maxCost). A field costs 1; a field that returns many items multiplies the cost
 * of its selection by how many it may return; a traversal also costs per hop it may take.
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { type GraphQLField, getNamedType, getNullableType, isListType } from 'graphql';
import type { Context } from '../context.js';
import { PAGE_SIZE } from '../limits.js';

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
