import type { RelationView } from '../graph/knowledge-graph.js';
import { loadEntity, loadRelations } from '../loaders/load.js';
import { builder } from './builder.js';
import { entityNodeOptions } from './entity-node.js';
import { EntityRef, PersonRef, RelationQualifierEnum, RelationRef, RelationTypeEnum } from './refs.js';
import { relationFilter, relationFilterArgs } from './relation-filter.js';

const RoleRef = builder.objectRef<RelationView>('Role');

RoleRef.implement({
  description: 'A position or part a person held, with whom and when: one of their relations, seen from them.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (view) => view.relation.type }),
    title: t.string({ nullable: true, description: 'e.g. "President".', resolve: (view) => view.relation.role }),
    entity: t.field({
      type: EntityRef,
      description: 'The organisation (or person) the role is held with.',
      resolve: (view, _args, context) => loadEntity(context, view.other),
    }),
    since: t.field({ type: 'PartialDate', nullable: true, resolve: (view) => view.relation.since }),
    until: t.field({ type: 'PartialDate', nullable: true, resolve: (view) => view.relation.until }),
    ended: t.boolean({ resolve: (view) => view.relation.ended }),
    qualifiers: t.field({ type: [RelationQualifierEnum], resolve: (view) => view.relation.qualifiers }),
    relation: t.field({ type: RelationRef, resolve: (view) => view.relation }),
  }),
});

builder.node(PersonRef, {
  ...entityNodeOptions('PERSON'),
  description: 'A person: an executive, a president, a spokesperson.',
  fields: (t) => ({
    born: t.expose('born', { type: 'PartialDate', nullable: true, description: 'Where a source gives it.' }),
    died: t.expose('died', {
      type: 'PartialDate',
      nullable: true,
      description: 'Where a source gives it; no relation of the person holds after it.',
    }),
    roles: t.field({
      type: [RoleRef],
      description: 'Every relation of the person, as roles held with others.',
      args: relationFilterArgs(),
      resolve: (person, args, context) =>
        loadRelations(context, person.slug, { direction: 'BOTH', ...relationFilter(context, args) }),
    }),
  }),
});
