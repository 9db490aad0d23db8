import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { AgencyRef } from './refs.js';

builder.node(AgencyRef, {
  ...entityNodeOptions('AGENCY'),
  description: 'A government body, such as the National Labor Relations Board.',
  fields: (t) => ({
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    jurisdiction: t.exposeString('jurisdiction', { nullable: true }),
  }),
});
