import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { EntityRef, EventCategoryEnum, EventRef, QuantityRef } from './refs.js';
import { related } from './relation-filter.js';

builder.node(EventRef, {
  ...entityNodeOptions('EVENT'),
  description: 'A dated happening other than a strike: a petition, a recognition request, an election filing, …',
  fields: (t) => ({
    category: t.expose('category', { type: EventCategoryEnum }),
    date: t.expose('date', { type: 'PartialDate' }),
    participantCount: t.expose('participantCount', { type: QuantityRef, nullable: true }),
    participants: t.field({
      type: [EntityRef],
      description: 'Who took part (their role is on the PARTY_TO relation).',
      resolve: related('PARTY_TO', 'INCOMING'),
    }),
  }),
});
