import type { GraphQLInterfaceType } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { NODE_TYPE_NAMES } from '../../src/schema/type-names.js';
import { createYogaApp } from '../../src/yoga.js';
import { readDataFiles } from '../data-files.js';
import type {
  EntitiesQuery,
  EntitiesQueryVariables,
  EntityPagesQuery,
  EntityPagesQueryVariables,
  RelationsQueryVariables,
} from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { sharedGraph } from '../shared-graph.js';
import { execute, post } from './client.js';

const graph = sharedGraph();
const yoga = createYogaApp({ graph });
/** The records as the data files hold them: expected values independent of the graph module. */
const raw = readDataFiles();

const names = (list: readonly { name: string }[] | undefined) => list?.map((item) => item.name);

describe('entity(slug)', () => {
  const EntityBySlug = graphql(`
    query EntityBySlug($slug: String!) {
      entity(slug: $slug) {
        __typename
        id
        slug
        name
        kind
        abbreviations
        aliases
        description
        formerNames { name abbreviation since until }
        citations { section note source { key title url publisher } }
      }
    }
  `);

  it('answers with the entity, its former names and its citations', async () => {
    const { status, data, errors } = await execute(yoga, EntityBySlug, { slug: 'amptp' });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const entity = data?.entity;
    expect(entity).toMatchObject({
      __typename: 'Association',
      slug: 'amptp',
      name: 'Alliance of Motion Picture and Television Producers',
      kind: 'ASSOCIATION',
      abbreviations: ['AMPTP'],
    });
    expect(entity?.formerNames).toContainEqual({
      name: 'Association of Motion Picture Producers',
      abbreviation: 'AMPP',
      since: '1924',
      until: '1964',
    });
    expect(entity?.citations.map((citation) => citation.section)).toEqual(
      expect.arrayContaining(['Infobox', 'Lead', 'History']),
    );
    expect(entity?.citations[0]?.source).toEqual({
      key: 'wikipedia-amptp',
      title: 'Alliance of Motion Picture and Television Producers',
      url: 'https://en.wikipedia.org/wiki/Alliance_of_Motion_Picture_and_Television_Producers',
      publisher: 'Wikipedia',
    });
    expect(entity?.id).toBe(Buffer.from('Association:amptp').toString('base64'));
  });

  it('gives the name an entity went by at a date', async () => {
    const NamesOverTime = graphql(`
      query NamesOverTime {
        entity(slug: "amptp") {
          name
          in1930: name(asOf: "1930")
          in1970: name(asOf: "1970-06")
          in1964: name(asOf: "1964")
          in2000: name(asOf: "2000")
        }
      }
    `);
    const { data } = await execute(yoga, NamesOverTime);
    expect(data?.entity).toEqual({
      name: 'Alliance of Motion Picture and Television Producers',
      in1930: 'Association of Motion Picture Producers',
      in1970: 'Association of Motion Picture and Television Producers',
      // Renamed during 1964: the name in use when the year began.
      in1964: 'Association of Motion Picture Producers',
      in2000: 'Alliance of Motion Picture and Television Producers',
    });
  });

  it('is null for an unknown slug, with no error', async () => {
    const { status, data, errors } = await execute(yoga, EntityBySlug, { slug: 'no-such-thing' });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data?.entity).toBeNull();
  });
});

