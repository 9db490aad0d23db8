import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { AssociationRef, EntityRef, StudioCategoryEnum, StudioRef } from './refs.js';
import { related, relationFilterArgs } from './relation-filter.js';

builder.node(StudioRef, {
  ...entityNodeOptions('STUDIO'),
  description: 'A producer of film or television: a film studio, a broadcast or cable network, a streaming service.',
  fields: (t) => ({
    category: t.expose('category', { type: StudioCategoryEnum }),
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    memberships: t.field({
      type: [AssociationRef],
      description: 'Associations it is or was a member of.',
      args: relationFilterArgs(),
      resolve: related('MEMBER_OF', 'OUTGOING', 'ASSOCIATION'),
    }),
    parents: t.field({
      type: [EntityRef],
      description: 'The companies that own or owned it.',
      args: relationFilterArgs(),
      resolve: related('SUBSIDIARY_OF', 'OUTGOING'),
    }),
  }),
});
