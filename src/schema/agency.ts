import type { EntityOfKind } from '../graph/types.js';
import { builder } from './builder.js';
import { entityNodeOptions } from './entity.js';

export const AgencyRef = builder.objectRef<EntityOfKind<'AGENCY'>>('Agency');

builder.node(AgencyRef, {
  ...entityNodeOptions('AGENCY'),
  description: 'A government body, such as the National Labor Relations Board.',
  fields: (t) => ({
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    jurisdiction: t.exposeString('jurisdiction', { nullable: true }),
  }),
});
