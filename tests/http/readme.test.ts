/**
 * The README's example queries, exactly as written, and the facts each answer shows. Expected
 * values come from the data files (read here with a few lines of code) or are worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createYogaApp, EXAMPLE_QUERY } from '../../src/yoga.js';
import { type RawRelation, readDataFiles } from '../data-files.js';
import { sharedGraph } from '../shared-graph.js';
import { post } from './client.js';

const yoga = createYogaApp({ graph: sharedGraph() });
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const examples = new Map(
  [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
    const query = match[1] as string;
    return [/^query (\w+)/.exec(query)?.[1] ?? query, query];
  }),
);

const raw = readDataFiles();
const entityBySlug = new Map(raw.entities.map((entity) => [entity.slug, entity]));
const nameOf = (slug: string) => entityBySlug.get(slug)?.name;
const slugByName = new Map(raw.entities.map((entity) => [entity.name, entity.slug]));
const titleOf = new Map(raw.sources.map((source) => [source.id, source.title]));
const relationsOf = (slug: string) =>
  raw.relations.filter((relation) => relation.from === slug || relation.to === slug);
/** Whether some relation of the data joins the two, either way. */
const joined = (a: string, b: string) =>
  raw.relations.some(
    (relation) => (relation.from === a && relation.to === b) || (relation.from === b && relation.to === a),
  );

/** Simple paths of at most `maxLength` relations, each relation of the data a separate step (a plain DFS). */
function countSimplePaths(from: string, to: string, maxLength: number, visited = new Set([from])): number {
  if (from === to) return 1;
  if (maxLength === 0) return 0;
  let count = 0;
  for (const relation of relationsOf(from)) {
    const next = relation.from === from ? relation.to : relation.from;
    if (visited.has(next)) continue;
    visited.add(next);
    count += countSimplePaths(next, to, maxLength - 1, visited);
    visited.delete(next);
  }
  return count;
}

// biome-ignore lint/suspicious/noExplicitAny: the README's documents are not typed.
async function answer(name: string): Promise<any> {
  const query = examples.get(name);
  expect(query, `README example ${name}`).toBeDefined();
  const { status, data, errors } = await post(yoga, { query });
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  return data;
}

