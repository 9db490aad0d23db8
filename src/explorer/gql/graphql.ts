/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which relations of an entity: those it is the subject of (OUTGOING), the object of (INCOMING), or both. */
export type Direction =
  | 'BOTH'
  | 'INCOMING'
  | 'OUTGOING';

export type EntityKind =
  | 'AGENCY'
  | 'ASSOCIATION'
  | 'COMPANY'
  | 'EVENT'
  | 'PERSON'
  | 'STRIKE'
  | 'STUDIO'
  | 'UNION';

/** A qualification of a relation, e.g. INTERIM for an interim presidency. */
export type RelationQualifier =
  | 'ANNOUNCED'
  | 'CO_HOLDER'
  | 'FORMER_NAME'
  | 'INTERIM';

/** What a relation says; it reads as English from `from` to `to`: AMPTP PRESIDED_BY Nick Counter. */
export type RelationType =
  | 'AFFILIATED_WITH'
  | 'AGAINST'
  | 'AIDE_TO'
  | 'CALLED_BY'
  | 'EXECUTIVE_OF'
  | 'FOUNDED_BY'
  | 'HELPED_SHAPE'
  | 'MEMBER_OF'
  | 'MERGED_INTO'
  | 'MERGED_WITH'
  | 'NEGOTIATES_WITH'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PRESIDED_BY'
  | 'SPOKESPERSON'
  | 'SUBSIDIARY_OF'
  | 'WITHDREW_FROM';

export type SearchField =
  | 'ABBREVIATION'
  | 'ALIAS'
  | 'FORMER_NAME'
  | 'NAME';

export type TimelineEntryKind =
  | 'DISSOLVED'
  | 'EVENT'
  | 'FOUNDED'
  | 'RELATION_BEGAN'
  | 'RELATION_ENDED'
  | 'STRIKE_BEGAN'
  | 'STRIKE_ENDED';

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, matched: string, field: SearchField, entity:
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
     }> };

