import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { CompanyRef, EntityRef } from './refs.js';
import { related, relationFilterArgs } from './relation-filter.js';

builder.node(CompanyRef, {
  ...entityNodeOptions('COMPANY'),
  description: 'A parent company or conglomerate that owns studios, networks or streaming services.',
  fields: (t) => ({
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    headquarters: t.exposeString('headquarters', { nullable: true }),
    subsidiaries: t.field({
      type: [EntityRef],
      description: 'Studios, networks and services it owns or owned.',
      args: relationFilterArgs(),
      resolve: related('SUBSIDIARY_OF', 'INCOMING'),
    }),
  }),
});
