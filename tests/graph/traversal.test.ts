import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset, toEntity, toRelation } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { neighborhood, shortestPath, simplePaths } from '../../src/graph/traversal.js';

/**
 * a -> b -> c, d -> a and d -> c, b -> c again but only 2000-2005, and a star of 30 leaves on hub.
 *   a ──MEMBER_OF──> b ──NEGOTIATES_WITH──> c
 *   ^                 └──MEMBER_OF (2000-2005)──┘
 *   d ──PARTY_TO──> a ; d ──PARTY_TO──> c
 */
function traversalFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-traversal-'));
  const cite = [{ source: 's' }];
  const entity = (slug: string) => ({
    slug,
    kind: 'PERSON',
    name: slug.toUpperCase(),
    description: 'x',
    citations: cite,
  });
  const leaves = Array.from({ length: 30 }, (_, index) => `leaf-${String(index).padStart(2, '0')}`);
  const relation = (id: string, type: string, from: string, to: string, extra: object = {}) => ({
    id,
    type,
    from,
    to,
    since: 'unknown',
    citations: cite,
    ...extra,
  });
  writeFileSync(
    join(dir, 'graph.json'),
    JSON.stringify({
      sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
      entities: ['a', 'b', 'c', 'd', 'e', 'hub', ...leaves].map(entity),
      relations: [
        relation('a-b', 'MEMBER_OF', 'a', 'b'),
        relation('b-c', 'NEGOTIATES_WITH', 'b', 'c'),
        relation('b-c-dated', 'MEMBER_OF', 'b', 'c', { since: '2000', until: '2005' }),
        relation('d-a', 'PARTY_TO', 'd', 'a'),
        relation('d-c', 'PARTY_TO', 'd', 'c'),
        relation('hub-a', 'MEMBER_OF', 'hub', 'a'),
        ...leaves.map((leaf) => relation(`${leaf}-hub`, 'MEMBER_OF', leaf, 'hub')),
      ],
    }),
  );
  return dir;
}

/** p000 - p001 - … : `length` entities in a line. */
function chainFixture(length: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-chain-'));
  const cite = [{ source: 's' }];
  const slugs = Array.from({ length }, (_, index) => `p${String(index).padStart(3, '0')}`);
  writeFileSync(
    join(dir, 'graph.json'),
    JSON.stringify({
      sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
      entities: slugs.map((slug) => ({ slug, kind: 'PERSON', name: slug, description: 'x', citations: cite })),
      relations: slugs.slice(1).map((slug, index) => ({
        id: `${slugs[index]}-${slug}`,
        type: 'MEMBER_OF',
        from: slugs[index],
        to: slug,
        since: 'unknown',
        citations: cite,
      })),
    }),
  );
  return dir;
}

let graph: KnowledgeGraph;
// Loaded inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
beforeEach(() => {
  graph = loadDataset(traversalFixture());
});
/** A written membership from `from` to `to`, citing `sources`, with no known start. */
const citing = (id: string, from: string, to: string, sources: string[]) =>
  toRelation({
    id,
    type: 'MEMBER_OF',
    from,
    to,
    since: 'unknown' as PartialDate,
    citations: sources.map((source) => ({ source })),
  });

const relationIds = (path: { steps: readonly { relation: { id: string } }[] } | null) =>
  path?.steps.map((step) => step.relation.id);

