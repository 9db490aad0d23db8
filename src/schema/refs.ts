/**
 * The leaf of the schema's imports: the refs of the types that more than one file names, every
 * enum, and the input types that fields of several files take (inputs only one file uses, such as
 * the mutations', stay there). It imports nothing of the schema but the builder, so any schema file
 * can import it and none needs another's value at import time (Pothos' guide on circular
 * references): each type file implements its ref with fields inside a `fields: (t) => …` thunk,
 * which runs only when index.ts builds the schema.
 */
import {
  ENTITY_KINDS,
  EVENT_CATEGORIES,
  QUALIFIERS,
  RELATION_TYPES,
  STUDIO_CATEGORIES,
} from '../graph/dataset-schema.js';
import type { SearchField } from '../graph/search.js';
import type { TimelineEntryKind } from '../graph/timeline.js';
import type { Citation, Entity, EntityOfKind, Relation, Source } from '../graph/types.js';
import { CHANGE_OPERATIONS } from '../store/change-log.js';
import { builder } from './builder.js';

// Entities: the interface and one object type per kind (src/schema/<kind>.ts implements each).
export const EntityRef = builder.interfaceRef<Entity>('Entity');
export const AssociationRef = builder.objectRef<EntityOfKind<'ASSOCIATION'>>('Association');
export const StudioRef = builder.objectRef<EntityOfKind<'STUDIO'>>('Studio');
export const UnionRef = builder.objectRef<EntityOfKind<'UNION'>>('Union');
export const PersonRef = builder.objectRef<EntityOfKind<'PERSON'>>('Person');
export const StrikeRef = builder.objectRef<EntityOfKind<'STRIKE'>>('Strike');
export const EventRef = builder.objectRef<EntityOfKind<'EVENT'>>('Event');
export const CompanyRef = builder.objectRef<EntityOfKind<'COMPANY'>>('Company');
export const AgencyRef = builder.objectRef<EntityOfKind<'AGENCY'>>('Agency');

export const RelationRef = builder.objectRef<Relation>('Relation');
export const SourceRef = builder.objectRef<Source>('Source');
export const CitationRef = builder.objectRef<Citation>('Citation');

export interface Quantity {
  readonly value: number;
  readonly qualifier: 'EXACT' | 'OVER' | 'ABOUT';
}
export const QuantityRef = builder.objectRef<Quantity>('Quantity');

// Enums.
export const EntityKindEnum = builder.enumType('EntityKind', { values: ENTITY_KINDS });

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'What a relation says; it reads as English from `from` to `to`: AMPTP PRESIDED_BY Nick Counter.',
  values: RELATION_TYPES,
});

export const RelationQualifierEnum = builder.enumType('RelationQualifier', {
  description: 'A qualification of a relation, e.g. INTERIM for an interim presidency.',
  values: QUALIFIERS,
});

export const CertaintyEnum = builder.enumType('Certainty', {
  description:
    'Whether a relation holds at an asked date for sure (CERTAIN: its known dates cover it) or only perhaps (POSSIBLE: an unknown start or end leaves it open, within what the graph allows).',
  values: ['CERTAIN', 'POSSIBLE'] as const,
});

export const DirectionEnum = builder.enumType('Direction', {
  description:
    'Which relations of an entity: those it is the subject of (OUTGOING), the object of (INCOMING), or both.',
  values: ['OUTGOING', 'INCOMING', 'BOTH'] as const,
});

export const StudioCategoryEnum = builder.enumType('StudioCategory', { values: STUDIO_CATEGORIES });

export const EventCategoryEnum = builder.enumType('EventCategory', { values: EVENT_CATEGORIES });

export const QuantityQualifierEnum = builder.enumType('QuantityQualifier', {
  values: ['EXACT', 'OVER', 'ABOUT'] as const satisfies readonly Quantity['qualifier'][],
});

export const TimelineEntryKindEnum = builder.enumType('TimelineEntryKind', {
  values: [
    'RELATION_BEGAN',
    'RELATION_ENDED',
    'STRIKE_BEGAN',
    'STRIKE_ENDED',
    'EVENT',
    'FOUNDED',
    'DISSOLVED',
  ] as const satisfies readonly TimelineEntryKind[],
});

export const SearchFieldEnum = builder.enumType('SearchField', {
  values: ['NAME', 'ABBREVIATION', 'ALIAS', 'FORMER_NAME'] as const satisfies readonly SearchField[],
});

export const ChangeOperationEnum = builder.enumType('ChangeOperation', {
  description: 'Which mutation made a change.',
  values: CHANGE_OPERATIONS,
});

// Input types.
export const IntervalInput = builder.inputType('IntervalInput', {
  description:
    'A span of time: from `from` to `to` (either may be left open), or the dates of an entity given in `of`, such as a strike.',
  fields: (t) => ({
    from: t.field({ type: 'PartialDate' }),
    to: t.field({ type: 'PartialDate' }),
    of: t.string({
      description: 'A slug or global ID: the span is that entity’s own dates (a strike’s start to end).',
    }),
  }),
});
