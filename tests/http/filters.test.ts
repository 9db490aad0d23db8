/**
 * Filters applied a second time, search normalisation and backward pagination, through
 * `yoga.fetch`. Expected values are read from the data files (quoted in each test) or the files
 * themselves, never from the graph module.
 */
import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { byNameThenSlug, readDataFiles } from '../data-files.js';
import { sharedGraph } from '../shared-graph.js';
import { post } from './client.js';

const yoga = createYogaApp({ graph: sharedGraph() });

// biome-ignore lint/suspicious/noExplicitAny: raw documents, answers read by hand.
async function data(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { status, data, errors } = await post(yoga, { query, variables });
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  return data;
}

/*
 * Reed Hastings in data/*.json: three relations, all with Netflix.
 *   reed-hastings-executive-of-netflix           until 2023-01-19   [variety-sarandos-co-ceo-2020, deadline-peters-co-ceo-2023]
 *   reed-hastings-executive-chairman-of-netflix  since 2023-01-19   [deadline-peters-co-ceo-2023]
 *   netflix-founded-by-reed-hastings             since 1997         [deadline-peters-co-ceo-2023]
 * The neighbourhood reaches Netflix through any one of them; the relations among the two must
 * then be filtered again, or the other two come back.
 */
describe('neighborhood: the relations among its entities meet the filter too', () => {
  const Neighborhood = `query ($filter: String!) { neighborhood(of: "reed-hastings", FILTER) { entities { slug } relations { key } } }`;
  const run = async (filter: string) =>
    (await data(Neighborhood.replace('($filter: String!) ', '').replace('FILTER', filter))).neighborhood;

  it('unfiltered: both entities and all three relations', async () => {
    expect(await run('depth: 1')).toEqual({
      entities: [{ slug: 'reed-hastings' }, { slug: 'netflix' }],
      relations: [
        { key: 'netflix-founded-by-reed-hastings' },
        { key: 'reed-hastings-executive-chairman-of-netflix' },
        { key: 'reed-hastings-executive-of-netflix' },
      ],
    });
  });

  it('by type', async () => {
    expect((await run('types: [FOUNDED_BY]')).relations).toEqual([{ key: 'netflix-founded-by-reed-hastings' }]);
  });

  it('as of a date (2000: before he became executive chairman)', async () => {
    expect((await run('asOf: "2000"')).relations).toEqual([
      { key: 'netflix-founded-by-reed-hastings' },
      { key: 'reed-hastings-executive-of-netflix' },
    ]);
  });

  it('during an interval (2024-2025: after he stopped being chief executive)', async () => {
    expect((await run('during: { from: "2024", to: "2025" }')).relations).toEqual([
      { key: 'netflix-founded-by-reed-hastings' },
      { key: 'reed-hastings-executive-chairman-of-netflix' },
    ]);
  });

  it('by source', async () => {
    const subgraph = await run('sources: ["variety-sarandos-co-ceo-2020"]');
    expect(subgraph.entities).toEqual([{ slug: 'reed-hastings' }, { slug: 'netflix' }]);
    expect(subgraph.relations).toEqual([{ key: 'reed-hastings-executive-of-netflix' }]);
  });
});

/*
 * Joseph Schenck in data/*.json:
 *   joseph-schenck-executive-of-united-artists          1926 - 1935-06      [larousse-joseph-schenck, time-schenck-to-fox-1935]
 *   joseph-schenck-executive-of-twentieth-century-fox   1935 - unknown      [time-schenck-to-fox-1935, dga-…, larousse-joseph-schenck]
 *   amptp-presided-by-joseph-schenck                    1939 - 1939         [dga-studios-recognize-the-guild]
 *   joseph-schenck-helped-shape-amptp                   undated             [wikipedia-amptp]
 */
describe('Person.roles filters', () => {
  const roles = async (args: string) =>
    (
      await data(`{ entity(slug: "joseph-schenck") { ... on Person { roles${args} { relation { key } } } } }`)
    ).entity.roles.map((role: { relation: { key: string } }) => role.relation.key);
  const UA = 'joseph-schenck-executive-of-united-artists';
  const FOX = 'joseph-schenck-executive-of-twentieth-century-fox';
  const PRESIDED = 'amptp-presided-by-joseph-schenck';
  const SHAPED = 'joseph-schenck-helped-shape-amptp';

  it('all four without a filter', async () => {
    expect((await roles('')).sort()).toEqual([PRESIDED, FOX, SHAPED, UA].sort());
  });

  it('asOf keeps what overlaps the date, and undated relations', async () => {
    expect((await roles('(asOf: "1930")')).sort()).toEqual([SHAPED, UA].sort());
    expect((await roles('(asOf: "1935")')).sort()).toEqual([FOX, SHAPED, UA].sort());
    expect((await roles('(asOf: "1939")')).sort()).toEqual([PRESIDED, FOX, SHAPED].sort());
  });

  it('during keeps what overlaps the interval', async () => {
    expect((await roles('(during: { from: "1936", to: "1938" })')).sort()).toEqual([FOX, SHAPED].sort());
    expect((await roles('(during: { from: "1920", to: "1925" })')).sort()).toEqual([SHAPED]);
  });

  it('current drops what has ended, even on an unknown date', async () => {
    expect(await roles('(current: true)')).toEqual([SHAPED]);
  });

  it('sources keeps what cites one of them', async () => {
    expect((await roles('(sources: ["larousse-joseph-schenck"])')).sort()).toEqual([FOX, UA].sort());
    expect(await roles('(sources: ["wikipedia-amptp"])')).toEqual([SHAPED]);
  });

  it('filters together', async () => {
    expect(await roles('(asOf: "1930", sources: ["larousse-joseph-schenck"])')).toEqual([UA]);
    expect((await roles('(asOf: "1939", sources: ["dga-studios-recognize-the-guild"])')).sort()).toEqual(
      [PRESIDED, FOX].sort(),
    );
    expect(await roles('(current: true, sources: ["larousse-joseph-schenck"])')).toEqual([]);
  });
});