describe('shortestPath', () => {
  it('walks relations either way and says which way each step went', () => {
    const { path, truncated } = shortestPath(graph, 'c', 'a');
    expect(truncated).toBe(false);
    expect(path?.entities).toEqual(['c', 'b', 'a']);
    expect(path?.steps.map((step) => [step.relation.id, step.from, step.to, step.forward])).toEqual([
      ['b-c-dated', 'c', 'b', false],
      ['a-b', 'b', 'a', false],
    ]);
    const viaD = shortestPath(graph, 'c', 'a', { types: ['PARTY_TO'] }).path;
    expect(viaD?.steps.map((step) => [step.from, step.to, step.forward])).toEqual([
      ['c', 'd', false],
      ['d', 'a', true],
    ]);
  });

  it('is a single entity for a path to itself, and null when nothing joins them', () => {
    expect(shortestPath(graph, 'a', 'a').path).toEqual({ entities: ['a'], steps: [] });
    expect(shortestPath(graph, 'a', 'e')).toMatchObject({ path: null, truncated: false });
  });

  it('walks only the relation types asked for, and only relations that hold as of a date', () => {
    const types = ['MEMBER_OF', 'NEGOTIATES_WITH'] as const;
    expect(relationIds(shortestPath(graph, 'a', 'c', { types }).path)).toEqual(['a-b', 'b-c-dated']);
    expect(relationIds(shortestPath(graph, 'a', 'c', { types, asOf: '2010' as PartialDate }).path)).toEqual([
      'a-b',
      'b-c',
    ]);
    expect(shortestPath(graph, 'a', 'c', { types: ['MEMBER_OF'] }).path?.steps.map((step) => step.relation.id)).toEqual(
      ['a-b', 'b-c-dated'],
    );
    expect(shortestPath(graph, 'a', 'c', { types: ['MEMBER_OF'], asOf: '2010' as PartialDate }).path).toBeNull();
    expect(
      shortestPath(graph, 'a', 'c', { types: ['MEMBER_OF'], during: { from: '2004' as PartialDate } }).path,
    ).not.toBeNull();
  });

  it('walks a dated relation from the first day of its span to the last, and on no day outside', () => {
    // b-c-dated holds from 2000 (its first day, 2000-01-01) until 2005 (its last, 2005-12-31).
    const viaDated = (filter: object) =>
      relationIds(shortestPath(graph, 'a', 'c', { types: ['MEMBER_OF'], ...filter }).path) ?? null;
    const day = (text: string) => text as PartialDate;
    expect(viaDated({ asOf: day('2000-01-01') })).toEqual(['a-b', 'b-c-dated']);
    expect(viaDated({ asOf: day('2005-12-31') })).toEqual(['a-b', 'b-c-dated']);
    expect(viaDated({ asOf: day('1999-12-31') })).toBeNull();
    expect(viaDated({ asOf: day('2006-01-01') })).toBeNull();
    expect(viaDated({ during: { to: day('2000-01-01') } })).toEqual(['a-b', 'b-c-dated']);
    expect(viaDated({ during: { from: day('2005-12-31') } })).toEqual(['a-b', 'b-c-dated']);
    expect(viaDated({ during: { to: day('1999-12-31') } })).toBeNull();
    expect(viaDated({ during: { from: day('2006-01-01') } })).toBeNull();
  });

  it('reads an empty list of types or sources as no filter', () => {
    const unfiltered = relationIds(shortestPath(graph, 'c', 'a').path);
    expect(unfiltered).toHaveLength(2);
    expect(relationIds(shortestPath(graph, 'c', 'a', { types: [] }).path)).toEqual(unfiltered);
    expect(relationIds(shortestPath(graph, 'c', 'a', { sources: [] }).path)).toEqual(unfiltered);
  });

  it('respects maxLength', () => {
    expect(shortestPath(graph, 'leaf-00', 'c', { maxLength: 3 }).path).toBeNull();
    expect(shortestPath(graph, 'leaf-00', 'c', { maxLength: 4 }).path?.entities).toEqual([
      'leaf-00',
      'hub',
      'a',
      'b',
      'c',
    ]);
  });

  it('stops at the visit cap and says the answer was cut', () => {
    const result = shortestPath(graph, 'hub', 'c', { maxVisited: 10 });
    expect(result).toMatchObject({ path: null, truncated: true });
    expect(result.visited).toBeLessThanOrEqual(10);
  });
});

