/**
 * Every limit a request meets, in one place (the README's "Limits" table lists them). They keep one
 * request from taking seconds, gigabytes or the stack: each refusal is a 4xx, or a GraphQL error
 * with an `extensions.code`, in well under a second.
 *
 * The caps on list arguments (`first`, `limit`, `depth`, `maxLength`, `ids`, `involving`) sit beside
 * their fields (src/schema/pagination.ts, src/graph/traversal.ts' LIMITS, src/schema/timeline.ts);
 * the query-cost model that multiplies by them is in src/schema/builder.ts.
 */
export const REQUEST_LIMITS = {
  /** Bytes of a request body (413 above it). Set with MAX_BODY_BYTES. */
  maxBodyBytes: 1_048_576,
  /** Characters of the `query` text: bounds what the parse and validation caches hold. */
  maxQueryLength: 65_536,
  /**
   * Lexical tokens in a document (graphql-armor). Bounds the parser's work, and its recursion: a
   * list literal nests one level a token, and the parser overflows the stack near 1,900 levels.
   * GraphiQL's introspection query has 183 tokens, the largest query of the tests 120.
   */
  maxTokens: 1_000,
  /** Nesting of selections (graphql-armor; introspection is bounded by graphql-js' own rule). */
  maxDepth: 10,
  /** Aliased fields in an operation (graphql-armor). */
  maxAliases: 15,
  /** Directives in an operation (graphql-armor). */
  maxDirectives: 20,
  /** Query cost, in which lists multiply their selection by `first`/`limit` (Pothos complexity). */
  maxCost: 20_000,
  /** Nesting of objects and lists in `variables` and `extensions`, checked before anything recursive sees them. */
  maxInputDepth: 10,
  /** Values (scalars, objects, list items) in `variables` and `extensions` together. */
  maxInputValues: 10_000,
  /** Bytes of a serialised response. */
  maxResponseBytes: 4_194_304,
  /** Milliseconds an operation may execute. Set with DEADLINE_MS. */
  deadlineMs: 1_000,
  /** Entries of the response cache (least recently used go first); 0 turns it off. Set with RESPONSE_CACHE_ENTRIES. */
  responseCacheEntries: 5_000,
  /** Bytes the response cache may hold (bodies, keys, overhead). Set with RESPONSE_CACHE_BYTES. */
  responseCacheBytes: 128 * 1_048_576,
  /** Change streams (Subscription.changes over SSE) open at once. Set with MAX_CHANGE_STREAMS. */
  maxChangeStreams: 100,
} as const;
