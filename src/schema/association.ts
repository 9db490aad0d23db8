import type { EntityOfKind } from '../graph/types.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions, loadRelated } from './entity.js';
import { PersonRef } from './person.js';
import { QuantityRef } from './quantity.js';
import { StrikeRef } from './strike.js';
import { timeArgs, timeFilter } from './time.js';
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
      args: timeArgs,
      resolve: (association, args, context) =>
        loadRelated(
          context,
          association.slug,
          { types: ['PRESIDED_BY'], direction: 'OUTGOING', ...timeFilter(context, args) },
          'PERSON',
        ),
    }),
    spokespersons: t.field({
      type: [PersonRef],
      args: timeArgs,
      resolve: (association, args, context) =>
        loadRelated(
          context,
          association.slug,
          { types: ['SPOKESPERSON'], direction: 'OUTGOING', ...timeFilter(context, args) },
          'PERSON',
        ),
    }),
    members: t.field({
      type: [EntityRef],
      description: 'Companies and organisations that are or were members.',
      args: timeArgs,
      resolve: (association, args, context) =>
        loadRelated(context, association.slug, {
          types: ['MEMBER_OF'],
          direction: 'INCOMING',
          ...timeFilter(context, args),
        }),
    }),
    negotiatesWith: t.field({
      type: [UnionRef],
      description: 'Unions it bargains with.',
      args: timeArgs,
      resolve: (association, args, context) =>
        loadRelated(
          context,
          association.slug,
          { types: ['NEGOTIATES_WITH'], direction: 'OUTGOING', ...timeFilter(context, args) },
          'UNION',
        ),
    }),
    affiliations: t.field({
      type: [EntityRef],
      args: timeArgs,
      resolve: (association, args, context) =>
        loadRelated(context, association.slug, {
          types: ['AFFILIATED_WITH'],
          direction: 'OUTGOING',
          ...timeFilter(context, args),
        }),
    }),
    mergedWith: t.field({
      type: [EntityRef],
      description: 'Organisations it merged with, in either direction of the record.',
      args: timeArgs,
      resolve: (association, args, context) =>
        loadRelated(context, association.slug, {
          types: ['MERGED_WITH'],
          direction: 'BOTH',
          ...timeFilter(context, args),
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
