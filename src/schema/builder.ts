import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import type { PartialDate } from '../graph/partial-date.js';

export interface Connection {
  totalCount: number;
}

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
  },
});