describe('the README example queries, exactly as written', () => {
  it('are the seven documented, and GraphiQL opens on the first', () => {
    expect([...examples.keys()]).toEqual([
      'Presidents',
      'Strikes',
      'Search',
      'NetflixRelations',
      'Connections',
      'History',
      'AmptpIn2015',
    ]);
    expect(EXAMPLE_QUERY).toContain(examples.get('Presidents'));
  });

  it('Presidents: every president of the AMPTP, those of 2009, the current one, and each term with its sources', async () => {
    const { entity } = await answer('Presidents');
    // data/amptp.json: five PRESIDED_BY relations (Carol Lombardini has two terms), by start date.
    const terms = raw.relations
      .filter((relation) => relation.from === 'amptp' && relation.type === 'PRESIDED_BY')
      .sort((a, b) => ((a.since ?? '') < (b.since ?? '') ? -1 : 1));
    expect(entity.name).toBe('Alliance of Motion Picture and Television Producers');
    expect(entity.presidents.map((person: { name: string }) => person.name)).toEqual([
      'Joseph Schenck',
      'Nick Counter',
      'Carol Lombardini',
      'Greg Hessinger',
    ]);
    expect(entity.in2009).toEqual([{ name: 'Nick Counter' }, { name: 'Carol Lombardini' }]);
    expect(entity.now).toEqual([{ name: 'Greg Hessinger' }]);
    expect(entity.relations.totalCount).toBe(terms.length);
    expect(entity.relations.edges.length).toBe(terms.length);
    entity.relations.edges.forEach(
      // biome-ignore lint/suspicious/noExplicitAny: an untyped answer.
      (edge: any, index: number) => {
        const term = terms[index] as RawRelation;
        expect(edge.other.name).toBe(nameOf(term.to));
        expect(edge.node.since).toBe(term.since);
        // "unknown" in the data: no date, but ended.
        expect(edge.node.until).toBe(term.until === 'unknown' ? null : (term.until ?? null));
        expect(edge.node.ended).toBe(term.until !== undefined);
        expect(edge.node.citations.map((citation: { source: { title: string } }) => citation.source.title)).toEqual(
          term.citations.map((citation) => titleOf.get(citation.source)),
        );
      },
    );
    expect(entity.relations.edges[2].node.qualifiers).toEqual(['INTERIM']);
  });

  it('Strikes: the strikes against the AMPTP by start date, with their dates, length in days and unions', async () => {
    const { entity } = await answer('Strikes');
    // From the data files: the strikes with an AGAINST relation to the AMPTP, by start date.
    const strikes = raw.relations
      .filter((relation) => relation.type === 'AGAINST' && relation.to === 'amptp')
      .map((relation) => entityBySlug.get(relation.from))
      .sort((a, b) => (String(a?.startDate ?? '') < String(b?.startDate ?? '') ? -1 : 1));
    expect(strikes.length).toBeGreaterThan(0);
    const days = (start?: unknown, end?: unknown) => {
      const full = /^\d{4}-\d{2}-\d{2}$/;
      if (typeof start !== 'string' || typeof end !== 'string' || !full.test(start) || !full.test(end)) return null;
      return (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;
    };
    const unions = (slug: string) =>
      raw.relations
        .filter((relation) => relation.from === slug && relation.type === 'CALLED_BY')
        .map((relation) => nameOf(relation.to))
        .sort();
    expect(entity.name).toBe('Alliance of Motion Picture and Television Producers');
    expect(entity.strikes.map((strike: { name: string }) => strike.name)).toEqual(
      strikes.map((strike) => strike?.name),
    );
    entity.strikes.forEach(
      // biome-ignore lint/suspicious/noExplicitAny: an untyped answer.
      (shown: any, index: number) => {
        const strike = strikes[index];
        expect(shown.startDate).toBe(strike?.startDate);
        expect(shown.endDate).toBe(strike?.endDate ?? null);
        expect(shown.durationDays).toBe(days(strike?.startDate, strike?.endDate));
        expect(shown.unions.map((union: { name: string }) => union.name).sort()).toEqual(
          unions(strike?.slug as string),
        );
      },
    );
    // By hand: the 1988 strike ran from 1988-03-07 to 1988-08-07, 153 days (data/strikes.json).
    expect(entity.strikes.find((strike: { name: string }) => strike.name.startsWith('1988'))?.durationDays).toBe(153);
  });

  it('Search: a misspelt former name finds the AMPTP, saying which name matched', async () => {
    const { search } = await answer('Search');
    expect(search).toHaveLength(1);
    expect(search[0]).toMatchObject({
      matched: 'Association of Motion Picture Producers',
      field: 'FORMER_NAME',
      entity: { slug: 'amptp', name: 'Alliance of Motion Picture and Television Producers', kind: 'ASSOCIATION' },
    });
    expect(search[0].score).toBeGreaterThan(0);
    expect(search[0].score).toBeLessThan(1);
    // data/amptp.json lists it among the AMPTP's former names.
    expect(JSON.stringify(entityBySlug.get('amptp')?.formerNames)).toContain(search[0].matched);
  });

  it('NetflixRelations: its category, memberships, and every relation with the entity at the other end', async () => {
    const { entity } = await answer('NetflixRelations');
    const mine = relationsOf('netflix');
    expect(entity.name).toBe('Netflix');
    expect(entity.category).toBe(entityBySlug.get('netflix')?.category);
    expect(entity.memberships.map((org: { name: string }) => org.name).sort()).toEqual(
      mine
        .filter((relation) => relation.from === 'netflix' && relation.type === 'MEMBER_OF')
        .map((relation) => nameOf(relation.to))
        .sort(),
    );
    const described = (relation: RawRelation) =>
      [
        relation.from === 'netflix' ? 'OUTGOING' : 'INCOMING',
        nameOf(relation.from === 'netflix' ? relation.to : relation.from),
        relation.type,
        // A start or end no source gives is "unknown" in the data and null in the API.
        relation.since === 'unknown' ? null : (relation.since ?? null),
        relation.until === 'unknown' ? null : (relation.until ?? null),
      ].join(' ');
    // biome-ignore lint/suspicious/noExplicitAny: an untyped answer.
    const shown = entity.relations.edges.map((edge: any) =>
      [edge.direction, edge.other.name, edge.node.type, edge.node.since, edge.node.until].join(' '),
    );
    expect(shown.sort()).toEqual(mine.map(described).sort());
  });

  it('Connections: a shortest path step by step, simple paths shortest first, and the president during a strike', async () => {
    const { shortestPath, paths, entity } = await answer('Connections');
    // By hand from the data: Netflix is a member of the AMPTP, which negotiates with the WGA West,
    // and no relation joins Netflix to the WGA West directly.
    expect(joined('netflix', 'writers-guild-of-america-west')).toBe(false);
    expect(shortestPath.length).toBe(2);
    expect(shortestPath.steps).toEqual([
      {
        forward: true,
        from: { name: 'Netflix' },
        // data/members.json: Netflix joined the AMPTP in 2021.
        relation: { type: 'MEMBER_OF', since: '2021', until: null },
        to: { name: 'Alliance of Motion Picture and Television Producers' },
      },
      {
        forward: true,
        from: { name: 'Alliance of Motion Picture and Television Producers' },
        relation: { type: 'NEGOTIATES_WITH', since: null, until: null },
        to: { name: 'Writers Guild of America West' },
      },
    ]);
    // Jack Valenti presided over the MPA, which is affiliated with the AMPTP: two steps; the rest go
    // through one more entity. Each step is a relation of the data; no entity repeats.
    expect(joined('jack-valenti', 'amptp')).toBe(false);
    expect(paths.length).toBe(Math.min(10, countSimplePaths('jack-valenti', 'amptp', 3)));
    expect(paths[0].entities.map((e: { name: string }) => e.name)).toEqual([
      'Jack Valenti',
      'Motion Picture Association',
      'Alliance of Motion Picture and Television Producers',
    ]);
    const lengths = paths.map((path: { length: number }) => path.length);
    expect(lengths).toEqual([...lengths].sort());
    for (const path of paths) {
      const slugs = path.entities.map((e: { name: string }) => slugByName.get(e.name) as string);
      expect(slugs.length).toBe(path.length + 1);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect([slugs[0], slugs.at(-1)]).toEqual(['jack-valenti', 'amptp']);
      for (let i = 1; i < slugs.length; i++) expect(joined(slugs[i - 1], slugs[i])).toBe(true);
    }
    // data/strikes.json: 2007-11-05 to 2008-02-12; data/amptp.json: Nick Counter 1982 to 2009-03,
    // the only term overlapping it.
    expect(entity.presidents).toEqual([{ name: 'Nick Counter' }]);
  });

  it('History: the dated facts of 1975 in order, and Carol Lombardini’s neighbourhood cut at 20', async () => {
    const { timeline, neighborhood } = await answer('History');
    // From the data: what began or ended in 1975, and the events dated 1975.
    const in1975 = (date: unknown) => typeof date === 'string' && date.startsWith('1975');
    const expected = [
      ...raw.relations.flatMap((relation) => [
        ...(in1975(relation.since) ? [`${relation.since} RELATION_BEGAN`] : []),
        ...(in1975(relation.until) ? [`${relation.until} RELATION_ENDED`] : []),
      ]),
      ...raw.entities.filter((entity) => in1975(entity.date)).map((entity) => `${entity.date} EVENT`),
      ...raw.entities
        .filter((entity) => entity.kind !== 'PERSON' && in1975(entity.founded))
        .map((entity) => `${entity.founded} FOUNDED`),
    ].sort();
    expect(expected.length).toBeGreaterThan(0);
    const shown = timeline.map((entry: { date: string; kind: string }) => `${entry.date} ${entry.kind}`);
    expect([...shown].sort()).toEqual(expected);
    expect(timeline.map((entry: { date: string }) => entry.date)).toEqual(
      timeline.map((entry: { date: string }) => entry.date).sort(),
    );

    // Her own relations (data/amptp.json, data/negotiators.json) come first, then those of the
    // AMPTP, which has far more than 20 entities around it.
    const hers = new Set(relationsOf('carol-lombardini').map((r) => (r.from === 'carol-lombardini' ? r.to : r.from)));
    expect(hers).toEqual(new Set(['amptp', 'nick-counter', 'wga-strike-2023', 'sag-aftra-strike-2023']));
    expect(relationsOf('amptp').length).toBeGreaterThan(20);
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.entities).toHaveLength(20);
    expect(neighborhood.entities[0]).toEqual({ name: 'Carol Lombardini', kind: 'PERSON' });
    expect(
      new Set(neighborhood.entities.slice(1, 1 + hers.size).map((e: { name: string }) => slugByName.get(e.name))),
    ).toEqual(hers);
    // The relations shown are exactly those of the data among the 20 entities.
    const members = new Set(neighborhood.entities.map((e: { name: string }) => slugByName.get(e.name)));
    const among = raw.relations.filter((relation) => members.has(relation.from) && members.has(relation.to));
    const shownRelations = neighborhood.relations.map(
      (relation: { type: string; from: { name: string }; to: { name: string } }) =>
        `${slugByName.get(relation.from.name)} ${relation.type} ${slugByName.get(relation.to.name)}`,
    );
    expect(shownRelations.sort()).toEqual(among.map((r) => `${r.from} ${r.type} ${r.to}`).sort());
  });
});

