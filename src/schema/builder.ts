import SchemaBuilder from '@pothos/core';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import type { PartialDate } from '../graph/partial-date.js';
import { badUserInput } from './errors.js';

export interface Connection {
  totalCount: number;
}

/** The object types that implement Node; a global ID naming any other type is refused. */
export const NODE_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Association',
  'Studio',
  'Union',
  'Person',
  'Strike',
  'Event',
  'Company',
  'Agency',
  'Relation',
  'Source',
]);

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { PartialDate: { Input: PartialDate; Output: PartialDate } };
  // Non-null unless a field says otherwise: most values always exist.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: Connection;
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Entities and relations are frozen, so they cannot carry a type brand: types are told by isTypeOf.
    brandLoadedObjects: false,
    decodeGlobalID: (globalID) => {
      let decoded: ReturnType<typeof decodeGlobalID>;
      try {
        decoded = decodeGlobalID(globalID);
      } catch {
        throw badUserInput(`"${globalID}" is not a global ID`);
      }
      if (!NODE_TYPE_NAMES.has(decoded.typename)) {
        throw badUserInput(`"${globalID}" is not the ID of a node of this schema (unknown type "${decoded.typename}")`);
      }
      return decoded;
    },
  },
});
