/**
 * The query-cost model of the Pothos complexity plugin (set up in builder.ts; the limit is
 * REQUEST_LIMITS.maxCost). A field costs 1; a field that returns many items multiplies the cost
 * of its selection by how many it may return; a traversal also costs per hop it may take.
 */
import type { FieldComplexityValue } from '@pothos/plugin-complexity';
import { GraphQLError, type GraphQLField, getNamedType, getNullableType, isListType } from 'graphql';
import type { Context } from '../context.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** The longest lists of each kind in one graph: what a list without a size argument may hold. */
export interface LongestLists {
  /**
   * The most relations any one entity takes part in, which bounds every typed list built on
   * relations (`members`, `presidents`, `roles`, …): 47 in the default dataset; a hub of a large
   * graph has thousands, and nesting typed lists there costs accordingly.
   */
  readonly related: number;
  /** The most citations of one entity or relation. */
  readonly citations: number;
  /** The most entities of one timeline entry. */
  readonly timelineEntities: number;
}

const longestListsByGraph = new WeakMap<KnowledgeGraph, LongestLists>();

/** Computed once per graph (a pass over its relations, entities and timeline). */
export function longestLists(graph: KnowledgeGraph): LongestLists {
  let longest = longestListsByGraph.get(graph);
  if (!longest) {
    const degrees = new Map<string, number>();
    let related = 1;
    let citations = 1;
    for (const relation of graph.allRelations()) {
      citations = Math.max(citations, relation.citations.length);
      for (const slug of [relation.from, relation.to]) {
        const degree = (degrees.get(slug) ?? 0) + 1;
        degrees.set(slug, degree);
        related = Math.max(related, degree);
      }
    }
    for (const entity of graph.list()) citations = Math.max(citations, entity.citations.length);
    let timelineEntities = 1;
    for (const entry of graph.timeline()) timelineEntities = Math.max(timelineEntities, entry.entities.length);
    longest = { related, citations, timelineEntities };
    longestListsByGraph.set(graph, longest);
  }
  return longest;
}

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
  if (field.args.some((arg) => arg.name === 'first')) return { field: 1, multiplier: DEFAULT_PAGE_SIZE };
  if (!isListType(getNullableType(field.type))) return 1;
  const longest = longestLists(context.graph);
  return { field: 1, multiplier: getNamedType(field.type).name === 'Citation' ? longest.citations : longest.related };
}

/**
 * What a traversal costs per hop it may take: it runs synchronously (no deadline stops it) up to
 * LIMITS.maxVisited entities. Measured on a generated 10,000-entity graph: a shortest path of 6
 * hops about 1 ms, a neighbourhood of depth 3 about 30 ms, 50 simple paths of up to 6 hops
 * 100-250 ms; at these prices a request holds at most 3 of the last.
 */
export const TRAVERSAL_COST_PER_HOP = { shortestPath: 100, neighborhood: 500, paths: 1_000 } as const;

export function traversalCost(traversal: keyof typeof TRAVERSAL_COST_PER_HOP, hops: number): number {
  return 1 + TRAVERSAL_COST_PER_HOP[traversal] * Math.max(0, hops);
}

/** The error of a query over the cost limit, before any root field resolves. */
export function tooComplex(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `The query costs ${cost}, over the limit of ${maxCost}: ask for fewer items (first, limit) or nest fewer lists.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost } },
  );
}
