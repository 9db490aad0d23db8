/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a relation holds at an asked date for sure (CERTAIN: its known dates cover it) or only perhaps (POSSIBLE: an unknown start or end leaves it open, within what the graph allows). */
export type Certainty =
  | 'CERTAIN'
  | 'POSSIBLE';

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

export type EventCategory =
  | 'AGREEMENT'
  | 'COLLECTIVE_ACTION'
  | 'ELECTION_FILING'
  | 'MERGER'
  | 'PETITION'
  | 'RECOGNITION_REQUEST'
  | 'STRIKE_AUTHORIZATION'
  | 'WITHDRAWAL';

/** A span of time: from `from` to `to` (either may be left open), or the dates of an entity given in `of`, such as a strike. */
export type IntervalInput = {
  from?: string | null | undefined;
  /** A slug or global ID: the span is that entity’s own dates (a strike’s start to end). */
  of?: string | null | undefined;
  to?: string | null | undefined;
};

export type QuantityQualifier =
  | 'ABOUT'
  | 'EXACT'
  | 'OVER';

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

export type StudioCategory =
  | 'BROADCAST_NETWORK'
  | 'CABLE_NETWORK'
  | 'FILM_STUDIO'
  | 'INDEPENDENT'
  | 'STREAMING_SERVICE';

export type TimelineEntryKind =
  | 'DISSOLVED'
  | 'EVENT'
  | 'FOUNDED'
  | 'RELATION_BEGAN'
  | 'RELATION_ENDED'
  | 'STRIKE_BEGAN'
  | 'STRIKE_ENDED';

export type EntityBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type EntityBySlugQuery = { entity:
    | { __typename: 'Agency', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Association', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Company', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Event', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Person', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Strike', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Studio', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
    | { __typename: 'Union', id: string, slug: string, name: string, kind: EntityKind, abbreviations: Array<string>, aliases: Array<string>, description: string, formerNames: Array<{ name: string, abbreviation: string | null, since: string | null, until: string | null }>, citations: Array<{ section: string | null, note: string | null, source: { key: string, title: string, url: string, publisher: string } }> }
   | null };

export type NamesOverTimeQueryVariables = Exact<{ [key: string]: never; }>;


export type NamesOverTimeQuery = { entity:
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
    | { name: string, in1930: string, in1970: string, in1964: string, in2000: string }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Agency', slug: string, name: string, id: string }
    | { __typename: 'Association', slug: string, name: string, id: string }
    | { __typename: 'Company', slug: string, name: string, id: string }
    | { __typename: 'Event', slug: string, name: string, id: string }
    | { __typename: 'Person', slug: string, name: string, id: string }
    | { __typename: 'Relation', key: string, type: RelationType, id: string, from:
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
       }
    | { __typename: 'Source', key: string, title: string, id: string }
    | { __typename: 'Strike', slug: string, name: string, id: string }
    | { __typename: 'Studio', slug: string, name: string, id: string }
    | { __typename: 'Union', slug: string, name: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Agency', slug: string, id: string }
    | { __typename: 'Association', slug: string, id: string }
    | { __typename: 'Company', slug: string, id: string }
    | { __typename: 'Event', slug: string, id: string }
    | { __typename: 'Person', slug: string, id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Strike', slug: string, id: string }
    | { __typename: 'Studio', slug: string, id: string }
    | { __typename: 'Union', slug: string, id: string }
   | null> };

export type EntitiesQueryVariables = Exact<{
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntitiesQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
        | { slug: string, name: string, kind: EntityKind }
       }> } };

export type EntityPagesQueryVariables = Exact<{
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EntityPagesQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
       }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matched: string, field: SearchField, entity:
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
     }> };

export type RelationsQueryVariables = Exact<{
  slug: string;
  direction?: Direction | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
  asOf?: string | null | undefined;
  current?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RelationsQuery = { entity:
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
    | { relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { id: string, key: string, type: RelationType, since: string | null, until: string | null, ended: boolean, role: string | null, qualifiers: Array<RelationQualifier>, from:
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
            , citations: Array<{ section: string | null, source: { key: string } }> } }> } }
   | null };

