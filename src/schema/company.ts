import type { EntityOfKind } from '../graph/types.js';
import { builder } from './builder.js';
import { EntityRef, entityNodeOptions } from './entity.js';
import { related, relationFilterArgs } from './relation-filter.js';

export const CompanyRef = builder.objectRef<EntityOfKind<'COMPANY'>>('Company');

builder.node(CompanyRef, {
  ...entityNodeOptions('COMPANY'),
  description: 'A parent company or conglomerate that owns studios, networks or streaming services.',
  fields: (t) => ({
    founded: t.expose('founded', { type: 'PartialDate', nullable: true }),
    headquarters: t.exposeString('headquarters', { nullable: true }),
    subsidiaries: t.field({
      type: [EntityRef],
      description: 'Studios, networks and services it owns or owned.',
      args: relationFilterArgs,
      resolve: related('SUBSIDIARY_OF', 'INCOMING'),
    }),
  }),
});