describe('shortestPath: filters on every relation it walks', () => {
  it('walks only relations citing one of the sources asked for', () => {
    expect(shortestPath(graph, 'c', 'a', { sources: ['s'] }).path?.entities).toEqual(['c', 'b', 'a']);
    expect(shortestPath(graph, 'c', 'a', { sources: ['no-such-source'] })).toMatchObject({
      path: null,
      truncated: false,
    });
  });

  it('with current, walks only relations that have not ended', () => {
    // b-c-dated ended in 2005: the current path from c to a takes b-c instead.
    expect(relationIds(shortestPath(graph, 'c', 'a', { current: true }).path)).toEqual(['b-c', 'a-b']);
  });

  it('a filter that accepts every relation finds what no filter finds', () => {
    const unfiltered = shortestPath(graph, 'leaf-00', 'c');
    const everyType = shortestPath(graph, 'leaf-00', 'c', { types: ['MEMBER_OF', 'NEGOTIATES_WITH', 'PARTY_TO'] });
    expect(everyType).toEqual(unfiltered);
    expect(unfiltered.path?.entities).toEqual(['leaf-00', 'hub', 'a', 'b', 'c']);
  });

  it('one search leaves nothing behind for the next, on this graph or a larger one', () => {
    const first = shortestPath(graph, 'leaf-00', 'c');
    expect(shortestPath(graph, 'd', 'b').path?.entities).toEqual(['d', 'a', 'b']);
    expect(shortestPath(graph, 'leaf-00', 'c')).toEqual(first);
    // p000 - p001 - … - p099, more entities than the fixture has.
    const chain = loadDataset(chainFixture(100));
    expect(shortestPath(chain, 'p000', 'p005').path?.entities).toEqual([
      'p000',
      'p001',
      'p002',
      'p003',
      'p004',
      'p005',
    ]);
    expect(shortestPath(chain, 'p000', 'p099')).toMatchObject({ path: null, truncated: false });
    expect(shortestPath(graph, 'leaf-00', 'c')).toEqual(first);
    expect(shortestPath(graph, 'a', 'e').path).toBeNull();
  });
});

describe('shortestPath after a write', () => {
  const cite = [{ source: 's' }];
  const f = toEntity({ slug: 'f', kind: 'PERSON', name: 'F', description: 'x', citations: cite });
  const relation = (id: string, from: string, to: string) =>
    toRelation({ id, type: 'MEMBER_OF', from, to, since: 'unknown' as PartialDate, citations: cite });

  it('walks relations written since the graph was loaded, to and from an entity written with them', () => {
    // e had no relations; f is new: e -> f -> c.
    const next = graph.withEdit(
      { entities: [f], relations: [relation('e-f', 'e', 'f'), relation('f-c', 'f', 'c')] },
      1,
    );
    expect(shortestPath(next, 'e', 'a').path?.steps.map((step) => [step.relation.id, step.from, step.to])).toEqual([
      ['e-f', 'e', 'f'],
      ['f-c', 'f', 'c'],
      ['b-c-dated', 'c', 'b'],
      ['a-b', 'b', 'a'],
    ]);
    expect(shortestPath(next, 'a', 'e').path?.entities).toEqual(['a', 'b', 'c', 'f', 'e']);
    // The version written from is unchanged.
    expect(shortestPath(graph, 'e', 'a').path).toBeNull();
  });

  it('filters written relations by the sources they cite, as it does those loaded', () => {
    // e -> f cites t; f -> c cites s and t; everything loaded cites s.
    const next = graph.withEdit(
      { entities: [f], relations: [citing('e-f', 'e', 'f', ['t']), citing('f-c', 'f', 'c', ['s', 't'])] },
      1,
    );
    expect(shortestPath(next, 'e', 'c', { sources: ['t'] }).path?.entities).toEqual(['e', 'f', 'c']);
    expect(shortestPath(next, 'e', 'a', { sources: ['t'] })).toMatchObject({ path: null, truncated: false });
    expect(shortestPath(next, 'e', 'a', { sources: ['s'] })).toMatchObject({ path: null, truncated: false });
    expect(shortestPath(next, 'e', 'a', { sources: ['s', 't'] }).path?.entities).toEqual(['e', 'f', 'c', 'b', 'a']);
    expect(shortestPath(next, 'f', 'a', { sources: ['s'] }).path?.entities).toEqual(['f', 'c', 'b', 'a']);
  });

  it('no longer walks a relation retracted since', () => {
    const next = graph.withEdit({ retract: ['a-b'] }, 1);
    expect(relationIds(shortestPath(next, 'a', 'b').path)).toEqual(['d-a', 'd-c', 'b-c-dated']);
    expect(relationIds(shortestPath(graph, 'a', 'b').path)).toEqual(['a-b']);
    const isolated = next.withEdit({ retract: ['hub-a'] }, 2);
    expect(shortestPath(isolated, 'leaf-00', 'a')).toMatchObject({ path: null, truncated: false });
  });
});

