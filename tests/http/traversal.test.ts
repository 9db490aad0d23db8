import { describe, expect, it } from 'vitest';
import { comparePartialDates, type PartialDate } from '../../src/graph/partial-date.js';
import { createYogaApp } from '../../src/yoga.js';
import { readDataFiles } from '../data-files.js';
import { graphql } from '../gql/index.js';
import { sharedGraph } from '../shared-graph.js';
import { execute } from './client.js';

const graph = sharedGraph();
const yoga = createYogaApp({ graph });
const raw = readDataFiles();
const globalId = (type: string, slug: string) => Buffer.from(`${type}:${slug}`).toString('base64');

const ShortestPath = graphql(`
  query ShortestPath($from: String!, $to: String!, $types: [RelationType!], $asOf: PartialDate, $maxLength: Int) {
    shortestPath(from: $from, to: $to, types: $types, asOf: $asOf, maxLength: $maxLength) {
      length
      entities { slug }
      steps { forward from { slug } to { slug } relation { key type } }
    }
  }
`);

describe('the questions the graph answers in one request', () => {
  const Presidents = graphql(`
    query PresidentsAsOf($asOf: PartialDate, $during: IntervalInput) {
      entity(slug: "amptp") {
        ... on Association {
          presidents(asOf: $asOf, during: $during) { slug }
        }
      }
    }
  `);
  const presidents = async (variables: { asOf?: string; during?: { of?: string; from?: string; to?: string } }) => {
    const { data, errors } = await execute(yoga, Presidents, variables);
    expect(errors).toBeUndefined();
    return data?.entity && 'presidents' in data.entity
      ? data.entity.presidents.map((person) => person.slug)
      : undefined;
  };

  it('who presided over the AMPTP in a given year', async () => {
    expect(await presidents({ asOf: '1995' })).toEqual(['nick-counter']);
    expect(await presidents({ asOf: '2009' })).toEqual(['nick-counter', 'carol-lombardini']);
    expect(await presidents({ asOf: '1980' })).toEqual([]);
  });

  it('who presided during a given strike, taking the strike’s own dates', async () => {
    expect(await presidents({ during: { of: 'wga-strike-2007-08' } })).toEqual(['nick-counter']);
    expect(await presidents({ during: { of: 'wga-strike-1988' } })).toEqual(['nick-counter']);
    expect(await presidents({ during: { of: 'sag-aftra-strike-2023' } })).toEqual(['carol-lombardini']);
    expect(await presidents({ during: { of: globalId('Strike', 'wga-strike-2023') } })).toEqual(['carol-lombardini']);
    expect(await presidents({ during: { from: '2008', to: '2010' } })).toEqual(['nick-counter', 'carol-lombardini']);
  });

  it('refuses `during` with `of` and either bound', async () => {
    for (const during of [
      { of: 'wga-strike-1988', from: '1990' },
      { of: 'wga-strike-1988', to: '1990' },
    ]) {
      const { data, errors } = await execute(yoga, Presidents, { during });
      expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['BAD_USER_INPUT', 'during: give either `of` or `from`/`to`, not both'],
      ]);
      expect(data?.entity).toBeFalsy();
    }
  });

  it('the strikes against the AMPTP in the order of their own start dates', async () => {
    // startDate of each strike with an AGAINST relation to amptp in data/*.json; the relations
    // themselves carry no dates, so only the strikes' own dates can order them.
    const Strikes = graphql(`
      query AmptpStrikes { entity(slug: "amptp") { ... on Association { strikes { slug } } } }
    `);
    const { data, errors } = await execute(yoga, Strikes);
    expect(errors).toBeUndefined();
    const strikes = data?.entity && 'strikes' in data.entity ? data.entity.strikes.map((strike) => strike.slug) : [];
    expect(strikes).toEqual([
      'iatse-strike-1933', // 1933-07-08
      'wga-strike-1960', // 1960-01-16
      'actors-strike-1980', // 1980-07-21
      'wga-strike-1981', // 1981-04-11
      'wga-strike-1985', // 1985-03-05
      'dga-strike-1987', // 1987-07-14
      'wga-strike-1988', // 1988-03-07
      'wga-strike-2007-08', // 2007-11-05
      'wga-strike-2023', // 2023-05-02
      'sag-aftra-strike-2023', // 2023-07-14
    ]);
  });

  it('which companies were members as of a year', async () => {
    const Members = graphql(`
      query MembersAsOf($asOf: PartialDate) {
        entity(slug: "amptp") { ... on Association { members(asOf: $asOf) { slug } } }
      }
    `);
    const { data } = await execute(yoga, Members, { asOf: '2020' });
    const members = data?.entity && 'members' in data.entity ? data.entity.members.map((member) => member.slug) : [];
    // From the data files: members whose span (by year) overlaps 2020; an end no source dates does not end it.
    const expected = raw.relations
      .filter((r) => r.type === 'MEMBER_OF' && r.to === 'amptp')
      .filter((r) => r.since === undefined || r.since === 'unknown' || r.since.slice(0, 4) <= '2020')
      .filter((r) => r.until === undefined || r.until === 'unknown' || r.until.slice(0, 4) >= '2020')
      .map((r) => r.from);
    expect([...members].sort()).toEqual([...new Set(expected)].sort());
    expect(new Set(members).size).toBe(members.length);
    // Netflix joined in 2021 (data/members.json).
    expect(members).toEqual(expect.arrayContaining(['paramount-pictures', 'sony-pictures', 'nbc']));
    expect(members).not.toContain('netflix');
  });

  it('what happened in 1975, in order', async () => {
    const Timeline = graphql(`
      query Timeline($from: PartialDate, $to: PartialDate, $involving: [String!], $first: Int) {
        timeline(from: $from, to: $to, involving: $involving, first: $first) {
          date
          title
          kind
          entities { slug }
          relation { key }
          citations { source { key } }
        }
      }
    `);
    const { data, errors } = await execute(yoga, Timeline, { from: '1975', to: '1975' });
    expect(errors).toBeUndefined();
    const entries = data?.timeline ?? [];
    // Dated to the year, first: the Alliance's founding by Paramount and Universal (data/amptp.json)
    // and the DGA and SAG presidencies that began or ended that year (data/guild-presidents.json,
    // data/union-officers.json).
    expect(entries.map((entry) => entry.date)).toEqual([
      ...Array(8).fill('1975'),
      '1975-09',
      '1975-09',
      '1975-09',
      '1975-10',
      '1975-10',
    ]);
    // Organisations are named as they were called then: the AMPTP took its present name in 1982.
    expect(entries.map((entry) => entry.title)).toContain(
      'Universal Pictures withdrew from Association of Motion Picture and Television Producers',
    );
    expect(entries.every((entry) => entry.citations.length > 0)).toBe(true);
    const everything = await execute(yoga, Timeline, { first: 500 });
    const dates = (everything.data?.timeline.map((entry) => entry.date) ?? []) as PartialDate[];
    // The dataset has more dated facts than one page of 500 holds.
    expect(dates.length).toBe(500);
    expect([...dates].sort(comparePartialDates)).toEqual(dates);
    const recent = await execute(yoga, Timeline, { from: '2025', to: '2025' });
    // Hessinger took over from Lombardini on 2025-04-14 (data/amptp.json).
    expect(recent.data?.timeline.map((entry) => entry.date)).toContain('2025-04-14');
    const involvingValenti = await execute(yoga, Timeline, { involving: ['jack-valenti'] });
    expect(involvingValenti.data?.timeline.map((entry) => entry.date)).toEqual([
      '1963-11-22',
      '1966-06-01',
      '1966-06-01',
      '2004-09-01',
    ]);
  });

  it('how Netflix is connected to the Writers Guild of America West', async () => {
    const { data } = await execute(yoga, ShortestPath, { from: 'netflix', to: 'writers-guild-of-america-west' });
    expect(data?.shortestPath).toEqual({
      length: 2,
      entities: [{ slug: 'netflix' }, { slug: 'amptp' }, { slug: 'writers-guild-of-america-west' }],
      steps: [
        {
          forward: true,
          from: { slug: 'netflix' },
          to: { slug: 'amptp' },
          relation: { key: 'netflix-member-of-amptp', type: 'MEMBER_OF' },
        },
        {
          forward: true,
          from: { slug: 'amptp' },
          to: { slug: 'writers-guild-of-america-west' },
          relation: { key: 'amptp-negotiates-with-writers-guild-of-america-west', type: 'NEGOTIATES_WITH' },
        },
      ],
    });
  });

  it('how Jack Valenti is connected to the AMPTP, and that the link did not hold in 2010', async () => {
    const { data } = await execute(yoga, ShortestPath, { from: globalId('Person', 'jack-valenti'), to: 'amptp' });
    expect(data?.shortestPath?.entities.map((entity) => entity.slug)).toEqual([
      'jack-valenti',
      'motion-picture-association',
      'amptp',
    ]);
    expect(data?.shortestPath?.steps.map((step) => [step.relation.type, step.forward])).toEqual([
      ['PRESIDED_BY', false],
      ['AFFILIATED_WITH', false],
    ]);
    const in2010 = await execute(yoga, ShortestPath, { from: 'jack-valenti', to: 'amptp', asOf: '2010' });
    expect(in2010.errors).toBeUndefined();
    expect(in2010.data?.shortestPath).toBeNull();
  });
});

