import type { EntityOfKind } from '../graph/types.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions, loadRelated } from './entity.js';
import { PersonRef } from './person.js';
import { QuantityRef } from './quantity.js';
import { relationFilter, relationFilterArgs } from './relation-filter.js';
import { StrikeRef } from './strike.js';
import { UnionRef } from './union.js';

export const AssociationRef = builder.objectRef<EntityOfKind<'ASSOCIATION'>>('Association');

builder.node(AssociationRef, {
  ...entityNodeOptions('ASSOCIATION'),
  description: 'A trade association of employers, such as the AMPTP or the MPA.',
  fields: (t) => ({
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    dissolved: t.expose('dissolved', { type: 'PartialDate', nullable: true }),
    headquarters: t.exposeString('headquarters', { nullable: true }),
    memberCount: t.expose('memberCount', { type: QuantityRef, nullable: true }),
    agreementCount: t.expose('agreementCount', {
      type: QuantityRef,
      nullable: true,
      description: 'How many collective bargaining agreements it negotiates.',
    }),
    presidents: t.field({
      type: [PersonRef],
      description: 'Its presidents (interim ones included), in order of taking office.',
      args: relationFilterArgs,
      resolve: (association, args, context) =>
        loadRelated(
          context,
          association.slug,
          { ...relationFilter(context, args), types: ['PRESIDED_BY'], direction: 'OUTGOING' },
          'PERSON',
        ),
    }),
    spokespersons: t.field({
      type: [PersonRef],
      args: relationFilterArgs,
      resolve: (association, args, context) =>
        loadRelated(
          context,
          association.slug,
          { ...relationFilter(context, args), types: ['SPOKESPERSON'], direction: 'OUTGOING' },
          'PERSON',
        ),
    }),
    members: t.field({
      type: [EntityRef],
      description: 'Companies and organisations that are or were members.',
      args: relationFilterArgs,
      resolve: (association, args, context) =>
        loadRelated(context, association.slug, {
          ...relationFilter(context, args),
          types: ['MEMBER_OF'],
          direction: 'INCOMING',
        }),
    }),
    negotiatesWith: t.field({
      type: [UnionRef],
      description: 'Unions it bargains with.',
      args: relationFilterArgs,
      resolve: (association, args, context) =>
        loadRelated(
          context,
          association.slug,
          { ...relationFilter(context, args), types: ['NEGOTIATES_WITH'], direction: 'OUTGOING' },
          'UNION',
        ),
    }),
    affiliations: t.field({
      type: [EntityRef],
      args: relationFilterArgs,
      resolve: (association, args, context) =>
        loadRelated(context, association.slug, {
          ...relationFilter(context, args),
          types: ['AFFILIATED_WITH'],
          direction: 'OUTGOING',
        }),
    }),
    mergedWith: t.field({
      type: [EntityRef],
      description: 'Organisations it merged with, in either direction of the record.',
      args: relationFilterArgs,
      resolve: (association, args, context) =>
        loadRelated(context, association.slug, {
          ...relationFilter(context, args),
          types: ['MERGED_WITH'],
          direction: 'BOTH',
        }),
    }),
    strikes: t.field({
      type: [StrikeRef],
      description: 'Strikes called against it.',
      resolve: (association, _args, context) =>
        loadRelated(context, association.slug, { types: ['AGAINST'], direction: 'INCOMING' }, 'STRIKE'),
    }),
  }),
});
