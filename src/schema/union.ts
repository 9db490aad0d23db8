import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { AssociationRef, EntityRef, StrikeRef, UnionRef } from './refs.js';
import { related, relationFilterArgs } from './relation-filter.js';

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
      resolve: related('CALLED_BY', 'INCOMING', 'STRIKE'),
    }),
    negotiatesWith: t.field({
      type: [AssociationRef],
      description: 'Employer associations that bargain with it.',
      args: relationFilterArgs(),
      resolve: related('NEGOTIATES_WITH', 'INCOMING', 'ASSOCIATION'),
    }),
    mergedInto: t.field({
      type: [EntityRef],
      description: 'The organisation it merged into, if it did.',
      resolve: related('MERGED_INTO', 'OUTGOING'),
    }),
    predecessors: t.field({
      type: [EntityRef],
      description: 'Organisations that merged into it.',
      resolve: related('MERGED_INTO', 'INCOMING'),
    }),
    partOf: t.field({
      type: [EntityRef],
      description: 'The organisation it is a unit of.',
      resolve: related('PART_OF', 'OUTGOING'),
    }),
  }),
});
