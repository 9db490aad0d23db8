import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { AssociationRef, EntityRef, PersonRef, QuantityRef, StrikeRef, UnionRef } from './refs.js';
import { related, relationFilterArgs } from './relation-filter.js';

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
      args: relationFilterArgs(),
      resolve: related('PRESIDED_BY', 'OUTGOING', 'PERSON'),
    }),
    spokespersons: t.field({
      type: [PersonRef],
      args: relationFilterArgs(),
      resolve: related('SPOKESPERSON', 'OUTGOING', 'PERSON'),
    }),
    members: t.field({
      type: [EntityRef],
      description: 'Companies and organisations that are or were members.',
      args: relationFilterArgs(),
      resolve: related('MEMBER_OF', 'INCOMING'),
    }),
    negotiatesWith: t.field({
      type: [UnionRef],
      description: 'Unions it bargains with.',
      args: relationFilterArgs(),
      resolve: related('NEGOTIATES_WITH', 'OUTGOING', 'UNION'),
    }),
    affiliations: t.field({
      type: [EntityRef],
      args: relationFilterArgs(),
      resolve: related('AFFILIATED_WITH', 'OUTGOING'),
    }),
    mergedWith: t.field({
      type: [EntityRef],
      description: 'Organisations it merged with, in either direction of the record.',
      args: relationFilterArgs(),
      resolve: related('MERGED_WITH', 'BOTH'),
    }),
    strikes: t.field({
      type: [StrikeRef],
      description: 'Strikes called against it.',
      resolve: related('AGAINST', 'INCOMING', 'STRIKE'),
    }),
  }),
});
