/**
 * Answers as of a date, through the API: the ones issue 10 pins, and certainty. Expected values
 * are read off the data files by hand (the AMPTP's presidents and members in data/amptp.json and
 * data/members.json).
 */
import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { graphql } from '../gql/index.js';
import { sharedGraph } from '../shared-graph.js';
import { execute } from './client.js';

const yoga = createYogaApp({ graph: sharedGraph() });
const today = new Date().toISOString().slice(0, 10);

const AmptpAsOf = graphql(`
  query AmptpAsOf($asOf: PartialDate!, $certainOnly: Boolean) {
    entity(slug: "amptp") {
      ... on Association {
        presidents(asOf: $asOf, certainOnly: $certainOnly) { name }
        members(asOf: $asOf, certainOnly: $certainOnly) { name }
      }
    }
  }
`);

async function amptpAsOf(asOf: string, certainOnly?: boolean) {
  const { data, errors } = await execute(yoga, AmptpAsOf, { asOf, certainOnly });
  expect(errors).toBeUndefined();
  const entity = data?.entity;
  if (!entity || !('presidents' in entity)) throw new Error('the AMPTP is not an association');
  return {
    presidents: entity.presidents.map((person) => person.name),
    members: entity.members.map((member) => member.name),
  };
}

describe('AMPTP presidents as of a date', () => {
  it('today: Greg Hessinger alone (Lombardini ended when he began, 2025-04-14)', async () => {
    expect((await amptpAsOf(today)).presidents).toEqual(['Greg Hessinger']);
  });

  it('2015: Carol Lombardini', async () => {
    expect((await amptpAsOf('2015')).presidents).toEqual(['Carol Lombardini']);
  });

  it('2005: Nick Counter', async () => {
    expect((await amptpAsOf('2005')).presidents).toEqual(['Nick Counter']);
  });

  it('the handover day holds both, and the day after only Hessinger', async () => {
    expect((await amptpAsOf('2025-04-14')).presidents).toEqual(['Carol Lombardini', 'Greg Hessinger']);
    expect((await amptpAsOf('2025-04-15')).presidents).toEqual(['Greg Hessinger']);
  });
});

describe('AMPTP members as of a date', () => {
  it('1990: not Netflix (founded 1997, joined 2021)', async () => {
    const { members } = await amptpAsOf('1990');
    expect(members).not.toContain('Netflix');
    expect(members).toContain('Paramount Pictures');
  });

  it('1978: not Universal (it left in 1975 and came back with the 1982 merger)', async () => {
    const { members } = await amptpAsOf('1978');
    expect(members).not.toContain('Universal Pictures');
    expect(members).not.toContain('Paramount Pictures');
  });

  it('Netflix is a member from 2021, not before', async () => {
    expect((await amptpAsOf('2020')).members).not.toContain('Netflix');
    expect((await amptpAsOf('2021')).members).toContain('Netflix');
    expect((await amptpAsOf(today)).members).toContain('Netflix');
  });

  it('certainOnly keeps only memberships whose start a source gives (Paramount and Universal from 1982)', async () => {
    const all = await amptpAsOf('2015');
    // Twelve members in data/members.json; Netflix joined only in 2021.
    expect(all.members).toHaveLength(11);
    expect((await amptpAsOf('2015', true)).members.sort()).toEqual(['Paramount Pictures', 'Universal Pictures']);
  });

  it('certainOnly today: a membership recorded as still holding surely holds now, whenever it began', async () => {
    expect((await amptpAsOf(today, true)).members).toHaveLength(12);
  });
});