export type AssociationFieldsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type AssociationFieldsQuery = { entity:
    | { founded: string | null, headquarters: string | null, memberCount: { value: number, qualifier: QuantityQualifier, text: string } | null, agreementCount: { text: string } | null, presidents: Array<{ name: string }>, current: Array<{ name: string }>, spokespersons: Array<{ name: string }>, members: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      >, negotiatesWith: Array<{ slug: string }>, affiliations: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      >, mergedWith: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      >, strikes: Array<{ slug: string }> }
    | Record<PropertyKey, never>
   | null };

export type StrikeFieldsQueryVariables = Exact<{
  slug: string;
}>;


export type StrikeFieldsQuery = { entity:
    | { startDate: string | null, endDate: string | null, durationDays: number | null, unions: Array<{ slug: string }>, against: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      > }
    | Record<PropertyKey, never>
   | null };

export type OtherKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type OtherKindsQuery = { union:
    | { abbreviations: Array<string>, strikes: Array<{ slug: string }>, negotiatesWith: Array<{ slug: string }> }
    | Record<PropertyKey, never>
   | null, guild:
    | { partOf: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      > }
    | Record<PropertyKey, never>
   | null, studio:
    | { category: StudioCategory, memberships: Array<{ slug: string }> }
    | Record<PropertyKey, never>
   | null, person:
    | { roles: Array<{ type: RelationType, title: string | null, since: string | null, until: string | null, ended: boolean, qualifiers: Array<RelationQualifier>, entity:
          | { slug: string }
          | { slug: string }
          | { slug: string }
          | { slug: string }
          | { slug: string }
          | { slug: string }
          | { slug: string }
          | { slug: string }
        , relation: { key: string } }> }
    | Record<PropertyKey, never>
   | null, event:
    | { category: EventCategory, date: string, participants: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      > }
    | Record<PropertyKey, never>
   | null };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ key: string, title: string, url: string, publisher: string }> };

export type NestedQueryVariables = Exact<{
  first: number;
}>;


export type NestedQuery = { entities: { edges: Array<{ node:
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
        | { name: string, relations: { edges: Array<{ other:
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
                | { name: string }
              , node: { from:
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
                 } }> } }
       }> } };

export type SourceFactsQueryVariables = Exact<{
  key: string;
}>;


export type SourceFactsQuery = { source: { id: string, key: string, title: string, entities: { totalCount: number, edges: Array<{ node:
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
          | { slug: string, citations: Array<{ source: { key: string } }> }
         }> }, relations: { totalCount: number, edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } } | null };

export type CitedRelationsQueryVariables = Exact<{
  sources?: Array<string> | string | null | undefined;
}>;


export type CitedRelationsQuery = { entity:
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { presidents: Array<{ slug: string }>, relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
    | { relations: { edges: Array<{ node: { key: string, citations: Array<{ source: { key: string } }> } }> } }
   | null };

export type CitedTraversalQueryVariables = Exact<{
  sources?: Array<string> | string | null | undefined;
}>;


export type CitedTraversalQuery = { shortestPath: { length: number } | null, timeline: Array<{ date: string, citations: Array<{ source: { key: string } }> }>, entities: { totalCount: number } };

export type AmptpAsOfQueryVariables = Exact<{
  asOf: string;
  certainOnly?: boolean | null | undefined;
}>;


export type AmptpAsOfQuery = { entity:
    | { presidents: Array<{ name: string }>, members: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | Record<PropertyKey, never>
   | null };

export type MembershipsQueryVariables = Exact<{
  asOf: string;
}>;


export type MembershipsQuery = { entity:
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
   | null };

export type MembershipsUndatedQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipsUndatedQuery = { entity:
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
    | { relations: { edges: Array<{ certainty: Certainty | null, other:
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
            | { slug: string }
          , node: { key: string, certainty: Certainty | null } }> } }
   | null };

export type RelationCertaintyQueryVariables = Exact<{
  id: string | number;
  asOf: string;
}>;


export type RelationCertaintyQuery = { node:
    | { key: string, certainty: Certainty | null }
    | Record<PropertyKey, never>
   | null };

export type AroundQueryVariables = Exact<{
  asOf?: string | null | undefined;
  certainOnly?: boolean | null | undefined;
}>;


export type AroundQuery = { neighborhood: { entities: Array<
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
    > } };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  types?: Array<RelationType> | RelationType | null | undefined;
  asOf?: string | null | undefined;
  maxLength?: number | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { length: number, entities: Array<
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
    >, steps: Array<{ forward: boolean, from:
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
      , relation: { key: string, type: RelationType } }> } | null };

export type PresidentsAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
  during?: IntervalInput | null | undefined;
}>;