describe('simplePaths', () => {
  it('lists simple paths shortest first, then in a stable order', () => {
    const { paths, truncated } = simplePaths(graph, 'a', 'c', { maxLength: 3 });
    expect(truncated).toBe(false);
    expect(paths.map((path) => path.steps.map((step) => step.relation.id))).toEqual([
      ['a-b', 'b-c-dated'],
      ['a-b', 'b-c'],
      ['d-a', 'd-c'],
    ]);
    expect(simplePaths(graph, 'a', 'c', { maxLength: 3 })).toEqual({ paths, truncated });
  });

  it('never visits an entity twice, and honours first and maxLength', () => {
    const { paths } = simplePaths(graph, 'b', 'd', { maxLength: 6, first: 50 });
    for (const path of paths) expect(new Set(path.entities).size).toBe(path.entities.length);
    expect(paths.map((path) => path.entities)).toEqual([
      ['b', 'a', 'd'],
      ['b', 'c', 'd'],
      ['b', 'c', 'd'],
    ]);
    expect(simplePaths(graph, 'leaf-00', 'c', { maxLength: 6 }).paths.map((path) => path.steps.length)).toEqual([
      4, 4, 4,
    ]);
    expect(simplePaths(graph, 'b', 'd', { first: 2 }).paths.length).toBe(2);
    expect(simplePaths(graph, 'b', 'd', { maxLength: 1 }).paths).toEqual([]);
  });

  it('filters by time', () => {
    expect(
      simplePaths(graph, 'a', 'c', { maxLength: 2, types: ['MEMBER_OF'], asOf: '2003' as PartialDate }).paths.length,
    ).toBe(1);
    expect(
      simplePaths(graph, 'a', 'c', { maxLength: 2, types: ['MEMBER_OF'], asOf: '2006' as PartialDate }).paths,
    ).toEqual([]);
  });

  it('reports truncation when the cap cuts the search', () => {
    const { truncated } = simplePaths(graph, 'leaf-00', 'd', { maxLength: 6, maxVisited: 3 });
    expect(truncated).toBe(true);
  });
});

describe('neighborhood', () => {
  it('returns entities nearest first and the relations among them', () => {
    const result = neighborhood(graph, 'b', { depth: 1 });
    expect(result.entities.map((entity) => entity.slug)).toEqual(['b', 'a', 'c']);
    expect(result.relations.map((relation) => relation.id).sort()).toEqual(['a-b', 'b-c', 'b-c-dated']);
    expect(result.truncated).toBe(false);
  });

  it('includes relations between entities of the last level', () => {
    const result = neighborhood(graph, 'a', { depth: 1 });
    expect(result.entities.map((entity) => entity.slug)).toEqual(['a', 'b', 'hub', 'd']);
    expect(result.relations.map((relation) => relation.id).sort()).toEqual(['a-b', 'd-a', 'hub-a']);
    const two = neighborhood(graph, 'a', { depth: 2, limit: 500 });
    expect(two.entities.length).toBe(5 + 30);
    expect(two.relations.map((relation) => relation.id)).toContain('d-c');
  });

  it('says when the limit cut the result', () => {
    const result = neighborhood(graph, 'hub', { depth: 1, limit: 10 });
    expect(result.entities.length).toBe(10);
    expect(result.truncated).toBe(true);
    expect(neighborhood(graph, 'hub', { depth: 1, limit: 31 + 1 }).truncated).toBe(false);
  });

  it('caps depth whatever is asked', () => {
    expect(
      neighborhood(graph, 'leaf-00', { depth: 99, limit: 500 }).entities.map((entity) => entity.slug),
    ).not.toContain('c');
  });
});

