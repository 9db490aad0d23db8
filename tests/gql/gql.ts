/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n    query EntityBySlug($slug: String!) {\n      entity(slug: $slug) {\n        __typename\n        id\n        slug\n        name\n        kind\n        abbreviations\n        aliases\n        description\n        formerNames { name abbreviation since until }\n        citations { section note source { key title url publisher } }\n      }\n    }\n  ": typeof types.EntityBySlugDocument,
    "\n      query NamesOverTime {\n        entity(slug: \"amptp\") {\n          name\n          in1930: name(asOf: \"1930\")\n          in1970: name(asOf: \"1970-06\")\n          in1964: name(asOf: \"1964\")\n          in2000: name(asOf: \"2000\")\n        }\n      }\n    ": typeof types.NamesOverTimeDocument,
    "\n    query NodeById($id: ID!) {\n      node(id: $id) {\n        __typename\n        id\n        ... on Entity { slug name }\n        ... on Relation { key type from { slug } to { slug } }\n        ... on Source { key title }\n      }\n    }\n  ": typeof types.NodeByIdDocument,
    "\n    query NodesByIds($ids: [ID!]!) {\n      nodes(ids: $ids) { __typename id ... on Entity { slug } }\n    }\n  ": typeof types.NodesByIdsDocument,
    "\n    query Entities($kinds: [EntityKind!], $first: Int, $after: String) {\n      entities(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { slug name kind } }\n      }\n    }\n  ": typeof types.EntitiesDocument,
    "\n    query EntityPages($kinds: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {\n      entities(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug } }\n      }\n    }\n  ": typeof types.EntityPagesDocument,
    "\n    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n      search(text: $text, kinds: $kinds, first: $first) { score matched field entity { slug } }\n    }\n  ": typeof types.SearchDocument,
    "\n    query Relations(\n      $slug: String!\n      $direction: Direction\n      $types: [RelationType!]\n      $asOf: PartialDate\n      $current: Boolean\n      $first: Int\n      $after: String\n    ) {\n      entity(slug: $slug) {\n        relations(direction: $direction, types: $types, asOf: $asOf, current: $current, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            direction\n            other { slug }\n            node { id key type since until ended role qualifiers from { slug } to { slug } citations { section source { key } } }\n          }\n        }\n      }\n    }\n  ": typeof types.RelationsDocument,
    "\n    query AssociationFields($asOf: PartialDate) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          founded\n          headquarters\n          memberCount { value qualifier text }\n          agreementCount { text }\n          presidents(asOf: $asOf) { name }\n          current: presidents(current: true) { name }\n          spokespersons { name }\n          members { slug }\n          negotiatesWith { slug }\n          affiliations { slug }\n          mergedWith { slug }\n          strikes { slug }\n        }\n      }\n    }\n  ": typeof types.AssociationFieldsDocument,
    "\n    query StrikeFields($slug: String!) {\n      entity(slug: $slug) {\n        ... on Strike { startDate endDate durationDays unions { slug } against { slug } }\n      }\n    }\n  ": typeof types.StrikeFieldsDocument,
    "\n    query OtherKinds {\n      union: entity(slug: \"writers-guild-of-america-west\") {\n        ... on Union { abbreviations strikes { slug } negotiatesWith { slug } }\n      }\n      guild: entity(slug: \"post-production-guild\") {\n        ... on Union { partOf { slug } }\n      }\n      studio: entity(slug: \"netflix\") {\n        ... on Studio { category memberships { slug } }\n      }\n      person: entity(slug: \"carol-lombardini\") {\n        ... on Person { roles { type title since until ended qualifiers entity { slug } relation { key } } }\n      }\n      event: entity(slug: \"ppg-election-filing-2022\") {\n        ... on Event { category date participants { slug } }\n      }\n    }\n  ": typeof types.OtherKindsDocument,
    "\n    query Sources { sources { key title url publisher } }\n  ": typeof types.SourcesDocument,
    "\n    query Nested($first: Int!) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } }\n          }\n        }\n      }\n    }\n  ": typeof types.NestedDocument,
    "\n    query SourceFacts($key: String!) {\n      source(key: $key) {\n        id\n        key\n        title\n        entities(first: 100) { totalCount edges { node { slug citations { source { key } } } } }\n        relations(first: 100) { totalCount edges { node { key citations { source { key } } } } }\n      }\n    }\n  ": typeof types.SourceFactsDocument,
    "\n    query CitedRelations($sources: [String!]) {\n      entity(slug: \"amptp\") {\n        relations(sources: $sources, first: 100) { edges { node { key citations { source { key } } } } }\n        ... on Association { presidents(sources: $sources) { slug } }\n      }\n    }\n  ": typeof types.CitedRelationsDocument,
    "\n    query CitedTraversal($sources: [String!]) {\n      shortestPath(from: \"jack-valenti\", to: \"amptp\", sources: $sources) { length }\n      timeline(sources: $sources, first: 500) { date citations { source { key } } }\n      entities(sources: $sources, first: 100) { totalCount }\n    }\n  ": typeof types.CitedTraversalDocument,
    "\n  query AmptpAsOf($asOf: PartialDate!, $certainOnly: Boolean) {\n    entity(slug: \"amptp\") {\n      ... on Association {\n        presidents(asOf: $asOf, certainOnly: $certainOnly) { name }\n        members(asOf: $asOf, certainOnly: $certainOnly) { name }\n      }\n    }\n  }\n": typeof types.AmptpAsOfDocument,
    "\n    query Memberships($asOf: PartialDate!) {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, asOf: $asOf, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  ": typeof types.MembershipsDocument,
    "\n    query MembershipsUndated {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  ": typeof types.MembershipsUndatedDocument,
    "\n    query RelationCertainty($id: ID!, $asOf: PartialDate!) {\n      node(id: $id) { ... on Relation { key certainty(asOf: $asOf) } }\n    }\n  ": typeof types.RelationCertaintyDocument,
    "\n    query Around($asOf: PartialDate, $certainOnly: Boolean) {\n      neighborhood(of: \"amptp\", depth: 1, types: [MEMBER_OF], asOf: $asOf, certainOnly: $certainOnly) {\n        entities { slug }\n      }\n    }\n  ": typeof types.AroundDocument,
    "\n  query ShortestPath($from: String!, $to: String!, $types: [RelationType!], $asOf: PartialDate, $maxLength: Int) {\n    shortestPath(from: $from, to: $to, types: $types, asOf: $asOf, maxLength: $maxLength) {\n      length\n      entities { slug }\n      steps { forward from { slug } to { slug } relation { key type } }\n    }\n  }\n": typeof types.ShortestPathDocument,
    "\n    query PresidentsAsOf($asOf: PartialDate, $during: IntervalInput) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          presidents(asOf: $asOf, during: $during) { slug }\n        }\n      }\n    }\n  ": typeof types.PresidentsAsOfDocument,
    "\n      query AmptpStrikes { entity(slug: \"amptp\") { ... on Association { strikes { slug } } } }\n    ": typeof types.AmptpStrikesDocument,
    "\n      query MembersAsOf($asOf: PartialDate) {\n        entity(slug: \"amptp\") { ... on Association { members(asOf: $asOf) { slug } } }\n      }\n    ": typeof types.MembersAsOfDocument,
    "\n      query Timeline($from: PartialDate, $to: PartialDate, $involving: [String!], $first: Int) {\n        timeline(from: $from, to: $to, involving: $involving, first: $first) {\n          date\n          title\n          kind\n          entities { slug }\n          relation { key }\n          citations { source { key } }\n        }\n      }\n    ": typeof types.TimelineDocument,
    "\n    query Paths($from: String!, $to: String!, $types: [RelationType!], $maxLength: Int, $first: Int) {\n      paths(from: $from, to: $to, types: $types, maxLength: $maxLength, first: $first) {\n        length\n        entities { slug }\n      }\n    }\n  ": typeof types.PathsDocument,
    "\n    query Neighborhood($of: String!, $depth: Int, $limit: Int, $types: [RelationType!]) {\n      neighborhood(of: $of, depth: $depth, limit: $limit, types: $types) {\n        center { slug }\n        truncated\n        entities { slug }\n        relations { key from { slug } to { slug } }\n      }\n    }\n  ": typeof types.NeighborhoodDocument,
};
const documents: Documents = {
    "\n    query EntityBySlug($slug: String!) {\n      entity(slug: $slug) {\n        __typename\n        id\n        slug\n        name\n        kind\n        abbreviations\n        aliases\n        description\n        formerNames { name abbreviation since until }\n        citations { section note source { key title url publisher } }\n      }\n    }\n  ": types.EntityBySlugDocument,
    "\n      query NamesOverTime {\n        entity(slug: \"amptp\") {\n          name\n          in1930: name(asOf: \"1930\")\n          in1970: name(asOf: \"1970-06\")\n          in1964: name(asOf: \"1964\")\n          in2000: name(asOf: \"2000\")\n        }\n      }\n    ": types.NamesOverTimeDocument,
    "\n    query NodeById($id: ID!) {\n      node(id: $id) {\n        __typename\n        id\n        ... on Entity { slug name }\n        ... on Relation { key type from { slug } to { slug } }\n        ... on Source { key title }\n      }\n    }\n  ": types.NodeByIdDocument,
    "\n    query NodesByIds($ids: [ID!]!) {\n      nodes(ids: $ids) { __typename id ... on Entity { slug } }\n    }\n  ": types.NodesByIdsDocument,
    "\n    query Entities($kinds: [EntityKind!], $first: Int, $after: String) {\n      entities(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { slug name kind } }\n      }\n    }\n  ": types.EntitiesDocument,
    "\n    query EntityPages($kinds: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {\n      entities(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug } }\n      }\n    }\n  ": types.EntityPagesDocument,
    "\n    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n      search(text: $text, kinds: $kinds, first: $first) { score matched field entity { slug } }\n    }\n  ": types.SearchDocument,
    "\n    query Relations(\n      $slug: String!\n      $direction: Direction\n      $types: [RelationType!]\n      $asOf: PartialDate\n      $current: Boolean\n      $first: Int\n      $after: String\n    ) {\n      entity(slug: $slug) {\n        relations(direction: $direction, types: $types, asOf: $asOf, current: $current, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            direction\n            other { slug }\n            node { id key type since until ended role qualifiers from { slug } to { slug } citations { section source { key } } }\n          }\n        }\n      }\n    }\n  ": types.RelationsDocument,
    "\n    query AssociationFields($asOf: PartialDate) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          founded\n          headquarters\n          memberCount { value qualifier text }\n          agreementCount { text }\n          presidents(asOf: $asOf) { name }\n          current: presidents(current: true) { name }\n          spokespersons { name }\n          members { slug }\n          negotiatesWith { slug }\n          affiliations { slug }\n          mergedWith { slug }\n          strikes { slug }\n        }\n      }\n    }\n  ": types.AssociationFieldsDocument,
    "\n    query StrikeFields($slug: String!) {\n      entity(slug: $slug) {\n        ... on Strike { startDate endDate durationDays unions { slug } against { slug } }\n      }\n    }\n  ": types.StrikeFieldsDocument,
    "\n    query OtherKinds {\n      union: entity(slug: \"writers-guild-of-america-west\") {\n        ... on Union { abbreviations strikes { slug } negotiatesWith { slug } }\n      }\n      guild: entity(slug: \"post-production-guild\") {\n        ... on Union { partOf { slug } }\n      }\n      studio: entity(slug: \"netflix\") {\n        ... on Studio { category memberships { slug } }\n      }\n      person: entity(slug: \"carol-lombardini\") {\n        ... on Person { roles { type title since until ended qualifiers entity { slug } relation { key } } }\n      }\n      event: entity(slug: \"ppg-election-filing-2022\") {\n        ... on Event { category date participants { slug } }\n      }\n    }\n  ": types.OtherKindsDocument,
    "\n    query Sources { sources { key title url publisher } }\n  ": types.SourcesDocument,
    "\n    query Nested($first: Int!) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } }\n          }\n        }\n      }\n    }\n  ": types.NestedDocument,
    "\n    query SourceFacts($key: String!) {\n      source(key: $key) {\n        id\n        key\n        title\n        entities(first: 100) { totalCount edges { node { slug citations { source { key } } } } }\n        relations(first: 100) { totalCount edges { node { key citations { source { key } } } } }\n      }\n    }\n  ": types.SourceFactsDocument,
    "\n    query CitedRelations($sources: [String!]) {\n      entity(slug: \"amptp\") {\n        relations(sources: $sources, first: 100) { edges { node { key citations { source { key } } } } }\n        ... on Association { presidents(sources: $sources) { slug } }\n      }\n    }\n  ": types.CitedRelationsDocument,
    "\n    query CitedTraversal($sources: [String!]) {\n      shortestPath(from: \"jack-valenti\", to: \"amptp\", sources: $sources) { length }\n      timeline(sources: $sources, first: 500) { date citations { source { key } } }\n      entities(sources: $sources, first: 100) { totalCount }\n    }\n  ": types.CitedTraversalDocument,
    "\n  query AmptpAsOf($asOf: PartialDate!, $certainOnly: Boolean) {\n    entity(slug: \"amptp\") {\n      ... on Association {\n        presidents(asOf: $asOf, certainOnly: $certainOnly) { name }\n        members(asOf: $asOf, certainOnly: $certainOnly) { name }\n      }\n    }\n  }\n": types.AmptpAsOfDocument,
    "\n    query Memberships($asOf: PartialDate!) {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, asOf: $asOf, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  ": types.MembershipsDocument,
    "\n    query MembershipsUndated {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  ": types.MembershipsUndatedDocument,
    "\n    query RelationCertainty($id: ID!, $asOf: PartialDate!) {\n      node(id: $id) { ... on Relation { key certainty(asOf: $asOf) } }\n    }\n  ": types.RelationCertaintyDocument,
    "\n    query Around($asOf: PartialDate, $certainOnly: Boolean) {\n      neighborhood(of: \"amptp\", depth: 1, types: [MEMBER_OF], asOf: $asOf, certainOnly: $certainOnly) {\n        entities { slug }\n      }\n    }\n  ": types.AroundDocument,
    "\n  query ShortestPath($from: String!, $to: String!, $types: [RelationType!], $asOf: PartialDate, $maxLength: Int) {\n    shortestPath(from: $from, to: $to, types: $types, asOf: $asOf, maxLength: $maxLength) {\n      length\n      entities { slug }\n      steps { forward from { slug } to { slug } relation { key type } }\n    }\n  }\n": types.ShortestPathDocument,
    "\n    query PresidentsAsOf($asOf: PartialDate, $during: IntervalInput) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          presidents(asOf: $asOf, during: $during) { slug }\n        }\n      }\n    }\n  ": types.PresidentsAsOfDocument,
    "\n      query AmptpStrikes { entity(slug: \"amptp\") { ... on Association { strikes { slug } } } }\n    ": types.AmptpStrikesDocument,
    "\n      query MembersAsOf($asOf: PartialDate) {\n        entity(slug: \"amptp\") { ... on Association { members(asOf: $asOf) { slug } } }\n      }\n    ": types.MembersAsOfDocument,
    "\n      query Timeline($from: PartialDate, $to: PartialDate, $involving: [String!], $first: Int) {\n        timeline(from: $from, to: $to, involving: $involving, first: $first) {\n          date\n          title\n          kind\n          entities { slug }\n          relation { key }\n          citations { source { key } }\n        }\n      }\n    ": types.TimelineDocument,
    "\n    query Paths($from: String!, $to: String!, $types: [RelationType!], $maxLength: Int, $first: Int) {\n      paths(from: $from, to: $to, types: $types, maxLength: $maxLength, first: $first) {\n        length\n        entities { slug }\n      }\n    }\n  ": types.PathsDocument,
    "\n    query Neighborhood($of: String!, $depth: Int, $limit: Int, $types: [RelationType!]) {\n      neighborhood(of: $of, depth: $depth, limit: $limit, types: $types) {\n        center { slug }\n        truncated\n        entities { slug }\n        relations { key from { slug } to { slug } }\n      }\n    }\n  ": types.NeighborhoodDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EntityBySlug($slug: String!) {\n      entity(slug: $slug) {\n        __typename\n        id\n        slug\n        name\n        kind\n        abbreviations\n        aliases\n        description\n        formerNames { name abbreviation since until }\n        citations { section note source { key title url publisher } }\n      }\n    }\n  "): (typeof documents)["\n    query EntityBySlug($slug: String!) {\n      entity(slug: $slug) {\n        __typename\n        id\n        slug\n        name\n        kind\n        abbreviations\n        aliases\n        description\n        formerNames { name abbreviation since until }\n        citations { section note source { key title url publisher } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query NamesOverTime {\n        entity(slug: \"amptp\") {\n          name\n          in1930: name(asOf: \"1930\")\n          in1970: name(asOf: \"1970-06\")\n          in1964: name(asOf: \"1964\")\n          in2000: name(asOf: \"2000\")\n        }\n      }\n    "): (typeof documents)["\n      query NamesOverTime {\n        entity(slug: \"amptp\") {\n          name\n          in1930: name(asOf: \"1930\")\n          in1970: name(asOf: \"1970-06\")\n          in1964: name(asOf: \"1964\")\n          in2000: name(asOf: \"2000\")\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NodeById($id: ID!) {\n      node(id: $id) {\n        __typename\n        id\n        ... on Entity { slug name }\n        ... on Relation { key type from { slug } to { slug } }\n        ... on Source { key title }\n      }\n    }\n  "): (typeof documents)["\n    query NodeById($id: ID!) {\n      node(id: $id) {\n        __typename\n        id\n        ... on Entity { slug name }\n        ... on Relation { key type from { slug } to { slug } }\n        ... on Source { key title }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NodesByIds($ids: [ID!]!) {\n      nodes(ids: $ids) { __typename id ... on Entity { slug } }\n    }\n  "): (typeof documents)["\n    query NodesByIds($ids: [ID!]!) {\n      nodes(ids: $ids) { __typename id ... on Entity { slug } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Entities($kinds: [EntityKind!], $first: Int, $after: String) {\n      entities(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { slug name kind } }\n      }\n    }\n  "): (typeof documents)["\n    query Entities($kinds: [EntityKind!], $first: Int, $after: String) {\n      entities(kinds: $kinds, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { slug name kind } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EntityPages($kinds: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {\n      entities(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug } }\n      }\n    }\n  "): (typeof documents)["\n    query EntityPages($kinds: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {\n      entities(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { slug } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n      search(text: $text, kinds: $kinds, first: $first) { score matched field entity { slug } }\n    }\n  "): (typeof documents)["\n    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n      search(text: $text, kinds: $kinds, first: $first) { score matched field entity { slug } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Relations(\n      $slug: String!\n      $direction: Direction\n      $types: [RelationType!]\n      $asOf: PartialDate\n      $current: Boolean\n      $first: Int\n      $after: String\n    ) {\n      entity(slug: $slug) {\n        relations(direction: $direction, types: $types, asOf: $asOf, current: $current, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            direction\n            other { slug }\n            node { id key type since until ended role qualifiers from { slug } to { slug } citations { section source { key } } }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Relations(\n      $slug: String!\n      $direction: Direction\n      $types: [RelationType!]\n      $asOf: PartialDate\n      $current: Boolean\n      $first: Int\n      $after: String\n    ) {\n      entity(slug: $slug) {\n        relations(direction: $direction, types: $types, asOf: $asOf, current: $current, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges {\n            direction\n            other { slug }\n            node { id key type since until ended role qualifiers from { slug } to { slug } citations { section source { key } } }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AssociationFields($asOf: PartialDate) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          founded\n          headquarters\n          memberCount { value qualifier text }\n          agreementCount { text }\n          presidents(asOf: $asOf) { name }\n          current: presidents(current: true) { name }\n          spokespersons { name }\n          members { slug }\n          negotiatesWith { slug }\n          affiliations { slug }\n          mergedWith { slug }\n          strikes { slug }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AssociationFields($asOf: PartialDate) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          founded\n          headquarters\n          memberCount { value qualifier text }\n          agreementCount { text }\n          presidents(asOf: $asOf) { name }\n          current: presidents(current: true) { name }\n          spokespersons { name }\n          members { slug }\n          negotiatesWith { slug }\n          affiliations { slug }\n          mergedWith { slug }\n          strikes { slug }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StrikeFields($slug: String!) {\n      entity(slug: $slug) {\n        ... on Strike { startDate endDate durationDays unions { slug } against { slug } }\n      }\n    }\n  "): (typeof documents)["\n    query StrikeFields($slug: String!) {\n      entity(slug: $slug) {\n        ... on Strike { startDate endDate durationDays unions { slug } against { slug } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query OtherKinds {\n      union: entity(slug: \"writers-guild-of-america-west\") {\n        ... on Union { abbreviations strikes { slug } negotiatesWith { slug } }\n      }\n      guild: entity(slug: \"post-production-guild\") {\n        ... on Union { partOf { slug } }\n      }\n      studio: entity(slug: \"netflix\") {\n        ... on Studio { category memberships { slug } }\n      }\n      person: entity(slug: \"carol-lombardini\") {\n        ... on Person { roles { type title since until ended qualifiers entity { slug } relation { key } } }\n      }\n      event: entity(slug: \"ppg-election-filing-2022\") {\n        ... on Event { category date participants { slug } }\n      }\n    }\n  "): (typeof documents)["\n    query OtherKinds {\n      union: entity(slug: \"writers-guild-of-america-west\") {\n        ... on Union { abbreviations strikes { slug } negotiatesWith { slug } }\n      }\n      guild: entity(slug: \"post-production-guild\") {\n        ... on Union { partOf { slug } }\n      }\n      studio: entity(slug: \"netflix\") {\n        ... on Studio { category memberships { slug } }\n      }\n      person: entity(slug: \"carol-lombardini\") {\n        ... on Person { roles { type title since until ended qualifiers entity { slug } relation { key } } }\n      }\n      event: entity(slug: \"ppg-election-filing-2022\") {\n        ... on Event { category date participants { slug } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Sources { sources { key title url publisher } }\n  "): (typeof documents)["\n    query Sources { sources { key title url publisher } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Nested($first: Int!) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Nested($first: Int!) {\n      entities(first: $first) {\n        edges {\n          node {\n            name\n            relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SourceFacts($key: String!) {\n      source(key: $key) {\n        id\n        key\n        title\n        entities(first: 100) { totalCount edges { node { slug citations { source { key } } } } }\n        relations(first: 100) { totalCount edges { node { key citations { source { key } } } } }\n      }\n    }\n  "): (typeof documents)["\n    query SourceFacts($key: String!) {\n      source(key: $key) {\n        id\n        key\n        title\n        entities(first: 100) { totalCount edges { node { slug citations { source { key } } } } }\n        relations(first: 100) { totalCount edges { node { key citations { source { key } } } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CitedRelations($sources: [String!]) {\n      entity(slug: \"amptp\") {\n        relations(sources: $sources, first: 100) { edges { node { key citations { source { key } } } } }\n        ... on Association { presidents(sources: $sources) { slug } }\n      }\n    }\n  "): (typeof documents)["\n    query CitedRelations($sources: [String!]) {\n      entity(slug: \"amptp\") {\n        relations(sources: $sources, first: 100) { edges { node { key citations { source { key } } } } }\n        ... on Association { presidents(sources: $sources) { slug } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CitedTraversal($sources: [String!]) {\n      shortestPath(from: \"jack-valenti\", to: \"amptp\", sources: $sources) { length }\n      timeline(sources: $sources, first: 500) { date citations { source { key } } }\n      entities(sources: $sources, first: 100) { totalCount }\n    }\n  "): (typeof documents)["\n    query CitedTraversal($sources: [String!]) {\n      shortestPath(from: \"jack-valenti\", to: \"amptp\", sources: $sources) { length }\n      timeline(sources: $sources, first: 500) { date citations { source { key } } }\n      entities(sources: $sources, first: 100) { totalCount }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmptpAsOf($asOf: PartialDate!, $certainOnly: Boolean) {\n    entity(slug: \"amptp\") {\n      ... on Association {\n        presidents(asOf: $asOf, certainOnly: $certainOnly) { name }\n        members(asOf: $asOf, certainOnly: $certainOnly) { name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AmptpAsOf($asOf: PartialDate!, $certainOnly: Boolean) {\n    entity(slug: \"amptp\") {\n      ... on Association {\n        presidents(asOf: $asOf, certainOnly: $certainOnly) { name }\n        members(asOf: $asOf, certainOnly: $certainOnly) { name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Memberships($asOf: PartialDate!) {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, asOf: $asOf, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Memberships($asOf: PartialDate!) {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, asOf: $asOf, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MembershipsUndated {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MembershipsUndated {\n      entity(slug: \"amptp\") {\n        relations(types: [MEMBER_OF], direction: INCOMING, first: 50) {\n          edges { certainty other { slug } node { key certainty(asOf: \"1900\") } }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RelationCertainty($id: ID!, $asOf: PartialDate!) {\n      node(id: $id) { ... on Relation { key certainty(asOf: $asOf) } }\n    }\n  "): (typeof documents)["\n    query RelationCertainty($id: ID!, $asOf: PartialDate!) {\n      node(id: $id) { ... on Relation { key certainty(asOf: $asOf) } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Around($asOf: PartialDate, $certainOnly: Boolean) {\n      neighborhood(of: \"amptp\", depth: 1, types: [MEMBER_OF], asOf: $asOf, certainOnly: $certainOnly) {\n        entities { slug }\n      }\n    }\n  "): (typeof documents)["\n    query Around($asOf: PartialDate, $certainOnly: Boolean) {\n      neighborhood(of: \"amptp\", depth: 1, types: [MEMBER_OF], asOf: $asOf, certainOnly: $certainOnly) {\n        entities { slug }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortestPath($from: String!, $to: String!, $types: [RelationType!], $asOf: PartialDate, $maxLength: Int) {\n    shortestPath(from: $from, to: $to, types: $types, asOf: $asOf, maxLength: $maxLength) {\n      length\n      entities { slug }\n      steps { forward from { slug } to { slug } relation { key type } }\n    }\n  }\n"): (typeof documents)["\n  query ShortestPath($from: String!, $to: String!, $types: [RelationType!], $asOf: PartialDate, $maxLength: Int) {\n    shortestPath(from: $from, to: $to, types: $types, asOf: $asOf, maxLength: $maxLength) {\n      length\n      entities { slug }\n      steps { forward from { slug } to { slug } relation { key type } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PresidentsAsOf($asOf: PartialDate, $during: IntervalInput) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          presidents(asOf: $asOf, during: $during) { slug }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PresidentsAsOf($asOf: PartialDate, $during: IntervalInput) {\n      entity(slug: \"amptp\") {\n        ... on Association {\n          presidents(asOf: $asOf, during: $during) { slug }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AmptpStrikes { entity(slug: \"amptp\") { ... on Association { strikes { slug } } } }\n    "): (typeof documents)["\n      query AmptpStrikes { entity(slug: \"amptp\") { ... on Association { strikes { slug } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MembersAsOf($asOf: PartialDate) {\n        entity(slug: \"amptp\") { ... on Association { members(asOf: $asOf) { slug } } }\n      }\n    "): (typeof documents)["\n      query MembersAsOf($asOf: PartialDate) {\n        entity(slug: \"amptp\") { ... on Association { members(asOf: $asOf) { slug } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Timeline($from: PartialDate, $to: PartialDate, $involving: [String!], $first: Int) {\n        timeline(from: $from, to: $to, involving: $involving, first: $first) {\n          date\n          title\n          kind\n          entities { slug }\n          relation { key }\n          citations { source { key } }\n        }\n      }\n    "): (typeof documents)["\n      query Timeline($from: PartialDate, $to: PartialDate, $involving: [String!], $first: Int) {\n        timeline(from: $from, to: $to, involving: $involving, first: $first) {\n          date\n          title\n          kind\n          entities { slug }\n          relation { key }\n          citations { source { key } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Paths($from: String!, $to: String!, $types: [RelationType!], $maxLength: Int, $first: Int) {\n      paths(from: $from, to: $to, types: $types, maxLength: $maxLength, first: $first) {\n        length\n        entities { slug }\n      }\n    }\n  "): (typeof documents)["\n    query Paths($from: String!, $to: String!, $types: [RelationType!], $maxLength: Int, $first: Int) {\n      paths(from: $from, to: $to, types: $types, maxLength: $maxLength, first: $first) {\n        length\n        entities { slug }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Neighborhood($of: String!, $depth: Int, $limit: Int, $types: [RelationType!]) {\n      neighborhood(of: $of, depth: $depth, limit: $limit, types: $types) {\n        center { slug }\n        truncated\n        entities { slug }\n        relations { key from { slug } to { slug } }\n      }\n    }\n  "): (typeof documents)["\n    query Neighborhood($of: String!, $depth: Int, $limit: Int, $types: [RelationType!]) {\n      neighborhood(of: $of, depth: $depth, limit: $limit, types: $types) {\n        center { slug }\n        truncated\n        entities { slug }\n        relations { key from { slug } to { slug } }\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;