/**
 * Every operation the explorer sends. `npm run codegen` types them into ./gql (committed), so a
 * change to the schema that breaks the explorer fails `npm run typecheck`.
 */
import { graphql } from './gql/gql.js';

export const SearchDocument = graphql(`
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      matched
      field
      entity { slug name kind }
    }
  }
`);

export const EntityDocument = graphql(`
  query ExplorerEntity($slug: String!, $asOf: PartialDate, $first: Int!, $after: String) {
    entity(slug: $slug) {
      slug
      name(asOf: $asOf)
      currentName: name
      kind
      description
      abbreviations
      aliases
      formerNames { name abbreviation since until }
      citations { section note source { key title url publisher } }
      ... on Association { founded dissolved }
      ... on Agency { founded }
      ... on Company { founded }
      ... on Studio { founded }
      ... on Union { founded dissolved }
      ... on Strike { startDate endDate settlementDate ratificationDate }
      ... on Event { date }
      relations(asOf: $asOf, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          direction
          other { slug name(asOf: $asOf) kind }
          node {
            key
            type
            since
            until
            ended
            role
            qualifiers
            citations { section note source { key title url publisher } }
          }
        }
      }
    }
  }
`);

export const NeighborhoodDocument = graphql(`
  query ExplorerNeighborhood($slug: String!, $asOf: PartialDate, $limit: Int!) {
    neighborhood(of: $slug, depth: 1, limit: $limit, asOf: $asOf) {
      truncated
      entities { slug name(asOf: $asOf) kind }
      relations { key type since until ended from { slug } to { slug } }
    }
  }
`);

export const TimelineDocument = graphql(`
  query ExplorerTimeline($slug: String!, $first: Int!) {
    timeline(involving: [$slug], first: $first) {
      date
      title
      kind
      entities { slug name }
    }
  }
`);

export const ShortestPathDocument = graphql(`
  query ExplorerShortestPath($from: String!, $to: String!, $asOf: PartialDate, $maxLength: Int!) {
    fromEntity: entity(slug: $from) { slug name(asOf: $asOf) kind }
    toEntity: entity(slug: $to) { slug name(asOf: $asOf) kind }
    shortestPath(from: $from, to: $to, asOf: $asOf, maxLength: $maxLength) { ...ExplorerPath }
  }
`);

/** Other paths, asked for by a button: shortest first. */
export const PathsDocument = graphql(`
  query ExplorerPaths($from: String!, $to: String!, $asOf: PartialDate, $first: Int!, $maxLength: Int!) {
    paths(from: $from, to: $to, asOf: $asOf, first: $first, maxLength: $maxLength) { ...ExplorerPath }
  }
`);

graphql(`
  fragment ExplorerPath on Path {
    length
    steps {
      forward
      from { slug name kind }
      to { slug name kind }
      relation {
        key
        type
        since
        until
        ended
        role
        qualifiers
        citations { section note source { key title url publisher } }
      }
    }
  }
`);

export const DateRangeDocument = graphql(`
  query ExplorerDateRange {
    timeline(first: 1) { date }
  }
`);
