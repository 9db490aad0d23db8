import { spanOf } from '../graph/partial-date.js';
import { certaintyAt } from '../graph/time.js';
import { loadEntity } from '../loaders/load.js';
import { builder } from './builder.js';
import { CertaintyEnum, CitationRef, EntityRef, RelationQualifierEnum, RelationRef, RelationTypeEnum } from './refs.js';

builder.node(RelationRef, {
  description: 'A dated, sourced, directed relation between two entities.',
  id: { resolve: (relation) => relation.id },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'type' in value && 'from' in value,
  loadMany: (ids, context) => ids.map((id) => context.loaders.relationLoader.load(id)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The stable key of the relation in the data files.' }),
    type: t.expose('type', { type: RelationTypeEnum }),
    from: t.field({
      type: EntityRef,
      description: 'The subject.',
      resolve: (relation, _args, context) => loadEntity(context, relation.from),
    }),
    to: t.field({
      type: EntityRef,
      description: 'The object.',
      resolve: (relation, _args, context) => loadEntity(context, relation.to),
    }),
    since: t.expose('since', {
      type: 'PartialDate',
      nullable: true,
      description: 'When it began; null if no source says.',
    }),
    until: t.expose('until', {
      type: 'PartialDate',
      nullable: true,
      description: 'When it ended; null while it holds, or when it ended on a date no source gives (see `ended`).',
    }),
    ended: t.exposeBoolean('ended', { description: 'Whether it no longer holds, even when the end date is unknown.' }),
    certainty: t.field({
      type: CertaintyEnum,
      nullable: true,
      description:
        'Whether it holds at some time within this date: CERTAIN, POSSIBLE, or null when it cannot (outside its dates, or its endpoints’ lives).',
      args: { asOf: t.arg({ type: 'PartialDate', required: true }) },
      resolve: (relation, { asOf }, context) => {
        const spans = context.graph.relationSpans(relation.id);
        return spans ? certaintyAt(spans, spanOf(asOf)) : null;
      },
    }),
    role: t.exposeString('role', { nullable: true, description: 'The role or title, e.g. "President".' }),
    qualifiers: t.expose('qualifiers', { type: [RelationQualifierEnum] }),
    citations: t.expose('citations', { type: [CitationRef] }),
  }),
});