export type PresidentsAsOfQuery = { entity:
    | { presidents: Array<{ slug: string }> }
    | Record<PropertyKey, never>
   | null };

export type AmptpStrikesQueryVariables = Exact<{ [key: string]: never; }>;


export type AmptpStrikesQuery = { entity:
    | { strikes: Array<{ slug: string }> }
    | Record<PropertyKey, never>
   | null };

export type MembersAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type MembersAsOfQuery = { entity:
    | { members: Array<
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
        | { slug: string }
      > }
    | Record<PropertyKey, never>
   | null };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  involving?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ date: string, title: string, kind: TimelineEntryKind, entities: Array<
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
    >, relation: { key: string } | null, citations: Array<{ source: { key: string } }> }> };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  types?: Array<RelationType> | RelationType | null | undefined;
  maxLength?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, entities: Array<
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
    > }> };

export type NeighborhoodQueryVariables = Exact<{
  of: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, center:
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
    , entities: Array<
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
      | { slug: string }
    >, relations: Array<{ key: string, from:
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


export const EntityBySlugDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviations"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityBySlugQuery, EntityBySlugQueryVariables>;
export const NamesOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NamesOverTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"in1930"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"1930","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"in1970"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"1970-06","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"in1964"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"1964","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"in2000"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2000","block":false}}]}]}}]}}]} as unknown as DocumentNode<NamesOverTimeQuery, NamesOverTimeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntitiesQuery, EntitiesQueryVariables>;
export const EntityPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPagesQuery, EntityPagesQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const RelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RelationsQuery, RelationsQueryVariables>;
export const AssociationFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssociationFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"founded"}},{"kind":"Field","name":{"kind":"Name","value":"headquarters"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"presidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spokespersons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiatesWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strikes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationFieldsQuery, AssociationFieldsQueryVariables>;
export const StrikeFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrikeFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strike"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"unions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"against"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StrikeFieldsQuery, StrikeFieldsQueryVariables>;
export const OtherKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OtherKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"union"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"writers-guild-of-america-west","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Union"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviations"}},{"kind":"Field","name":{"kind":"Name","value":"strikes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiatesWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guild"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"post-production-guild","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Union"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"studio"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"netflix","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Studio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"person"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"carol-lombardini","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"event"},"name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"ppg-election-filing-2022","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OtherKindsQuery, OtherKindsQueryVariables>;
export const SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]} as unknown as DocumentNode<SourcesQuery, SourcesQueryVariables>;
export const NestedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nested"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedQuery, NestedQueryVariables>;
export const SourceFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceFactsQuery, SourceFactsQueryVariables>;
export const CitedRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitedRelationsQuery, CitedRelationsQueryVariables>;
export const CitedTraversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitedTraversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"jack-valenti","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"amptp","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CitedTraversalQuery, CitedTraversalQueryVariables>;
export const AmptpAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmptpAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmptpAsOfQuery, AmptpAsOfQueryVariables>;
export const MembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Memberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEMBER_OF"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"1900","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipsQuery, MembershipsQueryVariables>;
export const MembershipsUndatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipsUndated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEMBER_OF"}]}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"1900","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipsUndatedQuery, MembershipsUndatedQueryVariables>;
export const RelationCertaintyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationCertainty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]} as unknown as DocumentNode<RelationCertaintyQuery, RelationCertaintyQueryVariables>;
export const AroundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Around"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"StringValue","value":"amptp","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEMBER_OF"}]}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"certainOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certainOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<AroundQuery, AroundQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forward"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const PresidentsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresidentsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"during"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntervalInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"during"},"value":{"kind":"Variable","name":{"kind":"Name","value":"during"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PresidentsAsOfQuery, PresidentsAsOfQueryVariables>;
export const AmptpStrikesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AmptpStrikes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strikes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AmptpStrikesQuery, AmptpStrikesQueryVariables>;
export const MembersAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"StringValue","value":"amptp","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Association"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersAsOfQuery, MembersAsOfQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"involving"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"involving"},"value":{"kind":"Variable","name":{"kind":"Name","value":"involving"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"of"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"of"},"value":{"kind":"Variable","name":{"kind":"Name","value":"of"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;