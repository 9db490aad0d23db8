import { daysBetween } from '../graph/partial-date.js';
import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { EntityRef, QuantityRef, StrikeRef, UnionRef } from './refs.js';
import { related } from './relation-filter.js';

builder.node(StrikeRef, {
  ...entityNodeOptions('STRIKE'),
  description: 'A strike: who struck, against whom, and when.',
  fields: (t) => ({
    startDate: t.expose('startDate', { type: 'PartialDate', nullable: true }),
    endDate: t.expose('endDate', { type: 'PartialDate', nullable: true }),
    settlementDate: t.expose('settlementDate', {
      type: 'PartialDate',
      nullable: true,
      description: 'When a tentative agreement was reached, where a source gives it.',
    }),
    ratificationDate: t.expose('ratificationDate', {
      type: 'PartialDate',
      nullable: true,
      description: 'When the members ratified the agreement, where a source gives it.',
    }),
    participantCount: t.expose('participantCount', { type: QuantityRef, nullable: true }),
    durationDays: t.int({
      nullable: true,
      description:
        'Days from the first day to the last (2023-05-02 to 2023-09-27 is 148); null unless both dates are known to the day.',
      resolve: (strike) => (strike.startDate && strike.endDate ? daysBetween(strike.startDate, strike.endDate) : null),
    }),
    unions: t.field({
      type: [UnionRef],
      description: 'The unions that called it.',
      resolve: related('CALLED_BY', 'OUTGOING', 'UNION'),
    }),
    against: t.field({
      type: [EntityRef],
      description: 'Whom it was called against.',
      resolve: related('AGAINST', 'OUTGOING'),
    }),
  }),
});
