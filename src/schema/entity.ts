import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { ENTITY_KINDS, type EntityKind } from '../graph/dataset-schema.js';
import { nameAsOf } from '../graph/entity-dates.js';
import { certaintyFor, type RelationView } from '../graph/knowledge-graph.js';
import type { Certainty } from '../graph/time.js';
import type { Entity, EntityOfKind, Relation, RelationFilter } from '../graph/types.js';
import { builder } from './builder.js';
import { notFound } from './errors.js';
import { paginate } from './pagination.js';
import { CertaintyEnum, DirectionEnum, RelationRef, RelationTypeEnum } from './relation.js';
import { relationFilter, relationFilterArgs, resolveSources } from './relation-filter.js';
import { CitationRef } from './source.js';

/** The GraphQL object type of each entity kind. */
export const TYPE_NAME_OF_KIND = {
  ASSOCIATION: 'Association',
  STUDIO: 'Studio',
  UNION: 'Union',
  PERSON: 'Person',
  STRIKE: 'Strike',
  EVENT: 'Event',
  COMPANY: 'Company',
  AGENCY: 'Agency',
} as const satisfies Record<EntityKind, string>;

export const EntityRef = builder.interfaceRef<Entity>('Entity');

export const EntityKindEnum = builder.enumType('EntityKind', { values: ENTITY_KINDS });

export const FormerNameRef = builder.objectRef<Entity['formerNames'][number]>('FormerName').implement({
  description: 'A name the entity was known by before, with the years it was used where a source gives them.',
  fields: (t) => ({
    name: t.exposeString('name'),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    since: t.expose('since', { type: 'PartialDate', nullable: true }),
    until: t.expose('until', { type: 'PartialDate', nullable: true }),
  }),
});

export async function loadEntity(context: Context, slug: string): Promise<Entity> {
  const entity = await context.loaders.entityLoader.load(slug);
  // Loading refuses relations with unknown endpoints, so this only fires on a broken invariant.
  if (!entity) throw notFound(`no entity "${slug}"`);
  return entity;
}

export function loadRelations(
  context: Context,
  slug: string,
  filter: RelationFilter,
): Promise<readonly RelationView[]> {
  return context.loaders.relationsLoader.load({ slug, filter });
}

/**
 * The entities at the other end of an entity's relations, in the relations' order (by start
 * date), without repeats; with `kind`, only those of that kind.
 */
export async function loadRelated(context: Context, slug: string, filter: RelationFilter): Promise<Entity[]>;
export async function loadRelated<K extends EntityKind>(
  context: Context,
  slug: string,
  filter: RelationFilter,
  kind: K,
): Promise<EntityOfKind<K>[]>;
export async function loadRelated(
  context: Context,
  slug: string,
  filter: RelationFilter,
  kind?: EntityKind,
): Promise<Entity[]> {
  const views = await loadRelations(context, slug, filter);
  const others = [...new Set(views.map((view) => view.other))];
  const entities = await Promise.all(others.map((other) => loadEntity(context, other)));
  return kind ? entities.filter((entity) => entity.kind === kind) : entities;
}

interface RelationEdgeShape {
  cursor: string;
  node: Relation;
  other: string;
  direction: 'OUTGOING' | 'INCOMING';
  certainty: Certainty | null;
}

