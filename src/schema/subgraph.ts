import { checkRange } from '../errors.js';
import { type Neighborhood, neighborhood } from '../graph/traversal.js';
import { TRAVERSAL_DEFAULTS, TRAVERSAL_LIMITS } from '../limits.js';
import { loadEntity } from '../loaders/load.js';
import { builder } from './builder.js';
import { traversalCost } from './complexity.js';
import { resolveEntityReference } from './references.js';
import { EntityRef, RelationRef } from './refs.js';
import { relationFilter, traversalArgs } from './relation-filter.js';
import { warnTruncated } from './warnings.js';

/** For the query cost: relations a subgraph holds per entity, roughly (a tree has one, denser parts more). */
const SUBGRAPH_RELATIONS_PER_ENTITY = 2;

const SubgraphRef = builder.objectRef<Neighborhood>('Subgraph');

SubgraphRef.implement({
  description: 'A part of the graph: entities and the relations among them.',
  fields: (t) => ({
    center: t.field({ type: EntityRef, resolve: (subgraph, _args, context) => loadEntity(context, subgraph.center) }),
    // neighborhood multiplies its whole selection by `limit`, the most entities there can be.
    entities: t.field({
      type: [EntityRef],
      complexity: { field: 1, multiplier: 1 },
      description: 'Nearest first: the center, then those one step away, and so on.',
      resolve: (subgraph) => subgraph.entities,
    }),
    relations: t.field({
      type: [RelationRef],
      complexity: { field: 1, multiplier: SUBGRAPH_RELATIONS_PER_ENTITY },
      resolve: (subgraph) => subgraph.relations,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the limit cut the result: more entities lie within the depth asked for.',
    }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: SubgraphRef,
    description:
      'The entities within `depth` steps of one entity, walking relations either way, and the relations among them.',
    complexity: (args) => ({
      field: traversalCost('neighborhood', args.depth ?? TRAVERSAL_DEFAULTS.depth),
      multiplier: Math.max(0, args.limit ?? TRAVERSAL_DEFAULTS.neighborhood),
    }),
    args: {
      of: t.arg.string({ required: true, description: 'A slug or global ID.' }),
      depth: t.arg.int({ defaultValue: TRAVERSAL_DEFAULTS.depth, description: `1 to ${TRAVERSAL_LIMITS.maxDepth}.` }),
      limit: t.arg.int({
        defaultValue: TRAVERSAL_DEFAULTS.neighborhood,
        description: `Most entities to return (1 to ${TRAVERSAL_LIMITS.maxNeighborhood}).`,
      }),
      ...traversalArgs(),
    },
    resolve: (_root, args, context, info) => {
      checkRange('depth', args.depth, 1, TRAVERSAL_LIMITS.maxDepth);
      checkRange('limit', args.limit, 1, TRAVERSAL_LIMITS.maxNeighborhood);
      const result = neighborhood(context.graph, resolveEntityReference(context, args.of, 'of'), {
        ...relationFilter(context, args),
        depth: args.depth ?? undefined,
        limit: args.limit ?? undefined,
      });
      if (result.truncated) warnTruncated(context, info, `the limit of ${args.limit} entities cut the neighbourhood`);
      return result;
    },
  }),
}));