describe('node and nodes', () => {
  const NodeById = graphql(`
    query NodeById($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Entity { slug name }
        ... on Relation { key type from { slug } to { slug } }
        ... on Source { key title }
      }
    }
  `);
  const NodesByIds = graphql(`
    query NodesByIds($ids: [ID!]!) {
      nodes(ids: $ids) { __typename id ... on Entity { slug } }
    }
  `);

  it('round-trips the global ID of every kind of node', async () => {
    const entity = await execute(yoga, NodeById, { id: Buffer.from('Person:nick-counter').toString('base64') });
    expect(entity.data?.node).toMatchObject({ __typename: 'Person', slug: 'nick-counter', name: 'Nick Counter' });
    const relation = await execute(yoga, NodeById, {
      id: Buffer.from('Relation:amptp-presided-by-nick-counter').toString('base64'),
    });
    expect(relation.data?.node).toMatchObject({
      __typename: 'Relation',
      type: 'PRESIDED_BY',
      from: { slug: 'amptp' },
      to: { slug: 'nick-counter' },
    });
    const source = await execute(yoga, NodeById, { id: Buffer.from('Source:wikipedia-amptp').toString('base64') });
    expect(source.data?.node).toMatchObject({ __typename: 'Source', key: 'wikipedia-amptp' });
  });

  it('loads many at once, null where the kind does not match', async () => {
    const ids = ['Strike:wga-strike-2023', 'Union:sag-aftra', 'Union:amptp'].map((id) =>
      Buffer.from(id).toString('base64'),
    );
    const { data } = await execute(yoga, NodesByIds, { ids });
    expect(data?.nodes.map((node) => node && [node.__typename, 'slug' in node ? node.slug : null])).toEqual([
      ['Strike', 'wga-strike-2023'],
      ['Union', 'sag-aftra'],
      null,
    ]);
  });

  it('loads the entities of a nodes list in one batch, whatever their types', async () => {
    const slugs = ['nick-counter', 'sag-aftra', 'wga-strike-2023', 'amptp'];
    const ids = ['Person', 'Union', 'Strike', 'Association'].map((type, index) =>
      Buffer.from(`${type}:${slugs[index]}`).toString('base64'),
    );
    const entities = vi.spyOn(graph, 'entities');
    try {
      const { data } = await execute(yoga, NodesByIds, { ids });
      expect(data?.nodes.map((node) => node && 'slug' in node && node.slug)).toEqual(slugs);
      expect(entities).toHaveBeenCalledTimes(1);
      expect([...(entities.mock.calls[0]?.[0] ?? [])].sort()).toEqual([...slugs].sort());
    } finally {
      entities.mockRestore();
    }
  });

  it('knows exactly the types that implement Node', () => {
    const node = schema.getType('Node') as GraphQLInterfaceType;
    expect(new Set(schema.getPossibleTypes(node).map((type) => type.name))).toEqual(NODE_TYPE_NAMES);
  });

  it('refuses a malformed global ID with BAD_USER_INPUT', async () => {
    const { errors } = await execute(yoga, NodeById, { id: 'garbage' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('garbage');
    const unknownType = await execute(yoga, NodeById, { id: Buffer.from('Robot:r2').toString('base64') });
    expect(unknownType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entities', () => {
  const Entities = graphql(`
    query Entities($kinds: [EntityKind!], $first: Int, $after: String) {
      entities(kinds: $kinds, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { slug name kind } }
      }
    }
  `);

  it('filters by kind, in name order, with a total count', async () => {
    const { data } = await execute(yoga, Entities, { kinds: ['STRIKE'], first: 100 });
    const strikes = data?.entities.edges.map((edge) => edge.node) ?? [];
    expect(data?.entities.totalCount).toBe(strikes.length);
    expect(strikes.length).toBeGreaterThanOrEqual(4);
    expect(strikes.every((strike) => strike.kind === 'STRIKE')).toBe(true);
    expect(strikes.map((strike) => strike.slug)).toEqual(
      expect.arrayContaining(['wga-strike-1988', 'wga-strike-2007-08', 'sag-aftra-strike-2023', 'wga-strike-2023']),
    );
    const names = strikes.map((strike) => strike.name);
    expect(names).toEqual([...names].sort());
    expect(data?.entities.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through every entity exactly once with cursors', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 1000; page++) {
      const response: Awaited<ReturnType<typeof execute<EntitiesQuery, EntitiesQueryVariables>>> = await execute(
        yoga,
        Entities,
        { first: 7, after },
      );
      const connection = response.data?.entities;
      seen.push(...(connection?.edges.map((edge) => edge.node.slug) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.length).toBe(raw.entities.length);
    expect(new Set(seen)).toEqual(new Set(raw.entities.map((entity) => entity.slug)));
  });

  it('accepts first up to 100 and refuses more, or a cursor from elsewhere', async () => {
    const hundred = await execute(yoga, Entities, { first: 100 });
    expect(hundred.errors).toBeUndefined();
    const tooMany = await execute(yoga, Entities, { first: 101 });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'first must be between 0 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badCursor = await execute(yoga, Entities, { after: 'bm90LWEta2V5' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  const EntityPages = graphql(`
    query EntityPages($kinds: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {
      entities(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { slug } }
      }
    }
  `);
  const page = async (variables: Parameters<typeof execute<EntityPagesQuery, EntityPagesQueryVariables>>[2]) => {
    const { data, errors } = await execute(yoga, EntityPages, variables);
    expect(errors).toBeUndefined();
    const connection = data?.entities;
    if (!connection) throw new Error('no connection');
    return { ...connection, slugs: connection.edges.map((edge) => edge.node.slug) };
  };
  // Every entity in the API's order (name, then slug), from the data files.
  const everySlug = [...graph.list()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : 1))
    .map((entity) => entity.slug);
  const cursorOf = (slug: string) => Buffer.from(slug).toString('base64url');

  it('pages forward and backward through the same order', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 1000; round++) {
      const next = await page({ first: 9, after });
      forward.push(...next.slugs);
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor ?? null;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (let round = 0; round < 1000; round++) {
      const previous = await page({ last: 9, before });
      backward.unshift(...previous.slugs);
      if (!previous.pageInfo.hasPreviousPage) break;
      before = previous.pageInfo.startCursor ?? null;
    }
    expect(forward).toEqual(everySlug);
    expect(backward).toEqual(everySlug);
  });

  it('gives the window between after and before, and says what lies beyond it', async () => {
    const [, a, b, c, d] = everySlug as [string, string, string, string, string];
    const between = await page({ after: cursorOf(a), before: cursorOf(d) });
    expect(between.slugs).toEqual([b, c]);
    const firstOne = await page({ first: 1, after: cursorOf(a), before: cursorOf(d) });
    expect(firstOne.slugs).toEqual([b]);
    expect(firstOne.pageInfo).toMatchObject({ hasNextPage: true, startCursor: cursorOf(b), endCursor: cursorOf(b) });
    const lastOne = await page({ last: 1, after: cursorOf(a), before: cursorOf(d) });
    expect(lastOne.slugs).toEqual([c]);
    expect(lastOne.pageInfo.hasPreviousPage).toBe(true);
    const tail = await page({ last: 2 });
    expect(tail.slugs).toEqual(everySlug.slice(-2));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const none = await page({ first: 0 });
    expect(none.slugs).toEqual([]);
    expect(none.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  it('gives 20 items without first or last', async () => {
    expect((await page({})).slugs).toEqual(everySlug.slice(0, 20));
  });

  it('keeps a cursor valid in a list that a filter changed (cursors name items, not positions)', async () => {
    const strikes = await page({ kinds: ['STRIKE'], first: 1 });
    const strike = strikes.slugs[0] as string;
    const afterIt = await page({ first: 3, after: strikes.pageInfo.endCursor });
    const position = everySlug.indexOf(strike);
    expect(afterIt.slugs).toEqual(everySlug.slice(position + 1, position + 4));
  });

  it('refuses a foreign cursor, first with last, and sizes out of range with BAD_USER_INPUT', async () => {
    const refused = async (variables: EntityPagesQueryVariables) =>
      (await execute(yoga, EntityPages, variables)).errors?.[0];
    // The key of a relation, which no entity has.
    expect(await refused({ after: cursorOf('amptp-presided-by-nick-counter') })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await refused({ before: 'not a cursor' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    // A strike is not among the unions.
    expect((await refused({ kinds: ['UNION'], after: cursorOf('wga-strike-2023') }))?.message).toContain(
      'does not point into this list',
    );
    expect((await refused({ first: 2, last: 2 }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await refused({ last: 101 })).toMatchObject({
      message: 'last must be between 0 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await refused({ first: -1 }))?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const Search = graphql(`
    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { score matched field entity { slug } }
    }
  `);
  const top = async (text: string) => (await execute(yoga, Search, { text })).data?.search[0];

  it('finds by name, abbreviation, alias and former name, case-insensitively', async () => {
    expect(await top('netflix')).toMatchObject({ entity: { slug: 'netflix' }, score: 1, field: 'NAME' });
    expect(await top('amptp')).toMatchObject({ entity: { slug: 'amptp' }, score: 1, matched: 'AMPTP' });
    expect(await top('Association of Motion Picture Producers')).toMatchObject({
      entity: { slug: 'amptp' },
      field: 'FORMER_NAME',
    });
    expect(await top('MPAA')).toMatchObject({ entity: { slug: 'motion-picture-association' }, field: 'FORMER_NAME' });
    expect(await top('writers guild of america west')).toMatchObject({
      entity: { slug: 'writers-guild-of-america-west' },
    });
  });

  it('tolerates a small typo, and scores it below an exact match', async () => {
    const hit = await top('Netflx');
    expect(hit?.entity.slug).toBe('netflix');
    expect(hit?.score).toBeLessThan(1);
    expect((await top('Lombardni'))?.entity.slug).toBe('carol-lombardini');
  });

  it('finds a name the query splits or joins differently', async () => {
    expect(await top('warner media')).toMatchObject({ entity: { slug: 'warnermedia' }, score: 0.75, field: 'NAME' });
    expect(await top('Dream Works')).toMatchObject({
      entity: { slug: 'dreamworks-animation' },
      matched: 'DreamWorks Animation',
    });
    const paramount = (await execute(yoga, Search, { text: 'para mount', first: 10 })).data?.search ?? [];
    expect(paramount.length).toBeGreaterThan(1);
    expect(paramount.every((hit) => hit.matched.startsWith('Paramount'))).toBe(true);
  });

  it('filters by kind and bounds the list', async () => {
    const { data } = await execute(yoga, Search, { text: 'writers guild', kinds: ['STRIKE'], first: 2 });
    expect(data?.search.length).toBe(2);
    expect(data?.search.every((hit) => hit.entity.slug.includes('strike'))).toBe(true);
    const tooMany = await execute(yoga, Search, { text: 'a', first: 500 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await execute(yoga, Search, { text: 'zzzzzzzz' })).data?.search).toEqual([]);
    const long = await execute(yoga, Search, { text: 'amptp '.repeat(100) });
    expect(long.errors?.[0]).toMatchObject({
      message: 'text must be at most 200 characters, got 600',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('relations', () => {
  const Relations = graphql(`
    query Relations(
      $slug: String!
      $direction: Direction
      $types: [RelationType!]
      $asOf: PartialDate
      $current: Boolean
      $first: Int
      $after: String
    ) {
      entity(slug: $slug) {
        relations(direction: $direction, types: $types, asOf: $asOf, current: $current, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            direction
            other { slug }
            node { id key type since until ended role qualifiers from { slug } to { slug } citations { section source { key } } }
          }
        }
      }
    }
  `);
  const others = async (variables: RelationsQueryVariables) =>
    (await execute(yoga, Relations, variables)).data?.entity?.relations.edges.map((edge) => edge.other.slug);

  it('carries the relation and the entity at the other end', async () => {
    const { data } = await execute(yoga, Relations, { slug: 'nick-counter', types: ['PRESIDED_BY'] });
    expect(data?.entity?.relations.edges).toEqual([
      {
        direction: 'INCOMING',
        other: { slug: 'amptp' },
        node: expect.objectContaining({
          key: 'amptp-presided-by-nick-counter',
          type: 'PRESIDED_BY',
          since: '1982',
          until: '2009-03',
          ended: true,
          role: 'President',
          qualifiers: [],
          from: { slug: 'amptp' },
          to: { slug: 'nick-counter' },
          citations: [{ section: 'History', source: { key: 'wikipedia-amptp' } }],
        }),
      },
    ]);
  });

  it('filters by type, direction and date: presidents as of 2005 and 2009', async () => {
    const presidents = (asOf: string) => others({ slug: 'amptp', types: ['PRESIDED_BY'], direction: 'OUTGOING', asOf });
    expect(await presidents('2005')).toEqual(['nick-counter']);
    expect(await presidents('2009')).toEqual(['nick-counter', 'carol-lombardini', 'carol-lombardini']);
    expect(await presidents('2009-06')).toEqual(['carol-lombardini']);
    expect(await others({ slug: 'amptp', types: ['PRESIDED_BY'], current: true })).toEqual(['greg-hessinger']);
    expect(await others({ slug: 'amptp', types: ['MERGED_WITH'], direction: 'INCOMING' })).toEqual([]);
  });

  it('pages with cursors and says how many there are', async () => {
    const first = await execute(yoga, Relations, { slug: 'amptp', first: 5 });
    const connection = first.data?.entity?.relations;
    expect(connection?.edges.length).toBe(5);
    expect(connection?.totalCount).toBe(raw.relations.filter((r) => r.from === 'amptp' || r.to === 'amptp').length);
    const next = await execute(yoga, Relations, { slug: 'amptp', first: 5, after: connection?.pageInfo.endCursor });
    const firstKeys = connection?.edges.map((edge) => edge.node.key) ?? [];
    const nextKeys = next.data?.entity?.relations.edges.map((edge) => edge.node.key) ?? [];
    expect(nextKeys.length).toBe(5);
    expect(nextKeys.some((key) => firstKeys.includes(key))).toBe(false);
  });

  it('refuses a malformed PartialDate, as a variable or a literal, with BAD_USER_INPUT', async () => {
    const variable = await execute(yoga, Relations, { slug: 'amptp', asOf: '2009-13' });
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]?.message).toContain('month 13');
    const literal = await post(yoga, {
      query: '{ entity(slug: "amptp") { relations(asOf: "last year") { totalCount } } }',
    });
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const number = await post(yoga, { query: '{ entity(slug: "amptp") { relations(asOf: 2009) { totalCount } } }' });
    expect(number.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('typed fields of each kind', () => {
  const Association = graphql(`
    query AssociationFields($asOf: PartialDate) {
      entity(slug: "amptp") {
        ... on Association {
          founded
          headquarters
          memberCount { value qualifier text }
          agreementCount { text }
          presidents(asOf: $asOf) { name }
          current: presidents(current: true) { name }
          spokespersons { name }
          members { slug }
          negotiatesWith { slug }
          affiliations { slug }
          mergedWith { slug }
          strikes { slug }
        }
      }
    }
  `);

  it('Association: presidents as of a date, members, unions, mergers, strikes', async () => {
    const { data } = await execute(yoga, Association, { asOf: '2009' });
    const amptp = data?.entity && 'presidents' in data.entity ? data.entity : undefined;
    expect(amptp).toBeDefined();
    expect(amptp?.founded).toBe('1924');
    expect(amptp?.memberCount).toEqual({ value: 350, qualifier: 'OVER', text: 'over 350' });
    expect(amptp?.agreementCount?.text).toBe('80');
    expect(names(amptp?.presidents)).toEqual(['Nick Counter', 'Carol Lombardini']);
    expect(names(amptp?.current)).toEqual(['Greg Hessinger']);
    // data/amptp.json and data/negotiators.json: Gonzales, and Steinberg for the 1988 strike.
    expect(names(amptp?.spokespersons)).toEqual(['Herb Steinberg', 'Jarryd Gonzales']);
    expect(amptp?.members.map((member) => member.slug)).toEqual(
      expect.arrayContaining(['netflix', 'paramount-pictures', 'warner-bros', 'apple', 'amazon']),
    );
    expect(amptp?.members.length).toBe(12);
    expect(amptp?.negotiatesWith.map((union) => union.slug)).toEqual(
      expect.arrayContaining(['sag-aftra', 'directors-guild-of-america', 'writers-guild-of-america-west']),
    );
    expect(amptp?.affiliations.map((entity) => entity.slug)).toEqual(['motion-picture-association']);
    expect(amptp?.mergedWith.map((entity) => entity.slug)).toEqual([
      'alliance-of-television-film-producers',
      'society-of-independent-producers',
      'the-alliance',
    ]);
    const strikes = amptp?.strikes.map((strike) => strike.slug);
    expect(strikes).toEqual(
      expect.arrayContaining(['wga-strike-1988', 'wga-strike-2007-08', 'sag-aftra-strike-2023', 'wga-strike-2023']),
    );
    expect(strikes?.length).toBe(raw.relations.filter((r) => r.type === 'AGAINST' && r.to === 'amptp').length);
  });

  const Strike = graphql(`
    query StrikeFields($slug: String!) {
      entity(slug: $slug) {
        ... on Strike { startDate endDate durationDays unions { slug } against { slug } }
      }
    }
  `);

  it('Strike: dates, duration, unions and the party struck', async () => {
    const { data } = await execute(yoga, Strike, { slug: 'wga-strike-2023' });
    expect(data?.entity).toEqual({
      startDate: '2023-05-02',
      endDate: '2023-09-27',
      durationDays: 148,
      unions: [{ slug: 'writers-guild-of-america-east' }, { slug: 'writers-guild-of-america-west' }],
      against: [{ slug: 'amptp' }],
    });
  });

  const UnionStudioPersonEvent = graphql(`
    query OtherKinds {
      union: entity(slug: "writers-guild-of-america-west") {
        ... on Union { abbreviations strikes { slug } negotiatesWith { slug } }
      }
      guild: entity(slug: "post-production-guild") {
        ... on Union { partOf { slug } }
      }
      studio: entity(slug: "netflix") {
        ... on Studio { category memberships { slug } }
      }
      person: entity(slug: "carol-lombardini") {
        ... on Person { roles { type title since until ended qualifiers entity { slug } relation { key } } }
      }
      event: entity(slug: "ppg-election-filing-2022") {
        ... on Event { category date participants { slug } }
      }
    }
  `);

  it('Union, Studio, Person and Event', async () => {
    const { data, errors } = await execute(yoga, UnionStudioPersonEvent);
    expect(errors).toBeUndefined();
    const union = data?.union && 'strikes' in data.union ? data.union : undefined;
    expect(union?.abbreviations).toEqual(['WGAW']);
    expect(union?.negotiatesWith).toEqual([{ slug: 'amptp' }]);
    // Oldest first, by the strikes' own start dates.
    const strikes = union?.strikes.map((strike) => strike.slug) ?? [];
    expect(strikes).toEqual(expect.arrayContaining(['wga-strike-1988', 'wga-strike-2007-08', 'wga-strike-2023']));
    expect(strikes.indexOf('wga-strike-1988')).toBeLessThan(strikes.indexOf('wga-strike-2007-08'));
    expect(strikes.indexOf('wga-strike-2007-08')).toBeLessThan(strikes.indexOf('wga-strike-2023'));
    const starts = strikes.map((slug) => {
      const strike = raw.entities.find((entity) => entity.slug === slug);
      return strike?.kind === 'STRIKE' ? strike.startDate : undefined;
    });
    expect(starts.every(Boolean)).toBe(true);
    expect([...starts].sort()).toEqual(starts);
    expect(data?.guild).toEqual({ partOf: [{ slug: 'communications-workers-of-america' }] });
    expect(data?.studio).toEqual({
      category: 'STREAMING_SERVICE',
      // In order of joining: the MPA in 2019, the AMPTP in 2021.
      memberships: [{ slug: 'motion-picture-association' }, { slug: 'amptp' }],
    });
    const roles = data?.person && 'roles' in data.person ? data.person.roles : [];
    // data/negotiators.json adds her part in strikes; her presidencies come from data/amptp.json.
    expect(roles.filter((role) => role.type === 'PRESIDED_BY')).toEqual([
      expect.objectContaining({ type: 'PRESIDED_BY', since: '2009-03', until: '2009-10', qualifiers: ['INTERIM'] }),
      expect.objectContaining({
        type: 'PRESIDED_BY',
        since: '2009-10',
        until: '2025-04-14',
        ended: true,
        qualifiers: [],
      }),
    ]);
    expect(data?.event).toEqual({
      category: 'ELECTION_FILING',
      date: '2022-03-08',
      participants: [{ slug: 'post-production-guild' }],
    });
  });
});

describe('sources', () => {
  const Sources = graphql(`
    query Sources { sources { key title url publisher } }
  `);
  it('lists every cited source', async () => {
    const { data } = await execute(yoga, Sources);
    expect(data?.sources.map((source) => source.key).sort()).toEqual(raw.sources.map((source) => source.id).sort());
    expect(data?.sources.map((source) => source.key)).toContain('wikipedia-amptp');
  });
});

describe('batching', () => {
  const Nested = graphql(`
    query Nested($first: Int!) {
      entities(first: $first) {
        edges {
          node {
            name
            relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } }
          }
        }
      }
    }
  `);

  /**
   * Counts the graph's read calls made from outside it (a call a method makes on its own graph
   * inside another is part of that one look-up), by spying on every method of the instance.
   */
  function countLookups(): { calls: () => Map<string, number>; restore: () => void } {
    const calls = new Map<string, number>();
    let depth = 0;
    const proto = Object.getPrototypeOf(graph) as Record<string, unknown>;
    const names = Object.getOwnPropertyNames(proto).filter(
      (name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function',
    );
    const spies = names.map((name) => {
      const original = (graph as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (
        ...args: unknown[]
      ) => unknown;
      // biome-ignore lint/suspicious/noExplicitAny: every method of the graph, whatever its signature.
      return vi.spyOn(graph as any, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
        if (depth === 0) calls.set(name, (calls.get(name) ?? 0) + 1);
        depth++;
        try {
          return original.apply(this, args);
        } finally {
          depth--;
        }
      });
    });
    const restore = () => {
      for (const spy of spies) spy.mockRestore();
    };
    return { calls: () => new Map(calls), restore };
  }

  it('makes the same graph look-ups for 5 entities as for 40 (no N+1)', async () => {
    const lookupsFor = async (first: number) => {
      const counter = countLookups();
      try {
        const { data, errors } = await execute(yoga, Nested, { first });
        expect(errors).toBeUndefined();
        expect(data?.entities.edges.length).toBe(first);
        // Each entity's relations are there: the answer is not empty.
        expect(data?.entities.edges.some((edge) => edge.node.relations.edges.length > 0)).toBe(true);
        return counter.calls();
      } finally {
        counter.restore();
      }
    };
    const few = await lookupsFor(5);
    const many = await lookupsFor(40);
    expect(many).toEqual(few);
    const total = [...few.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(4);
  });
});