describe('paths', () => {
  const Paths = graphql(`
    query Paths($from: String!, $to: String!, $types: [RelationType!], $maxLength: Int, $first: Int) {
      paths(from: $from, to: $to, types: $types, maxLength: $maxLength, first: $first) {
        length
        entities { slug }
      }
    }
  `);

  it('lists simple paths shortest first, in a stable order', async () => {
    const { data } = await execute(yoga, Paths, { from: 'netflix', to: 'writers-guild-of-america-west', maxLength: 3 });
    expect(data?.paths.map((path) => path.entities.map((entity) => entity.slug).join(' > '))).toEqual([
      'netflix > amptp > writers-guild-of-america-west',
      // Netflix joined the MPA (2019) before the AMPTP (2021): relations are walked in date order.
      'netflix > motion-picture-association > amptp > writers-guild-of-america-west',
      // Then through each strike by the WGA West against the AMPTP (data/strikes.json,
      // data/strikes-historic.json) and each strike authorisation vote (data/strikes-recent.json).
      'netflix > amptp > wga-strike-1960 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-1981 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-1985 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-1988 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-2007-08 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-2023 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-authorization-2007 > writers-guild-of-america-west',
      'netflix > amptp > wga-strike-authorization-2017 > writers-guild-of-america-west',
    ]);
    const again = await execute(yoga, Paths, { from: 'netflix', to: 'writers-guild-of-america-west', maxLength: 3 });
    expect(again.data).toEqual(data);
  });

  it('walks only the types asked for, and honours first', async () => {
    const memberships = await execute(yoga, Paths, {
      from: 'netflix',
      to: 'writers-guild-of-america-west',
      types: ['MEMBER_OF', 'NEGOTIATES_WITH'],
      maxLength: 6,
    });
    const lengths = memberships.data?.paths.map((path) => path.length) ?? [];
    expect(lengths[0]).toBe(2);
    expect([...lengths].sort()).toEqual(lengths);
    const Typed = await execute(yoga, ShortestPath, {
      from: 'netflix',
      to: 'writers-guild-of-america-west',
      types: ['MEMBER_OF'],
    });
    expect(Typed.data?.shortestPath).toBeNull();
    const one = await execute(yoga, Paths, { from: 'netflix', to: 'writers-guild-of-america-west', first: 1 });
    expect(one.data?.paths.length).toBe(1);
  });

  it('refuses maxLength over 6 and first over 50, and names an unknown entity', async () => {
    const long = await execute(yoga, Paths, { from: 'netflix', to: 'amptp', maxLength: 7 });
    expect(long.errors?.[0]).toMatchObject({
      message: 'maxLength must be between 1 and 6, got 7',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const many = await execute(yoga, Paths, { from: 'netflix', to: 'amptp', first: 51 });
    expect(many.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await execute(yoga, Paths, { from: 'netflix', to: 'hollywood' });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'to: no entity "hollywood" (give a slug or an entity\'s global ID)',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});

describe('neighborhood', () => {
  const Neighborhood = graphql(`
    query Neighborhood($of: String!, $depth: Int, $limit: Int, $types: [RelationType!]) {
      neighborhood(of: $of, depth: $depth, limit: $limit, types: $types) {
        center { slug }
        truncated
        entities { slug }
        relations { key from { slug } to { slug } }
      }
    }
  `);

  it('gives the entities around one and the relations among them', async () => {
    const { data } = await execute(yoga, Neighborhood, { of: 'carol-lombardini', depth: 1 });
    expect(data?.neighborhood).toMatchObject({
      center: { slug: 'carol-lombardini' },
      truncated: false,
    });
    // Her presidencies (data/amptp.json); her work for Counter, her post and her part in the 2023
    // strikes (data/negotiators.json); and the relations among those entities.
    expect(data?.neighborhood.entities.map((entity) => entity.slug).sort()).toEqual([
      'amptp',
      'carol-lombardini',
      'nick-counter',
      'sag-aftra-strike-2023',
      'wga-strike-2023',
    ]);
    expect(data?.neighborhood.entities[0]).toEqual({ slug: 'carol-lombardini' });
    expect(data?.neighborhood.relations.map((relation) => relation.key).sort()).toEqual([
      'amptp-presided-by-carol-lombardini',
      'amptp-presided-by-carol-lombardini-interim',
      'amptp-presided-by-nick-counter',
      'carol-lombardini-aide-to-nick-counter',
      'carol-lombardini-executive-of-amptp',
      'carol-lombardini-party-to-sag-aftra-strike-2023',
      'carol-lombardini-party-to-wga-strike-2023',
      'sag-aftra-strike-2023-against-amptp',
      'wga-strike-2023-against-amptp',
    ]);
  });

  it('says when the limit cut it, in the answer and in the warnings', async () => {
    const response = await execute(yoga, Neighborhood, { of: 'amptp', depth: 2, limit: 5 });
    expect(response.data?.neighborhood.truncated).toBe(true);
    expect(response.data?.neighborhood.entities.length).toBe(5);
    const body = response as typeof response & { extensions?: { warnings?: { code: string; path: string[] }[] } };
    expect(body.extensions?.warnings).toEqual([expect.objectContaining({ code: 'TRUNCATED', path: ['neighborhood'] })]);
  });

  it('refuses a depth over 3 or a limit over 500', async () => {
    expect((await execute(yoga, Neighborhood, { of: 'amptp', depth: 4 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await execute(yoga, Neighborhood, { of: 'amptp', limit: 501 })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('entity references', () => {
  it('refuse the global ID of an entity under another kind’s type name, naming the argument', async () => {
    // jack-valenti is a person in the data files; his global ID is Person's, not Union's.
    expect(raw.entities.find((entity) => entity.slug === 'jack-valenti')?.kind).toBe('PERSON');
    const wrong = globalId('Union', 'jack-valenti');
    const { data, errors } = await execute(yoga, ShortestPath, { from: wrong, to: 'amptp' });
    expect(data?.shortestPath).toBeNull();
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['NOT_FOUND', `from: no entity "${wrong}" (give a slug or an entity's global ID)`],
    ]);
  });
});
