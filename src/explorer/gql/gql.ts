/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerSearch($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      matched\n      field\n      entity { slug name kind }\n    }\n  }\n": typeof types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($slug: String!, $asOf: PartialDate, $first: Int!, $after: String) {\n    entity(slug: $slug) {\n      slug\n      name(asOf: $asOf)\n      currentName: name\n      kind\n      description\n      abbreviations\n      aliases\n      formerNames { name abbreviation since until }\n      citations { section note source { key title url publisher } }\n      ... on Association { founded dissolved }\n      ... on Agency { founded }\n      ... on Company { founded }\n      ... on Studio { founded }\n      ... on Union { founded dissolved }\n      ... on Strike { startDate endDate settlementDate ratificationDate }\n      ... on Event { date }\n      relations(asOf: $asOf, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          direction\n          other { slug name(asOf: $asOf) kind }\n          node {\n            key\n            type\n            since\n            until\n            ended\n            role\n            qualifiers\n            citations { section note source { key title url publisher } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerEntityDocument,
    "\n  query ExplorerNeighborhood($slug: String!, $asOf: PartialDate, $limit: Int!) {\n    neighborhood(of: $slug, depth: 1, limit: $limit, asOf: $asOf) {\n      truncated\n      entities { slug name(asOf: $asOf) kind }\n      relations { key type since until ended from { slug } to { slug } }\n    }\n  }\n": typeof types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerTimeline($slug: String!, $first: Int!) {\n    timeline(involving: [$slug], first: $first) {\n      date\n      title\n      kind\n      entities { slug name }\n    }\n  }\n": typeof types.ExplorerTimelineDocument,
    "\n  query ExplorerShortestPath($from: String!, $to: String!, $asOf: PartialDate, $maxLength: Int!) {\n    fromEntity: entity(slug: $from) { slug name(asOf: $asOf) kind }\n    toEntity: entity(slug: $to) { slug name(asOf: $asOf) kind }\n    shortestPath(from: $from, to: $to, asOf: $asOf, maxLength: $maxLength) { ...ExplorerPath }\n  }\n": typeof types.ExplorerShortestPathDocument,
    "\n  query ExplorerPaths($from: String!, $to: String!, $asOf: PartialDate, $first: Int!, $maxLength: Int!) {\n    paths(from: $from, to: $to, asOf: $asOf, first: $first, maxLength: $maxLength) { ...ExplorerPath }\n  }\n": typeof types.ExplorerPathsDocument,
    "\n  fragment ExplorerPath on Path {\n    length\n    steps {\n      forward\n      from { slug name kind }\n      to { slug name kind }\n      relation {\n        key\n        type\n        since\n        until\n        ended\n        role\n        qualifiers\n        citations { section note source { key title url publisher } }\n      }\n    }\n  }\n": typeof types.ExplorerPathFragmentDoc,
    "\n  query ExplorerDateRange {\n    timeline(first: 1) { date }\n  }\n": typeof types.ExplorerDateRangeDocument,
};
const documents: Documents = {
    "\n  query ExplorerSearch($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      matched\n      field\n      entity { slug name kind }\n    }\n  }\n": types.ExplorerSearchDocument,
    "\n  query ExplorerEntity($slug: String!, $asOf: PartialDate, $first: Int!, $after: String) {\n    entity(slug: $slug) {\n      slug\n      name(asOf: $asOf)\n      currentName: name\n      kind\n      description\n      abbreviations\n      aliases\n      formerNames { name abbreviation since until }\n      citations { section note source { key title url publisher } }\n      ... on Association { founded dissolved }\n      ... on Agency { founded }\n      ... on Company { founded }\n      ... on Studio { founded }\n      ... on Union { founded dissolved }\n      ... on Strike { startDate endDate settlementDate ratificationDate }\n      ... on Event { date }\n      relations(asOf: $asOf, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          direction\n          other { slug name(asOf: $asOf) kind }\n          node {\n            key\n            type\n            since\n            until\n            ended\n            role\n            qualifiers\n            citations { section note source { key title url publisher } }\n          }\n        }\n      }\n    }\n  }\n": types.ExplorerEntityDocument,
    "\n  query ExplorerNeighborhood($slug: String!, $asOf: PartialDate, $limit: Int!) {\n    neighborhood(of: $slug, depth: 1, limit: $limit, asOf: $asOf) {\n      truncated\n      entities { slug name(asOf: $asOf) kind }\n      relations { key type since until ended from { slug } to { slug } }\n    }\n  }\n": types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerTimeline($slug: String!, $first: Int!) {\n    timeline(involving: [$slug], first: $first) {\n      date\n      title\n      kind\n      entities { slug name }\n    }\n  }\n": types.ExplorerTimelineDocument,
    "\n  query ExplorerShortestPath($from: String!, $to: String!, $asOf: PartialDate, $maxLength: Int!) {\n    fromEntity: entity(slug: $from) { slug name(asOf: $asOf) kind }\n    toEntity: entity(slug: $to) { slug name(asOf: $asOf) kind }\n    shortestPath(from: $from, to: $to, asOf: $asOf, maxLength: $maxLength) { ...ExplorerPath }\n  }\n": types.ExplorerShortestPathDocument,
    "\n  query ExplorerPaths($from: String!, $to: String!, $asOf: PartialDate, $first: Int!, $maxLength: Int!) {\n    paths(from: $from, to: $to, asOf: $asOf, first: $first, maxLength: $maxLength) { ...ExplorerPath }\n  }\n": types.ExplorerPathsDocument,
    "\n  fragment ExplorerPath on Path {\n    length\n    steps {\n      forward\n      from { slug name kind }\n      to { slug name kind }\n      relation {\n        key\n        type\n        since\n        until\n        ended\n        role\n        qualifiers\n        citations { section note source { key title url publisher } }\n      }\n    }\n  }\n": types.ExplorerPathFragmentDoc,
    "\n  query ExplorerDateRange {\n    timeline(first: 1) { date }\n  }\n": types.ExplorerDateRangeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSearch($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      score\n      matched\n      field\n      entity { slug name kind }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerEntity($slug: String!, $asOf: PartialDate, $first: Int!, $after: String) {\n    entity(slug: $slug) {\n      slug\n      name(asOf: $asOf)\n      currentName: name\n      kind\n      description\n      abbreviations\n      aliases\n      formerNames { name abbreviation since until }\n      citations { section note source { key title url publisher } }\n      ... on Association { founded dissolved }\n      ... on Agency { founded }\n      ... on Company { founded }\n      ... on Studio { founded }\n      ... on Union { founded dissolved }\n      ... on Strike { startDate endDate settlementDate ratificationDate }\n      ... on Event { date }\n      relations(asOf: $asOf, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges {\n          direction\n          other { slug name(asOf: $asOf) kind }\n          node {\n            key\n            type\n            since\n            until\n            ended\n            role\n            qualifiers\n            citations { section note source { key title url publisher } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighborhood($slug: String!, $asOf: PartialDate, $limit: Int!) {\n    neighborhood(of: $slug, depth: 1, limit: $limit, asOf: $asOf) {\n      truncated\n      entities { slug name(asOf: $asOf) kind }\n      relations { key type since until ended from { slug } to { slug } }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerTimeline($slug: String!, $first: Int!) {\n    timeline(involving: [$slug], first: $first) {\n      date\n      title\n      kind\n      entities { slug name }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerShortestPath($from: String!, $to: String!, $asOf: PartialDate, $maxLength: Int!) {\n    fromEntity: entity(slug: $from) { slug name(asOf: $asOf) kind }\n    toEntity: entity(slug: $to) { slug name(asOf: $asOf) kind }\n    shortestPath(from: $from, to: $to, asOf: $asOf, maxLength: $maxLength) { ...ExplorerPath }\n  }\n"): typeof import('./graphql.js').ExplorerShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPaths($from: String!, $to: String!, $asOf: PartialDate, $first: Int!, $maxLength: Int!) {\n    paths(from: $from, to: $to, asOf: $asOf, first: $first, maxLength: $maxLength) { ...ExplorerPath }\n  }\n"): typeof import('./graphql.js').ExplorerPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerPath on Path {\n    length\n    steps {\n      forward\n      from { slug name kind }\n      to { slug name kind }\n      relation {\n        key\n        type\n        since\n        until\n        ended\n        role\n        qualifiers\n        citations { section note source { key title url publisher } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExplorerPathFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerDateRange {\n    timeline(first: 1) { date }\n  }\n"): typeof import('./graphql.js').ExplorerDateRangeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
