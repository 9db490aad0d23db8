/**
 * Every limit a request meets, in one place (the README's "Limits" table lists them). They keep one
 * request from taking seconds, gigabytes or the stack: each refusal is a 4xx, or a GraphQL error
 * with an `extensions.code`, in well under a second.
 *
 * The caps and defaults of list arguments (`first`, `limit`, `depth`, `maxLength`, `ids`,
 * `involving`, `sources`) are below too: the schema states and checks them, the graph module
 * clamps to them. The query-cost model that multiplies by them is in src/schema/complexity.ts.
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

/** Relay connections (`first`/`last`), and the `ids` of `nodes`. */
export const PAGE_SIZE = {
  /** Items of a connection given neither `first` nor `last`. */
  default: 20,
  max: 100,
} as const;

/**
 * Traversals (`shortestPath`, `paths`, `neighborhood`): the schema refuses arguments past these
 * caps, and the graph module clamps to them whatever a caller asks.
 */
export const TRAVERSAL_LIMITS = {
  /** Steps of a path. */
  maxLength: 6,
  /** Paths `paths` returns. */
  maxPaths: 50,
  /** Steps from the center of a neighbourhood. */
  maxDepth: 3,
  /** Entities of a neighbourhood. */
  maxNeighborhood: 500,
  /** Entities (or partial paths) a single traversal may visit before it stops and reports truncation. */
  maxVisited: 100_000,
} as const;

/** What a traversal argument left out means. */
export const TRAVERSAL_DEFAULTS = {
  /** `maxLength` of `shortestPath` and `paths` in the API (the graph module's own default is the cap). */
  maxLength: 4,
  /** `first` of `paths`. */
  paths: 10,
  /** `depth` of `neighborhood`. */
  depth: 1,
  /** `limit` of `neighborhood`. */
  neighborhood: 50,
} as const;

/** `timeline`. */
export const TIMELINE_LIMITS = {
  defaultFirst: 100,
  maxFirst: 500,
  /** Entities in `involving`. */
  maxInvolving: 100,
} as const;

/** `search`. */
export const SEARCH_LIMITS = {
  defaultFirst: 10,
  maxFirst: 100,
  /** Characters of the text: names are short, and a long text would only make the per-word typo scan slow. */
  maxTextLength: 200,
} as const;

/** The `sources` argument of relation filters, traversals, `entities` and `timeline`. */
export const MAX_SOURCES = 50;
