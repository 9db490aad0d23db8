import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context } from '../context.js';
import { badUserInput, codedError, ErrorCode, tooComplex } from '../errors.js';
import type { PartialDate } from '../graph/partial-date.js';
import { PAGE_SIZE, REQUEST_LIMITS } from '../limits.js';
import { fieldComplexity } from './complexity.js';
import { NODE_TYPE_NAMES } from './type-names.js';

export interface Connection {
  totalCount: number;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  // Non-null unless a field says otherwise: most values always exist.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: Connection;
  Scalars: { PartialDate: { Input: PartialDate; Output: PartialDate }; DateTime: { Input: string; Output: string } };
  AuthScopes: { curator: boolean };
}>({
  // scope-auth first: plugin hooks run in reverse order. Directives and Federation serve only
  // the subgraph schema (src/schema/federation.ts); the plain schema prints the same without them.
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, DirectivePlugin, FederationPlugin],
  scopeAuth: {
    // A curator is a request whose bearer token names an actor (src/http/write-tokens.ts).
    authScopes: (context) => ({ curator: context.actor !== null }),
    unauthorizedError: (_parent, context) =>
      codedError(
        ErrorCode.UNAUTHENTICATED,
        context.living === null
          ? 'This server is read-only: it serves a dataset with no store to write to.'
          : !context.writesEnabled
            ? 'This server is read-only: no write tokens are configured (set WRITE_TOKENS).'
            : 'Writing needs a valid token: send Authorization: Bearer TOKEN.',
      ),
  },
  defaultFieldNullability: false,
  // The query cost (src/schema/complexity.ts), checked before any root field resolves; the
  // document's shape is limited before that (src/http/query-limits.ts).
  complexity: {
    fieldComplexity,
    // None for an operation already found within it before executing (OperationCost).
    limit: (context) => (context.costChecked ? {} : { complexity: REQUEST_LIMITS.maxCost }),
    complexityError: (_kind, { complexity, maxComplexity }) =>
      tooComplex(complexity, maxComplexity ?? REQUEST_LIMITS.maxCost),
  },
  relay: {
    // The connection field multiplies by `first`; its edges must not multiply again.
    edgesFieldOptions: { nullable: false, complexity: { field: 1, multiplier: 1 } },
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
    nodesQueryOptions: {
      resolve: (_root, { ids }, _context, _info, resolveNodes) => {
        if (ids.length > PAGE_SIZE.max) throw badUserInput(`ids: at most ${PAGE_SIZE.max}, got ${ids.length}`);
        return resolveNodes(ids);
      },
    },
  },
});
