import { EVENT_CATEGORIES } from '../graph/dataset-schema.js';
import type { EntityOfKind } from '../graph/types.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions } from './entity.js';
import { QuantityRef } from './quantity.js';
import { related } from './relation-filter.js';

export const EventRef = builder.objectRef<EntityOfKind<'EVENT'>>('Event');

builder.node(EventRef, {
  ...entityNodeOptions('EVENT'),
  description: 'A dated happening other than a strike: a petition, a recognition request, an election filing, …',
  fields: (t) => ({
    category: t.expose('category', { type: builder.enumType('EventCategory', { values: EVENT_CATEGORIES }) }),
    date: t.expose('date', { type: 'PartialDate' }),
    participantCount: t.expose('participantCount', { type: QuantityRef, nullable: true }),
    participants: t.field({
      type: [EntityRef],
      description: 'Who took part (their role is on the PARTY_TO relation).',
      resolve: related('PARTY_TO', 'INCOMING'),
    }),
  }),
});
