import type { Context } from '../context.js';
import { checkRange } from '../errors.js';
import { type Path, type PathStep, shortestPath, simplePaths } from '../graph/traversal.js';
import { TRAVERSAL_DEFAULTS, TRAVERSAL_LIMITS } from '../limits.js';
import { loadEntity } from '../loaders/load.js';
import { builder } from './builder.js';
import { traversalCost } from './complexity.js';
import { resolveEntityReference } from './references.js';
import { EntityRef, RelationRef } from './refs.js';
import { relationFilter, traversalArgs } from './relation-filter.js';
import { warnTruncated } from './warnings.js';

const PathStepRef = builder.objectRef<PathStep>('PathStep');

PathStepRef.implement({
  description: 'One hop of a path: a relation walked from one entity to the next, with or against its direction.',
  fields: (t) => ({
    relation: t.field({ type: RelationRef, resolve: (step) => step.relation }),
    from: t.field({ type: EntityRef, resolve: (step, _args, context) => loadEntity(context, step.from) }),
    to: t.field({ type: EntityRef, resolve: (step, _args, context) => loadEntity(context, step.to) }),
    forward: t.exposeBoolean('forward', {
      description:
        "True when the step goes the relation's way (from its subject to its object), false when it walks it backwards.",
    }),
  }),
});

const PathRef = builder.objectRef<Path>('Path');

PathRef.implement({
  description: 'A chain of relations joining two entities.',
  fields: (t) => ({
    length: t.int({ description: 'The number of steps.', resolve: (path) => path.steps.length }),
    entities: t.field({
      type: [EntityRef],
      complexity: { field: 1, multiplier: TRAVERSAL_LIMITS.maxLength + 1 },
      description: 'The entities in order, from the start to the end.',
      resolve: (path, _args, context) => Promise.all(path.entities.map((slug) => loadEntity(context, slug))),
    }),
    steps: t.field({
      type: [PathStepRef],
      complexity: { field: 1, multiplier: TRAVERSAL_LIMITS.maxLength },
      resolve: (path) => path.steps,
    }),
  }),
});

/** Called inside a `fields` thunk, like every argument list. */
const endpointArgs = () =>
  builder.args((t) => ({
    from: t.string({ required: true, description: 'A slug or global ID.' }),
    to: t.string({ required: true, description: 'A slug or global ID.' }),
    maxLength: t.int({
      defaultValue: TRAVERSAL_DEFAULTS.maxLength,
      description: `Most steps a path may take (1 to ${TRAVERSAL_LIMITS.maxLength}).`,
    }),
  }));

interface EndpointArgs {
  from: string;
  to: string;
  maxLength?: number | null;
}

/** What both path fields read from their arguments: the two endpoints and the walk's filter. */
function pathQuery(context: Context, args: EndpointArgs & Parameters<typeof relationFilter>[1]) {
  checkRange('maxLength', args.maxLength, 1, TRAVERSAL_LIMITS.maxLength);
  return {
    from: resolveEntityReference(context, args.from, 'from'),
    to: resolveEntityReference(context, args.to, 'to'),
    options: { ...relationFilter(context, args), maxLength: args.maxLength ?? undefined },
  };
}

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest chain of relations between two entities, walking relations either way; null when none is within maxLength. If the search hits its cap on visited entities, the response says so in extensions.warnings.',
    args: { ...endpointArgs(), ...traversalArgs() },
    complexity: (args) => traversalCost('shortestPath', args.maxLength ?? TRAVERSAL_DEFAULTS.maxLength),
    resolve: (_root, args, context, info) => {
      const { from, to, options } = pathQuery(context, args);
      const result = shortestPath(context.graph, from, to, options);
      if (result.truncated) {
        warnTruncated(context, info, `the search stopped after visiting ${result.visited} entities; a path may exist`);
      }
      return result.path;
    },
  }),
  paths: t.field({
    type: [PathRef],
    description:
      'Simple paths (no entity twice) between two entities, shortest first, then in a stable order. If the search hits its cap, the response says so in extensions.warnings.',
    args: {
      ...endpointArgs(),
      ...traversalArgs(),
      first: t.arg.int({
        defaultValue: TRAVERSAL_DEFAULTS.paths,
        description: `At most ${TRAVERSAL_LIMITS.maxPaths}.`,
      }),
    },
    complexity: (args) => ({
      field: traversalCost('paths', args.maxLength ?? TRAVERSAL_DEFAULTS.maxLength),
      multiplier: Math.max(0, args.first ?? TRAVERSAL_DEFAULTS.paths),
    }),
    resolve: (_root, args, context, info) => {
      checkRange('first', args.first, 0, TRAVERSAL_LIMITS.maxPaths);
      const { from, to, options } = pathQuery(context, args);
      const result = simplePaths(context.graph, from, to, { ...options, first: args.first ?? undefined });
      if (result.truncated) {
        warnTruncated(
          context,
          info,
          `the search hit its cap of ${TRAVERSAL_LIMITS.maxVisited} partial paths; more paths may exist`,
        );
      }
      return result.paths;
    },
  }),
}));