describe('edges of the traversals', () => {
  it('answers a path to itself at once, and an entity without relations after looking at both ends', () => {
    expect(shortestPath(graph, 'a', 'a')).toEqual({
      path: { entities: ['a'], steps: [] },
      truncated: false,
      visited: 1,
    });
    // 'e' has no relation at all.
    expect(shortestPath(graph, 'a', 'e')).toEqual({ path: null, truncated: false, visited: 2 });
    expect(shortestPath(graph, 'e', 'a')).toEqual({ path: null, truncated: false, visited: 2 });
    expect(simplePaths(graph, 'a', 'a')).toEqual({ paths: [{ entities: ['a'], steps: [] }], truncated: false });
    expect(simplePaths(graph, 'a', 'a', { first: 0 })).toEqual({ paths: [], truncated: false });
  });

  it('stopping at `first` paths is no truncation', () => {
    // b to d within 6 hops: three paths (see above); the first two are asked for.
    expect(simplePaths(graph, 'b', 'd', { first: 2 }).truncated).toBe(false);
  });

  it('lists a neighbourhood’s relations by key, and no entity for an unknown centre', () => {
    // Found in a's adjacency order (MEMBER_OF a-b and hub-a, then PARTY_TO d-a), listed by key.
    expect(neighborhood(graph, 'a', { depth: 1 }).relations.map((relation) => relation.id)).toEqual([
      'a-b',
      'd-a',
      'hub-a',
    ]);
    // Everything within two hops of a: all 36 relations of the fixture, in key order.
    const all = neighborhood(graph, 'a', { depth: 2, limit: 500 }).relations.map((relation) => relation.id);
    expect(all).toHaveLength(36);
    expect(all).toEqual([...all].sort());
    expect(neighborhood(graph, 'nobody')).toEqual({ center: 'nobody', entities: [], relations: [], truncated: false });
  });
});

describe('neighborhood around a hub (indexed by neighbour)', () => {
  it('finds exactly the relations among the chosen entities', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-hub-'));
    const cite = [{ source: 's' }];
    const leaves = Array.from({ length: 400 }, (_, index) => `leaf-${String(index).padStart(3, '0')}`);
    const relations = [
      ...leaves.map((leaf) => ({
        id: `${leaf}-hub`,
        type: 'MEMBER_OF',
        from: leaf,
        to: 'hub',
        since: 'unknown',
        citations: cite,
      })),
      ...leaves.map((leaf) => ({
        id: `hub-${leaf}`,
        type: 'NEGOTIATES_WITH',
        from: 'hub',
        to: leaf,
        since: 'unknown',
        citations: cite,
      })),
      ...leaves.slice(1).map((leaf, index) => ({
        id: `${leaf}-chain`,
        type: 'PARTY_TO',
        from: leaf,
        to: leaves[index] as string,
        citations: cite,
      })),
    ];
    writeFileSync(
      join(dir, 'hub.json'),
      JSON.stringify({
        sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
        entities: ['hub', ...leaves].map((slug) => ({
          slug,
          kind: 'PERSON',
          name: slug,
          description: 'x',
          citations: cite,
        })),
        relations,
      }),
    );
    const hubGraph = loadDataset(dir);
    for (const center of ['hub', 'leaf-000', 'leaf-200']) {
      const result = neighborhood(hubGraph, center, { depth: 2, limit: 50 });
      const chosen = new Set(result.entities.map((entity) => entity.slug));
      const expected = relations
        .filter((relation) => chosen.has(relation.from) && chosen.has(relation.to))
        .map((relation) => relation.id)
        .sort();
      expect(result.relations.map((relation) => relation.id)).toEqual(expected);
      expect(result.truncated).toBe(true);
    }
    expect(hubGraph.relationsWith('hub', 'leaf-007').map((view) => view.relation.id)).toEqual([
      'leaf-007-hub',
      'hub-leaf-007',
    ]);
  });
});

