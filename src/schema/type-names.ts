/** The GraphQL type names that global IDs carry; plain data, so the builder can read it too. */
import type { EntityKind } from '../graph/dataset-schema.js';

/** The GraphQL object type of each entity kind. */
export const TYPE_NAME_OF_KIND = {
  ASSOCIATION: 'Association',
  STUDIO: 'Studio',
  UNION: 'Union',
  PERSON: 'Person',
  STRIKE: 'Strike',
  EVENT: 'Event',
  COMPANY: 'Company',
  AGENCY: 'Agency',
} as const satisfies Record<EntityKind, string>;

export const ENTITY_TYPE_NAMES: ReadonlySet<string> = new Set(Object.values(TYPE_NAME_OF_KIND));

/** The object types that implement Node; a global ID naming any other type is refused. */
export const NODE_TYPE_NAMES: ReadonlySet<string> = new Set([...ENTITY_TYPE_NAMES, 'Relation', 'Source']);