export type ExplorerEntityQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerEntityQuery = { entity:
    | { founded: string | null, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { founded: string | null, dissolved: string | null, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { founded: string | null, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { date: string, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { startDate: string | null, endDate: string | null, settlementDate: string | null, ratificationDate: string | null, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { founded: string | null, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
    | { founded: string | null, dissolved: string | null, slug: string, name: string, kind: EntityKind, description: string, abbreviations: Array<string>, aliases: Array<string>, currentName: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
            | { slug: string, name: string, kind: EntityKind }
          , node: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } }
   | null };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  slug: string;
  asOf?: string | null | undefined;
  limit: number;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, entities: Array<
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
    >, relations: Array<{ key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, from:
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      , to:
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
       }> } };

export type ExplorerTimelineQueryVariables = Exact<{
  slug: string;
  first: number;
}>;


export type ExplorerTimelineQuery = { timeline: Array<{ date: string, title: string, kind: TimelineEntryKind, entities: Array<
      | { slug: string, name: string }
      | { slug: string, name: string }
      | { slug: string, name: string }
      | { slug: string, name: string }
      | { slug: string, name: string }
      | { slug: string, name: string }
      | { slug: string, name: string }
      | { slug: string, name: string }
    > }> };

export type ExplorerShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  asOf?: string | null | undefined;
  maxLength: number;
}>;


export type ExplorerShortestPathQuery = { fromEntity:
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
   | null, toEntity:
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
    | { slug: string, name: string, kind: EntityKind }
   | null, shortestPath: { length: number, steps: Array<{ forward: boolean, from:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
      , to:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
      , relation: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  asOf?: string | null | undefined;
  first: number;
  maxLength: number;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, steps: Array<{ forward: boolean, from:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
      , to:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
      , relation: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> }> };

export type ExplorerPathFragment = { length: number, steps: Array<{ forward: boolean, from:
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
    , to:
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
      | { slug: string, name: string, kind: EntityKind }
    , relation: { key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> } }> };

export type ExplorerDateRangeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDateRangeQuery = { timeline: Array<{ date: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerPathFragmentDoc = new TypedDocumentString(`
    fragment ExplorerPath on Path {
  length
  steps {
    forward
    from {
      slug
      name
      kind
    }
    to {
      slug
      name
      kind
    }
    relation {
      key
      type
      since
      until
      ended
      role
      qualifiers
      citations {
        section
        note
        source {
          key
          title
          url
          publisher
        }
      }
    }
  }
}
    `, {"fragmentName":"ExplorerPath"}) as unknown as TypedDocumentString<ExplorerPathFragment, unknown>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    matched
    field
    entity {
      slug
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($slug: String!, $asOf: PartialDate, $first: Int!, $after: String) {
  entity(slug: $slug) {
    slug
    name(asOf: $asOf)
    currentName: name
    kind
    description
    abbreviations
    aliases
    formerNames {
      name
      abbreviation
      since
      until
    }
    citations {
      section
      note
      source {
        key
        title
        url
        publisher
      }
    }
    ... on Association {
      founded
      dissolved
    }
    ... on Agency {
      founded
    }
    ... on Company {
      founded
    }
    ... on Studio {
      founded
    }
    ... on Union {
      founded
      dissolved
    }
    ... on Strike {
      startDate
      endDate
      settlementDate
      ratificationDate
    }
    ... on Event {
      date
    }
    relations(asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        direction
        other {
          slug
          name(asOf: $asOf)
          kind
        }
        node {
          key
          type
          since
          until
          ended
          role
          qualifiers
          citations {
            section
            note
            source {
              key
              title
              url
              publisher
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($slug: String!, $asOf: PartialDate, $limit: Int!) {
  neighborhood(of: $slug, depth: 1, limit: $limit, asOf: $asOf) {
    truncated
    entities {
      slug
      name(asOf: $asOf)
      kind
    }
    relations {
      key
      type
      since
      until
      ended
      from {
        slug
      }
      to {
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($slug: String!, $first: Int!) {
  timeline(involving: [$slug], first: $first) {
    date
    title
    kind
    entities {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerShortestPathDocument = new TypedDocumentString(`
    query ExplorerShortestPath($from: String!, $to: String!, $asOf: PartialDate, $maxLength: Int!) {
  fromEntity: entity(slug: $from) {
    slug
    name(asOf: $asOf)
    kind
  }
  toEntity: entity(slug: $to) {
    slug
    name(asOf: $asOf)
    kind
  }
  shortestPath(from: $from, to: $to, asOf: $asOf, maxLength: $maxLength) {
    ...ExplorerPath
  }
}
    fragment ExplorerPath on Path {
  length
  steps {
    forward
    from {
      slug
      name
      kind
    }
    to {
      slug
      name
      kind
    }
    relation {
      key
      type
      since
      until
      ended
      role
      qualifiers
      citations {
        section
        note
        source {
          key
          title
          url
          publisher
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerShortestPathQuery, ExplorerShortestPathQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: String!, $to: String!, $asOf: PartialDate, $first: Int!, $maxLength: Int!) {
  paths(from: $from, to: $to, asOf: $asOf, first: $first, maxLength: $maxLength) {
    ...ExplorerPath
  }
}
    fragment ExplorerPath on Path {
  length
  steps {
    forward
    from {
      slug
      name
      kind
    }
    to {
      slug
      name
      kind
    }
    relation {
      key
      type
      since
      until
      ended
      role
      qualifiers
      citations {
        section
        note
        source {
          key
          title
          url
          publisher
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerDateRangeDocument = new TypedDocumentString(`
    query ExplorerDateRange {
  timeline(first: 1) {
    date
  }
}
    `) as unknown as TypedDocumentString<ExplorerDateRangeQuery, ExplorerDateRangeQueryVariables>;