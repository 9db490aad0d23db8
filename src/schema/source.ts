import { loadSource } from '../loaders/load.js';
import { builder } from './builder.js';
import { paginate } from './pagination.js';
import { CitationRef, EntityRef, RelationRef, SourceRef } from './refs.js';

builder.node(SourceRef, {
  description: 'A published work that facts of the graph are taken from.',
  id: { resolve: (source) => source.id },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'url' in value && 'publisher' in value,
  loadMany: (ids, context) => ids.map((id) => context.loaders.sourceLoader.load(id)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The stable key that data files cite the source by.' }),
    title: t.exposeString('title'),
    url: t.exposeString('url'),
    publisher: t.exposeString('publisher'),
    accessed: t.expose('accessed', { type: 'PartialDate', nullable: true }),
    entities: t.connection({
      type: EntityRef,
      description: 'The entities this source supports (that cite it), ordered by name.',
      resolve: (source, args, context) =>
        paginate(context.graph.citing(source.id).entities, args, (entity) => entity.slug),
    }),
    relations: t.connection({
      type: RelationRef,
      description: 'The relations this source supports (that cite it), ordered by key.',
      resolve: (source, args, context) =>
        paginate(context.graph.citing(source.id).relations, args, (relation) => relation.id),
    }),
  }),
});

builder.objectType(CitationRef, {
  description: 'Where a fact comes from: a source, the part of it, and an optional note.',
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      resolve: (citation, _args, context) => loadSource(context, citation.source),
    }),
    section: t.exposeString('section', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: [SourceRef],
    description: 'Every source the graph cites, ordered by key.',
    resolve: (_root, _args, context) => context.graph.sources(),
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'The source with this key, or null when there is none.',
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, { key }, context) => context.loaders.sourceLoader.load(key),
  }),
}));
