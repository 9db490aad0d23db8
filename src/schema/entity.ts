/** The Entity interface, the fields every entity has, and the root fields that list entities. */
import { nameAsOf } from '../graph/entity-dates.js';
import { certaintyFor } from '../graph/knowledge-graph.js';
import type { Certainty } from '../graph/time.js';
import type { Entity, Relation } from '../graph/types.js';
import { loadEntity, loadRelations } from '../loaders/load.js';
import { builder } from './builder.js';
import { paginate } from './pagination.js';
import { resolveSources } from './references.js';
import {
  CertaintyEnum,
  CitationRef,
  DirectionEnum,
  EntityKindEnum,
  EntityRef,
  RelationRef,
  RelationTypeEnum,
} from './refs.js';
import { relationFilter, relationFilterArgs } from './relation-filter.js';
import { TYPE_NAME_OF_KIND } from './type-names.js';

const FormerNameRef = builder.objectRef<Entity['formerNames'][number]>('FormerName');

FormerNameRef.implement({
  description: 'A name the entity was known by before, with the years it was used where a source gives them.',
  fields: (t) => ({
    name: t.exposeString('name'),
    abbreviation: t.exposeString('abbreviation', { nullable: true }),
    since: t.expose('since', { type: 'PartialDate', nullable: true }),
    until: t.expose('until', { type: 'PartialDate', nullable: true }),
  }),
});

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
          ...relationFilterArgs(),
        },
        resolve: async (entity, args, context) => {
          const filter = { ...relationFilter(context, args), direction: args.direction ?? 'BOTH' };
          const views = await loadRelations(context, entity.slug, filter);
          const page = await paginate(views, args, (view) => `${view.relation.id}:${view.direction}`);
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