describe('certainty on relation edges and relations', () => {
  const Memberships = graphql(`
    query Memberships($asOf: PartialDate!) {
      entity(slug: "amptp") {
        relations(types: [MEMBER_OF], direction: INCOMING, asOf: $asOf, first: 50) {
          edges { certainty other { slug } node { key certainty(asOf: "1900") } }
        }
      }
    }
  `);

  it('says CERTAIN where the known dates cover the date and POSSIBLE where an unknown start leaves it open', async () => {
    const { data, errors } = await execute(yoga, Memberships, { asOf: '2015' });
    expect(errors).toBeUndefined();
    const certainty = Object.fromEntries(
      (data?.entity?.relations.edges ?? []).map((edge) => [edge.other.slug, edge.certainty]),
    );
    expect(certainty['paramount-pictures']).toBe('CERTAIN');
    expect(certainty['sony-pictures']).toBe('POSSIBLE');
    expect(certainty.netflix).toBeUndefined();
  });

  const MembershipsUndated = graphql(`
    query MembershipsUndated {
      entity(slug: "amptp") {
        relations(types: [MEMBER_OF], direction: INCOMING, first: 50) {
          edges { certainty other { slug } node { key certainty(asOf: "1900") } }
        }
      }
    }
  `);

  it('is null on edges when no date was asked', async () => {
    const { data } = await execute(yoga, MembershipsUndated);
    const edges = data?.entity?.relations.edges ?? [];
    expect(edges.length).toBe(12);
    expect(edges.every((edge) => edge.certainty === null)).toBe(true);
  });

  it('Relation.certainty is null before the AMPTP was founded (1924), whatever the start', async () => {
    const { data } = await execute(yoga, MembershipsUndated);
    expect(data?.entity?.relations.edges.map((edge) => edge.node.certainty)).toEqual(Array(12).fill(null));
  });

  const RelationCertainty = graphql(`
    query RelationCertainty($id: ID!, $asOf: PartialDate!) {
      node(id: $id) { ... on Relation { key certainty(asOf: $asOf) } }
    }
  `);
  const relationId = (key: string) => Buffer.from(`Relation:${key}`).toString('base64');

  it.each([
    // since 2009-10, until 2025-04-14
    ['amptp-presided-by-carol-lombardini', '2009', 'CERTAIN'],
    ['amptp-presided-by-carol-lombardini', '2025-04-15', null],
    // since unknown: possible from the AMPTP's founding (1924) and Sony's (1987-12-21), never certain before today
    ['sony-pictures-member-of-amptp', '1988', 'POSSIBLE'],
    ['sony-pictures-member-of-amptp', '1986', null],
    // since 2005-09-20, until 2009-09: the month of the handover is certain (he held it at some time in it)
    ['writers-guild-of-america-west-presided-by-patric-verrone', '2009-09', 'CERTAIN'],
    ['writers-guild-of-america-west-presided-by-patric-verrone', '2010', null],
    // no dates of its own; Lew Wasserman died on 2002-06-03 (data/people.json)
    ['lew-wasserman-helped-shape-amptp', '2000', 'POSSIBLE'],
    ['lew-wasserman-helped-shape-amptp', '2002-06', 'POSSIBLE'],
    ['lew-wasserman-helped-shape-amptp', '2002-07', null],
  ])('%s as of %s: %s', async (key, asOf, expected) => {
    const { data, errors } = await execute(yoga, RelationCertainty, { id: relationId(key), asOf });
    expect(errors).toBeUndefined();
    expect(data?.node).toEqual({ key, certainty: expected });
  });
});

describe('certainOnly in traversals', () => {
  const Around = graphql(`
    query Around($asOf: PartialDate, $certainOnly: Boolean) {
      neighborhood(of: "amptp", depth: 1, types: [MEMBER_OF], asOf: $asOf, certainOnly: $certainOnly) {
        entities { slug }
      }
    }
  `);

  it('walks only the memberships that surely held then', async () => {
    const { data, errors } = await execute(yoga, Around, { asOf: '2015', certainOnly: true });
    expect(errors).toBeUndefined();
    expect(data?.neighborhood.entities.map((entity) => entity.slug).sort()).toEqual([
      'amptp',
      'paramount-pictures',
      'universal-pictures',
    ]);
  });

  it('refuses certainOnly without a date, saying why', async () => {
    const { data, errors } = await execute(yoga, Around, { certainOnly: true });
    expect(data?.neighborhood ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/certainOnly: give `asOf` or `during`/);
  });
});
