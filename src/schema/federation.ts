/**
 * The schema as an Apollo Federation v2 subgraph (FEDERATION=true): every entity kind is an entity
 * keyed by `slug`, so other subgraphs can extend `Person`, `Union`, … and a gateway can fetch them
 * here through `_entities`; `_service { sdl }` gives the subgraph's SDL with its directives.
 * The schema printed in schema/schema.graphql is the plain one, without any of this.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema, Kind } from 'graphql';
import { tooComplex } from '../errors.js';
import type { EntityKind } from '../graph/dataset-schema.js';
import type { Entity } from '../graph/types.js';
import { REQUEST_LIMITS } from '../limits.js';
import { builder } from './builder.js';
import { schema } from './index.js';
import { AgencyRef, AssociationRef, CompanyRef, EventRef, PersonRef, StrikeRef, StudioRef, UnionRef } from './refs.js';

/** The Federation spec version of the `@link` the SDL carries (v2.3 and later know entity interfaces). */
const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.6';

const ENTITY_REFS = [
  [AssociationRef, 'ASSOCIATION'],
  [StudioRef, 'STUDIO'],
  [UnionRef, 'UNION'],
  [PersonRef, 'PERSON'],
  [StrikeRef, 'STRIKE'],
  [EventRef, 'EVENT'],
  [CompanyRef, 'COMPANY'],
  [AgencyRef, 'AGENCY'],
] as const;

for (const [ref, kind] of ENTITY_REFS) {
  builder.asEntity(ref, {
    key: builder.selection<{ slug: string }>('slug'),
    // A slug of another kind (a representation `{ __typename: "Person", slug: "amptp" }`) is
    // no Person: null, as for an unknown slug.
    resolveReference: async ({ slug }, context) => {
      const entity: Entity | null = await context.loaders.entityLoader.load(slug);
      if (entity?.kind !== (kind satisfies EntityKind)) return null;
      // A copy: @apollo/subgraph writes __typename onto what this returns, and entities are frozen.
      return { ...entity } as never;
    },
  });
}

/**
 * `_entities` is added by the plugin outside Pothos, so the query cost (a check the complexity
 * plugin wraps around Pothos' root fields) would never see a query of it alone, and would count
 * its list of representations as 10. It gets the same price as our lists (one per
 * representation, times its selection) and the same check.
 */
function priceEntities(subgraph: GraphQLSchema): void {
  const field = subgraph.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return;
  field.extensions = {
    ...field.extensions,
    complexity: (args: { representations?: unknown[] }) => ({
      field: 1,
      multiplier: args.representations?.length ?? 0,
    }),
  };
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = (root, args, context, info) => {
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [info.operation, ...Object.values(info.fragments)],
    };
    const { complexity } = complexityFromQuery(document, {
      schema: info.schema,
      ctx: context as object,
      variables: info.variableValues,
    });
    if (complexity > REQUEST_LIMITS.maxCost) throw tooComplex(complexity, REQUEST_LIMITS.maxCost);
    return resolve(root, args, context, info);
  };
}

let subgraph: GraphQLSchema | undefined;

/** The subgraph schema: built on first use, from the same types as `schema`. */
export function subgraphSchema(): GraphQLSchema {
  if (!subgraph) {
    // The plain schema first: its types are then configured, and the subgraph reuses them.
    void schema;
    subgraph = builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK, federationDirectives: ['@key'] });
    priceEntities(subgraph);
  }
  return subgraph;
}
