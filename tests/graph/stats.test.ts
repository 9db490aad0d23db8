/**
 * `datasetStats` (what `kg stats` prints) on tests/fixtures/small and a copy with a few records
 * added; every figure is counted by hand from the fixture's graph.json.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset } from '../../src/graph/load.js';
import { datasetStats } from '../../src/graph/stats.js';
import { brokenFixture, SMALL_FIXTURE } from './fixture.js';

const cite = [{ source: 'fixture-source' }];

describe('datasetStats', () => {
  it('counts the small fixture by kind and type, and lists what a curator should look at', () => {
    const stats = datasetStats(loadDataset(SMALL_FIXTURE));
    // 5 entities, 5 relations (3 presidencies, a membership, a negotiation), 1 source.
    expect(stats).toEqual({
      entities: 5,
      relations: 5,
      sources: 1,
      entitiesByKind: { ASSOCIATION: 1, PERSON: 2, STUDIO: 1, UNION: 1 },
      relationsByType: { MEMBER_OF: 1, NEGOTIATES_WITH: 1, PRESIDED_BY: 3 },
      uncitedEntities: [],
      uncitedRelations: [],
      isolatedEntities: [],
      unusedSources: [],
      datingByType: {
        MEMBER_OF: { relations: 1, dated: 0, datedByEvent: 0, datedPercent: 0 },
        NEGOTIATES_WITH: { relations: 1, dated: 0, datedByEvent: 0, datedPercent: 0 },
        PRESIDED_BY: { relations: 3, dated: 3, datedByEvent: 0, datedPercent: 100 },
      },
      // 3 of 5 relations have a start date.
      datedPercent: 60,
      unknownBounds: [
        { id: 'big-studio-member-of-gop', start: true, end: false },
        { id: 'gop-negotiates-with-writers', start: true, end: false },
        { id: 'gop-presided-by-grace', start: false, end: true },
      ],
      impossibleRelations: [],
    });
    // Keys in alphabetical order (the fixture lists them otherwise).
    expect(Object.keys(stats.entitiesByKind)).toEqual(['ASSOCIATION', 'PERSON', 'STUDIO', 'UNION']);
    expect(Object.keys(stats.datingByType)).toEqual(['MEMBER_OF', 'NEGOTIATES_WITH', 'PRESIDED_BY']);
  });

  it('dates one-time relations by their strike, and lists isolated entities and unused sources', () => {
    const dir = brokenFixture((graph, sources) => {
      sources.sources.push(
        { id: 'unused-source', title: 'Unused', url: 'https://example.org/u', publisher: 'U' },
        { id: 'entity-only-source', title: 'Entity only', url: 'https://example.org/e', publisher: 'E' },
      );
      graph.entities.push(
        {
          slug: 'test-strike',
          kind: 'STRIKE',
          name: 'Test Strike',
          description: 'A strike with dates.',
          startDate: '2023-05-02',
          endDate: '2023-09-27',
          citations: cite,
        },
        { slug: 'undated-strike', kind: 'STRIKE', name: 'Undated Strike', description: 'No dates.', citations: cite },
        {
          slug: 'lonely',
          kind: 'PERSON',
          name: 'Lonely Person',
          description: 'No relations.',
          citations: [{ source: 'entity-only-source' }],
        },
        {
          slug: 'one-day',
          kind: 'EVENT',
          category: 'AGREEMENT',
          name: 'One Day',
          description: 'An event of one day.',
          date: '2023-07-13',
          citations: cite,
        },
      );
      graph.relations.push(
        // Dated by the event: it can hold on that one day only, which is possible, not impossible.
        { id: 'wu-party-to-one-day', type: 'PARTY_TO', from: 'writers-union', to: 'one-day', citations: cite },
        {
          id: 'test-strike-called-by-wu',
          type: 'CALLED_BY',
          from: 'test-strike',
          to: 'writers-union',
          citations: cite,
        },
        {
          id: 'undated-strike-against-gop',
          type: 'AGAINST',
          from: 'undated-strike',
          to: 'guild-of-producers',
          citations: cite,
        },
      );
    });
    const stats = datasetStats(loadDataset(dir));
    expect(stats.entities).toBe(9);
    expect(stats.relations).toBe(8);
    expect(stats.sources).toBe(3);
    expect(stats.entitiesByKind).toEqual({ ASSOCIATION: 1, EVENT: 1, PERSON: 3, STRIKE: 2, STUDIO: 1, UNION: 1 });
    expect(stats.impossibleRelations).toEqual([]);
    expect(stats.datingByType.PARTY_TO).toEqual({ relations: 1, dated: 0, datedByEvent: 1, datedPercent: 100 });
    expect(stats.isolatedEntities).toEqual(['lonely']);
    expect(stats.unusedSources).toEqual(['unused-source']);
    // The called strike has dates: the relation takes them. The undated strike gives none.
    expect(stats.datingByType.CALLED_BY).toEqual({ relations: 1, dated: 0, datedByEvent: 1, datedPercent: 100 });
    expect(stats.datingByType.AGAINST).toEqual({ relations: 1, dated: 0, datedByEvent: 0, datedPercent: 0 });
    // 3 presidencies, the called strike and the event of 8 relations: 62.5%, rounded up.
    expect(stats.datedPercent).toBe(63);
    expect(stats.unknownBounds.map((bounds) => bounds.id)).toEqual([
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
      'gop-presided-by-grace',
      'undated-strike-against-gop',
    ]);
    expect(Object.keys(stats.datingByType)).toEqual([
      'AGAINST',
      'CALLED_BY',
      'MEMBER_OF',
      'NEGOTIATES_WITH',
      'PARTY_TO',
      'PRESIDED_BY',
    ]);
  });

  it('lists records without citations, which only a graph built without the loader can hold', () => {
    const bare = { description: 'x', abbreviations: [], aliases: [], formerNames: [] };
    const graph = KnowledgeGraph.fromRecords({
      entities: [
        { ...bare, slug: 'a', kind: 'PERSON', name: 'A', citations: [] },
        { ...bare, slug: 'b', kind: 'PERSON', name: 'B', citations: cite },
      ] as never,
      relations: [
        {
          id: 'r',
          type: 'AIDE_TO',
          from: 'a',
          to: 'b',
          since: null,
          until: null,
          ended: false,
          role: null,
          qualifiers: [],
          citations: [],
        },
      ],
      sources: [],
    });
    const stats = datasetStats(graph);
    expect([stats.uncitedEntities, stats.uncitedRelations]).toEqual([['a'], ['r']]);
  });

  it('rounds to the nearest whole percent, and calls an empty dataset fully dated', () => {
    // 2 of 3 presidencies dated (66.7%) rounds up; 1 of 3 (33.3%) down.
    const twoOfThree = brokenFixture((graph) => {
      graph.relations[0].since = 'unknown';
      graph.relations.splice(3, 2);
    });
    expect(datasetStats(loadDataset(twoOfThree)).datedPercent).toBe(67);
    const oneOfThree = brokenFixture((graph) => {
      graph.relations[0].since = 'unknown';
      graph.relations[1].since = 'unknown';
      graph.relations.splice(3, 2);
    });
    expect(datasetStats(loadDataset(oneOfThree)).datingByType.PRESIDED_BY?.datedPercent).toBe(33);
    const empty = datasetStats(KnowledgeGraph.fromRecords({ entities: [], relations: [], sources: [] }));
    expect([empty.entities, empty.relations, empty.datedPercent, empty.unknownBounds]).toEqual([0, 0, 100, []]);
  });
});

describe('datasetStats: sources and order', () => {
  it('a source cited by a relation only is in use', () => {
    const dir = brokenFixture((graph, sources) => {
      sources.sources.push({ id: 'relation-only-source', title: 'R', url: 'https://example.org/r', publisher: 'R' });
      // gop-negotiates-with-writers cites it too; no entity does.
      graph.relations[4].citations.push({ source: 'relation-only-source' });
    });
    expect(datasetStats(loadDataset(dir)).unusedSources).toEqual([]);
  });
});