describe('shortestPath: what the packed filter and the numbering must keep', () => {
  const cite = [{ source: 's' }];

  it('a during filter alone leaves out the relations outside it', () => {
    // b-c-dated ended in 2005, so from 2006 on the path from c to a takes b-c.
    expect(relationIds(shortestPath(graph, 'c', 'a').path)).toEqual(['b-c-dated', 'a-b']);
    expect(relationIds(shortestPath(graph, 'c', 'a', { during: { from: '2006' as PartialDate } }).path)).toEqual([
      'b-c',
      'a-b',
    ]);
  });

  it('tells apart relations citing different sets of two sources', () => {
    // e -> f cites t and u; f -> c cites s and t.
    const f = toEntity({ slug: 'f', kind: 'PERSON', name: 'F', description: 'x', citations: cite });
    const next = graph.withEdit(
      { entities: [f], relations: [citing('e-f', 'e', 'f', ['t', 'u']), citing('f-c', 'f', 'c', ['s', 't'])] },
      1,
    );
    expect(shortestPath(next, 'e', 'f', { sources: ['u'] }).path?.entities).toEqual(['e', 'f']);
    expect(shortestPath(next, 'f', 'c', { sources: ['u'] }).path).toBeNull();
    expect(shortestPath(next, 'f', 'c', { sources: ['s'] }).path?.entities).toEqual(['f', 'c']);
    expect(shortestPath(next, 'e', 'f', { sources: ['s'] }).path).toBeNull();
  });

  it('reaches every entity a write numbered, 501 of them', () => {
    // c -> x, then x -> y-000 … y-499: more entities than any graph of this file, all numbered by the
    // write, yet a delta too small (1,002 records) to be compacted into a new numbering.
    const ys = Array.from({ length: 500 }, (_, index) => `y-${String(index).padStart(3, '0')}`);
    const entities = ['x', ...ys].map((slug) =>
      toEntity({ slug, kind: 'PERSON', name: slug, description: 'x', citations: cite }),
    );
    const relations = [citing('c-x', 'c', 'x', ['s']), ...ys.map((y) => citing(`x-${y}`, 'x', y, ['s']))];
    const next = graph.withEdit({ entities, relations }, 1);
    expect(shortestPath(next, 'b', 'y-499').path?.entities).toEqual(['b', 'c', 'x', 'y-499']);
    expect(shortestPath(next, 'y-499', 'y-000').path?.entities).toEqual(['y-499', 'x', 'y-000']);
  });

  it('with certainOnly, walks only relations certain to hold then', () => {
    // x -> y (1990-2020) -> z (2003-2020) is shorter, but y -> z may have begun after 15 June 2003;
    // x -> w -> v -> z (each 1990-2020) certainly held that day.
    const dir = mkdtempSync(join(tmpdir(), 'kg-certain-'));
    const dated = (id: string, type: string, from: string, to: string, since: string) => ({
      id,
      type,
      from,
      to,
      since,
      until: '2020',
      citations: cite,
    });
    writeFileSync(
      join(dir, 'graph.json'),
      JSON.stringify({
        sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
        entities: ['x', 'y', 'z', 'w', 'v'].map((slug) => ({
          slug,
          kind: 'PERSON',
          name: slug,
          description: 'x',
          citations: cite,
        })),
        relations: [
          dated('x-y', 'MEMBER_OF', 'x', 'y', '1990'),
          dated('y-z', 'MEMBER_OF', 'y', 'z', '2003'),
          dated('x-w', 'PARTY_TO', 'x', 'w', '1990'),
          dated('w-v', 'PARTY_TO', 'w', 'v', '1990'),
          dated('v-z', 'PARTY_TO', 'v', 'z', '1990'),
        ],
      }),
    );
    const dates = loadDataset(dir);
    const asOf = '2003-06-15' as PartialDate;
    expect(relationIds(shortestPath(dates, 'x', 'z', { asOf }).path)).toEqual(['x-y', 'y-z']);
    expect(relationIds(shortestPath(dates, 'x', 'z', { asOf, certainOnly: true }).path)).toEqual(['x-w', 'w-v', 'v-z']);
  });
});