EntityRef.implement({
  description: 'Something the graph knows about: an organisation, a person, a strike or another event.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => TYPE_NAME_OF_KIND[entity.kind],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, kebab-case key, e.g. `amptp` or `nick-counter`.' }),
    name: t.string({
      description: 'The current name, or with `asOf` the name it went by then (former names are dated).',
      args: { asOf: t.arg({ type: 'PartialDate' }) },
      resolve: (entity, { asOf }) => (asOf ? nameAsOf(entity, asOf) : entity.name),
    }),
    kind: t.expose('kind', { type: EntityKindEnum }),
    abbreviations: t.exposeStringList('abbreviations'),
    aliases: t.exposeStringList('aliases', { description: 'Other names in use (former names are in `formerNames`).' }),
    formerNames: t.expose('formerNames', { type: [FormerNameRef] }),
    description: t.exposeString('description'),
    citations: t.expose('citations', { type: [CitationRef] }),
    relations: t.connection(
      {
        type: RelationRef,
        description:
          'Relations this entity takes part in, ordered by type, start date and key. Each edge also gives the entity at the other end.',
        args: {
          direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
          types: t.arg({ type: [RelationTypeEnum], description: 'Only relations of these types.' }),
          ...relationFilterArgs,
        },
        resolve: async (entity, args, context) => {
          const filter = { ...relationFilter(context, args), direction: args.direction ?? 'BOTH' };
          const views = await loadRelations(context, entity.slug, filter);
          const page = paginate(views, args, (view) => `${view.relation.id}:${view.direction}`);
          return {
            ...page,
            edges: page.edges.map(
              ({ cursor, node }): RelationEdgeShape => ({
                cursor,
                node: node.relation,
                other: node.other,
                direction: node.direction,
                certainty: certaintyFor(node, filter),
              }),
            ),
          };
        },
      },
      { name: 'RelationConnection' },
      {
        name: 'RelationEdge',
        fields: (edge) => ({
          other: edge.field({
            type: EntityRef,
            description: 'The entity at the other end of the relation from the one asked about.',
            resolve: (parent, _args, context) => loadEntity(context, (parent as RelationEdgeShape).other),
          }),
          direction: edge.field({
            type: DirectionEnum,
            description: 'OUTGOING when the entity asked about is the subject of the relation.',
            resolve: (parent) => (parent as RelationEdgeShape).direction,
          }),
          certainty: edge.field({
            type: CertaintyEnum,
            nullable: true,
            description:
              'With `asOf` or `during`: whether the relation surely holds then (CERTAIN) or only may (POSSIBLE); null when no date was asked.',
            resolve: (parent) => (parent as RelationEdgeShape).certainty,
          }),
        }),
      },
    ),
  }),
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    resolve: (parent) => parent.totalCount,
  }),
);

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'The entity with this slug, or null when there is none.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_root, { slug }, context) => context.loaders.entityLoader.load(slug),
  }),
  entities: t.connection({
    type: EntityRef,
    description: 'Entities ordered by name, then slug.',
    args: {
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      sources: t.arg.stringList({ description: 'Only entities that cite one of these sources (keys or global IDs).' }),
    },
    resolve: (_root, args, context) => {
      const sources = args.sources ? new Set(resolveSources(context, args.sources)) : null;
      const entities = context.graph.list(args.kinds);
      const chosen = sources
        ? entities.filter((entity) => entity.citations.some((citation) => sources.has(citation.source)))
        : entities;
      return paginate(chosen, args, (entity) => entity.slug);
    },
  }),
}));

/** Options every entity kind's node type shares: its key, how `node(id)` loads it, how it is recognised. */
export function entityNodeOptions<K extends EntityKind>(kind: K) {
  return {
    interfaces: [EntityRef],
    id: { resolve: (entity: EntityOfKind<K>) => entity.slug },
    isTypeOf: (value: unknown) => (value as Partial<Entity> | null)?.kind === kind,
    loadMany: async (slugs: readonly string[], context: Context) =>
      (await context.graph.entities(slugs)).map((entity) =>
        entity?.kind === kind ? (entity as EntityOfKind<K>) : null,
      ),
  };
}

const ENTITY_TYPE_NAMES: ReadonlySet<string> = new Set(Object.values(TYPE_NAME_OF_KIND));

/**
 * The slug an argument names: arguments that name an entity take a slug or the entity's global
 * ID. An unknown one is a NOT_FOUND error naming the argument and the value.
 */
export function resolveEntityReference(context: Context, reference: string, argument: string): string {
  if (context.graph.hasEntity(reference)) return reference;
  try {
    const { typename, id } = decodeGlobalID(reference);
    const entity = ENTITY_TYPE_NAMES.has(typename) ? context.graph.entity(id) : null;
    if (entity && TYPE_NAME_OF_KIND[entity.kind] === typename) return entity.slug;
  } catch {
    // Not a global ID either: reported below.
  }
  throw notFound(`${argument}: no entity "${reference}" (give a slug or an entity's global ID)`);
}
