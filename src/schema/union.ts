import type { EntityOfKind } from '../graph/types.js';
import { AssociationRef } from './association.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions, loadRelated } from './entity.js';
import { relationFilter, relationFilterArgs } from './relation-filter.js';
import { StrikeRef } from './strike.js';

export const UnionRef = builder.objectRef<EntityOfKind<'UNION'>>('Union');

builder.node(UnionRef, {
  ...entityNodeOptions('UNION'),
  description: 'A labour union or guild.',
  fields: (t) => ({
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    dissolved: t.expose('dissolved', { type: 'PartialDate', nullable: true }),
    represents: t.exposeString('represents', { nullable: true, description: 'Whom it represents.' }),
    strikes: t.field({
      type: [StrikeRef],
      description: 'Strikes it called, oldest first.',
      resolve: (union, _args, context) =>
        loadRelated(context, union.slug, { types: ['CALLED_BY'], direction: 'INCOMING' }, 'STRIKE'),
    }),
    negotiatesWith: t.field({
      type: [AssociationRef],
      description: 'Employer associations that bargain with it.',
      args: relationFilterArgs,
      resolve: (union, args, context) =>
        loadRelated(
          context,
          union.slug,
          { ...relationFilter(context, args), types: ['NEGOTIATES_WITH'], direction: 'INCOMING' },
          'ASSOCIATION',
        ),
    }),
    mergedInto: t.field({
      type: [EntityRef],
      description: 'The organisation it merged into, if it did.',
      resolve: (union, _args, context) =>
        loadRelated(context, union.slug, { types: ['MERGED_INTO'], direction: 'OUTGOING' }),
    }),
    predecessors: t.field({
      type: [EntityRef],
      description: 'Organisations that merged into it.',
      resolve: (union, _args, context) =>
        loadRelated(context, union.slug, { types: ['MERGED_INTO'], direction: 'INCOMING' }),
    }),
    partOf: t.field({
      type: [EntityRef],
      description: 'The organisation it is a unit of.',
      resolve: (union, _args, context) =>
        loadRelated(context, union.slug, { types: ['PART_OF'], direction: 'OUTGOING' }),
    }),
  }),
});