describe('timeline: a date range together with involving', () => {
  it('1935-1939 involving Joseph Schenck: his four dated changes in range, and nobody else', async () => {
    // From the relations above: Fox began 1935, United Artists ended 1935-06, the AMPTP
    // presidency began and ended 1939. United Artists began in 1926: out of range.
    const { timeline } = await data(
      '{ timeline(from: "1935", to: "1939", involving: ["joseph-schenck"]) { date kind relation { key } } }',
    );
    expect(timeline).toEqual([
      { date: '1935', kind: 'RELATION_BEGAN', relation: { key: 'joseph-schenck-executive-of-twentieth-century-fox' } },
      { date: '1935-06', kind: 'RELATION_ENDED', relation: { key: 'joseph-schenck-executive-of-united-artists' } },
      { date: '1939', kind: 'RELATION_BEGAN', relation: { key: 'amptp-presided-by-joseph-schenck' } },
      { date: '1939', kind: 'RELATION_ENDED', relation: { key: 'amptp-presided-by-joseph-schenck' } },
    ]);
  });

  it('the range alone is wider than the same range involving one entity', async () => {
    const { all, his } = await data(
      '{ all: timeline(from: "1935", to: "1939") { date } his: timeline(from: "1935", to: "1939", involving: ["joseph-schenck"]) { date } }',
    );
    expect(his.length).toBe(4);
    expect(all.length).toBeGreaterThan(4);
    for (const { date } of all) expect(date >= '1935' && date < '1940').toBe(true);
  });

  it('first: four entries match; first 4 returns them silently, first 3 says one was cut', async () => {
    const query = (first: number) =>
      `{ timeline(from: "1935", to: "1939", involving: ["joseph-schenck"], first: ${first}) { date } }`;
    type Answer = { data: { timeline: { date: string }[] }; extensions?: { warnings?: unknown[] } };
    const whole = (await post(yoga, { query: query(4) })) as unknown as Answer;
    expect(whole.data.timeline.map((entry) => entry.date)).toEqual(['1935', '1935-06', '1939', '1939']);
    expect(whole.extensions?.warnings).toBeUndefined();
    const cut = (await post(yoga, { query: query(3) })) as unknown as Answer;
    expect(cut.data.timeline.map((entry) => entry.date)).toEqual(['1935', '1935-06', '1939']);
    expect(cut.extensions?.warnings).toEqual([
      { code: 'TRUNCATED', message: '4 entries match; the first 3 are returned', path: ['timeline'] },
    ]);
  });

  it('the sources filter applies on top of range and involving', async () => {
    const { timeline } = await data(
      '{ timeline(from: "1935", to: "1939", involving: ["joseph-schenck"], sources: ["dga-studios-recognize-the-guild"]) { date relation { key } } }',
    );
    // The presidency and Fox cite it; United Artists' end does not.
    expect(timeline.map((entry: { date: string }) => entry.date)).toEqual(['1935', '1939', '1939']);
  });
});

describe('search: accents, case, punctuation and aliases', () => {
  const search = async (text: string) =>
    (
      await data('query ($text: String!) { search(text: $text, first: 3) { score matched field entity { slug } } }', {
        text,
      })
    ).search;

  it('folds accents and case: "JÓSEPH SCHÉNCK" is an exact match of the name Joseph Schenck', async () => {
    const [hit] = await search('JÓSEPH SCHÉNCK');
    expect(hit).toEqual({ score: 1, matched: 'Joseph Schenck', field: 'NAME', entity: { slug: 'joseph-schenck' } });
  });

  it('treats a hyphen as the en dash of the name', async () => {
    const [hit] = await search('1952-53 Screen Actors Guild strike');
    expect(hit).toMatchObject({ score: 1, matched: '1952–53 Screen Actors Guild strike', field: 'NAME' });
    expect(hit.entity.slug).toBe('sag-strike-1952-53');
  });

  it('matches an alias, says so, and ranks it just below an exact name', async () => {
    // data/people.json: bob-iger has the aliases "Robert Iger" and "Robert A. Iger".
    const [hit] = await search('Robert Iger');
    expect(hit).toMatchObject({ matched: 'Robert Iger', field: 'ALIAS', entity: { slug: 'bob-iger' } });
    expect(hit.score).toBeLessThan(1);
    expect(hit.score).toBeGreaterThan(0.8);
  });

  it('matches an alias with an accent added: "Hollywood Téamsters"', async () => {
    const [hit] = await search('Hollywood Téamsters');
    expect(hit).toMatchObject({
      matched: 'Hollywood Teamsters',
      field: 'ALIAS',
      entity: { slug: 'teamsters-local-399' },
    });
  });
});

