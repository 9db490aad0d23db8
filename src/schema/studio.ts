import { STUDIO_CATEGORIES } from '../graph/dataset-schema.js';
import type { EntityOfKind } from '../graph/types.js';
import { AssociationRef } from './association.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions } from './entity.js';
import { related, relationFilterArgs } from './relation-filter.js';

export const StudioRef = builder.objectRef<EntityOfKind<'STUDIO'>>('Studio');

builder.node(StudioRef, {
  ...entityNodeOptions('STUDIO'),
  description: 'A producer of film or television: a film studio, a broadcast or cable network, a streaming service.',
  fields: (t) => ({
    category: t.expose('category', { type: builder.enumType('StudioCategory', { values: STUDIO_CATEGORIES }) }),
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    memberships: t.field({
      type: [AssociationRef],
      description: 'Associations it is or was a member of.',
      args: relationFilterArgs,
      resolve: related('MEMBER_OF', 'OUTGOING', 'ASSOCIATION'),
    }),
    parents: t.field({
      type: [EntityRef],
      description: 'The companies that own or owned it.',
      args: relationFilterArgs,
      resolve: related('SUBSIDIARY_OF', 'OUTGOING'),
    }),
  }),
});
