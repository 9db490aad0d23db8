import { EVENT_CATEGORIES } from '../graph/dataset-schema.js';
import type { EntityOfKind } from '../graph/types.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions, loadRelated } from './entity.js';
import { QuantityRef } from './quantity.js';

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
      resolve: (event, _args, context) =>
        loadRelated(context, event.slug, { types: ['PARTY_TO'], direction: 'INCOMING' }),
    }),
  }),
});