describe('pagination: the default page', () => {
  const all = readDataFiles().entities.sort(byNameThenSlug);

  it('a connection given neither first nor last returns 20, and says more follow', async () => {
    expect(all.length).toBeGreaterThan(30);
    const { entities } = await data('{ entities { totalCount edges { node { slug } } pageInfo { hasNextPage } } }');
    expect(entities.totalCount).toBe(all.length);
    expect(entities.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(
      all.slice(0, 20).map((entity) => entity.slug),
    );
    expect(entities.pageInfo.hasNextPage).toBe(true);
  });

  it('first or last larger than the default page is honoured', async () => {
    const { a, b } = await data(
      '{ a: entities(first: 30) { edges { cursor } } b: entities(last: 25) { edges { cursor } } }',
    );
    expect(a.edges).toHaveLength(30);
    expect(b.edges).toHaveLength(25);
  });
});

describe('pagination backwards: last, before, hasPreviousPage', () => {
  const strikes = readDataFiles()
    .entities.filter((entity) => entity.kind === 'STRIKE')
    .sort(byNameThenSlug)
    .map((entity) => entity.slug);
  const Page = `query ($first: Int, $after: String, $last: Int, $before: String) {
    entities(kinds: [STRIKE], first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { slug } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  const page = async (variables: Record<string, unknown>) => (await data(Page, variables)).entities;
  const slugs = (connection: { edges: { node: { slug: string } }[] }) => connection.edges.map((edge) => edge.node.slug);

  it('has enough strikes in the data files for these tests', () => {
    expect(strikes.length).toBeGreaterThanOrEqual(8);
  });

  it('last: 3 is the last three, with a previous page and no next', async () => {
    const connection = await page({ last: 3 });
    expect(connection.totalCount).toBe(strikes.length);
    expect(slugs(connection)).toEqual(strikes.slice(-3));
    expect(connection.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0].cursor);
    expect(connection.pageInfo.endCursor).toBe(connection.edges[2].cursor);
  });

  it('last: N for all N is the whole list, with no previous page', async () => {
    const connection = await page({ last: strikes.length });
    expect(slugs(connection)).toEqual(strikes);
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
  });

  it('before a cursor with last: 2 is the two items before it', async () => {
    const all = await page({ first: strikes.length });
    const fifth = all.edges[4].cursor;
    const connection = await page({ last: 2, before: fifth });
    expect(slugs(connection)).toEqual(strikes.slice(2, 4));
    expect(connection.pageInfo.hasPreviousPage).toBe(true);
  });

  it('before alone is everything before the cursor (up to the default page)', async () => {
    const all = await page({ first: strikes.length });
    const connection = await page({ before: all.edges[3].cursor });
    expect(slugs(connection)).toEqual(strikes.slice(0, 3));
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
  });

  it('last: 2 before the third is the first two, with no previous page', async () => {
    const all = await page({ first: strikes.length });
    const connection = await page({ last: 2, before: all.edges[2].cursor });
    expect(slugs(connection)).toEqual(strikes.slice(0, 2));
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
  });

  it('first after a cursor continues there, and the window between after and before is kept', async () => {
    const all = await page({ first: strikes.length });
    const connection = await page({ first: 2, after: all.edges[1].cursor });
    expect(slugs(connection)).toEqual(strikes.slice(2, 4));
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const between = await page({ after: all.edges[1].cursor, before: all.edges[5].cursor });
    expect(slugs(between)).toEqual(strikes.slice(2, 5));
  });

  it('last: 0 is an empty page; last: 101 is refused naming last', async () => {
    const empty = await page({ last: 0 });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
    const { errors } = await post(yoga, { query: Page, variables: { last: 101 } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('last');
  });

  it('a cursor that is not in the list is refused, naming the argument', async () => {
    const stranger = Buffer.from('no-such-strike').toString('base64url');
    for (const name of ['before', 'after']) {
      const { errors } = await post(yoga, { query: Page, variables: { [name]: stranger } });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(new RegExp(`^${name}\\b`));
    }
  });

  it('the first item’s cursor is a valid cursor: after it comes the second, before it nothing', async () => {
    const all = await page({ first: strikes.length });
    const first = all.edges[0].cursor;
    expect(slugs(await page({ first: 1, after: first }))).toEqual(strikes.slice(1, 2));
    const none = await page({ last: 5, before: first });
    expect(none.edges).toEqual([]);
    expect(none.pageInfo.hasPreviousPage).toBe(false);
  });
});