describe('the README’s Time example', () => {
  it('AmptpIn2015: the 2015 president, the members that surely belonged, and the rest as possible', async () => {
    const { entity } = await answer('AmptpIn2015');
    expect(entity.presidents).toEqual([{ name: 'Carol Lombardini' }]);
    // data/members.json: only Paramount's and Universal's memberships have a start (1982).
    expect(entity.surely.map((member: { name: string }) => member.name).sort()).toEqual([
      'Paramount Pictures',
      'Universal Pictures',
    ]);
    const edges: { certainty: string; other: { name: string } }[] = entity.relations.edges;
    expect(
      edges
        .filter((edge) => edge.certainty === 'CERTAIN')
        .map((edge) => edge.other.name)
        .sort(),
    ).toEqual(['Paramount Pictures', 'Universal Pictures']);
    expect(edges.filter((edge) => edge.certainty === 'POSSIBLE')).toHaveLength(9);
  });
});

describe('the README’s query-cost figures', () => {
  const limits = readme.slice(readme.indexOf('The query cost counts'), readme.indexOf('The deadline is checked'));
  const figure = (pattern: RegExp) => Number(pattern.exec(limits)?.[1]?.replace(/,/g, ''));

  it('quotes the longest lists of the default dataset as counted in the data files', () => {
    const degree = new Map<string, number>();
    for (const relation of raw.relations) {
      for (const slug of [relation.from, relation.to]) degree.set(slug, (degree.get(slug) ?? 0) + 1);
    }
    expect(figure(/(\d+) in the default\s+dataset/)).toBe(Math.max(...degree.values()));
    const citations = [...raw.entities, ...raw.relations].map((record) => (record.citations as unknown[]).length);
    expect(figure(/`citations` \((\d+)\)/)).toBe(Math.max(...citations));
  });

  it('the 100 × 10 query costs what it says and passes; two levels of 100 cost over what it says and are refused', async () => {
    // 1 + 100 × (edges 1 + node 1 + name 1 + relations (1 + 10 × (edges, other, name, node, from, slug, to, slug: 8)))
    const passing =
      '{ entities(first: 100) { edges { node { name relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } } } } } }';
    const stated = figure(/costs about ([\d,]+) and passes/);
    expect(Math.abs(1 + 100 * (3 + 1 + 10 * 8) - stated)).toBeLessThan(50);
    const ok = await post(yoga, { query: passing });
    expect(ok.errors).toBeUndefined();
    // entity 1 + relations (1 + 100 × (edges 1 + other 1 + relations (1 + 100 × (edges, node, key: 3))))
    const refused = await post(yoga, {
      query:
        '{ entity(slug: "amptp") { relations(first: 100) { edges { other { relations(first: 100) { edges { node { key } } } } } } } }',
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 30_302 });
    expect(30_302).toBeGreaterThan(figure(/cost over ([\d,]+) and are refused/));
  });
});
