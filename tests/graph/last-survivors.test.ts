/**
 * Behaviours that only an edge case shows: a search query whose words fit different names, a
 * word two edits from any name, the side a two-sided shortest-path search grows, an entity with
 * no relations, and a one-holder role beside a holder whose start is unknown. Every expected
 * value is worked out by hand from the rules quoted in each test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { SearchIndex } from '../../src/graph/search.js';
import { shortestPath } from '../../src/graph/traversal.js';
import { entityRecord } from './fixture.js';

const cite = [{ source: 's' }];

function datasetOf(
  entities: { slug: string; kind?: string }[],
  relations: { from: string; to: string; type?: string; since?: string }[],
) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-last-'));
  writeFileSync(
    join(dir, 'graph.json'),
    JSON.stringify({
      sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
      entities: entities.map(({ slug, kind = 'PERSON' }) => ({
        slug,
        kind,
        name: slug,
        description: 'x',
        citations: cite,
      })),
      relations: relations.map(({ from, to, type = 'MEMBER_OF', since = 'unknown' }) => ({
        id: `${from}-${to}`,
        type,
        from,
        to,
        since,
        citations: cite,
      })),
    }),
  );
  return loadDataset(dir);
}

/** Entities for edges given as pairs, plus any named alone (without relations). */
function graphOf(edges: [string, string][], alone: string[] = []) {
  const slugs = [...new Set([...edges.flat(), ...alone])];
  return datasetOf(
    slugs.map((slug) => ({ slug })),
    edges.map(([from, to]) => ({ from, to })),
  );
}

describe('search: every query word must fit the same name', () => {
  it('a word that fits only another name keeps a one-edit whole-name typo out', () => {
    // "ax gardens" is one edit from "ox gardens" (a whole-name typo, within the 2 edits a
    // 10-character query allows), but "ax" begins no word of that name and, under 4 letters,
    // may not differ from one; it begins "axel" of another name, which lacks "gardens".
    const index = new SearchIndex([
      entityRecord('ox', 'COMPANY', 'Ox Gardens'),
      entityRecord('axel', 'PERSON', 'Axel Lane'),
    ]);
    expect(index.search('ax gardens')).toEqual([]);
    // Each word alone does find a name: the empty answer comes from their combination.
    expect(index.search('ax').map((hit) => hit.entity.slug)).toEqual(['axel']);
    expect(index.search('gardens').map((hit) => hit.entity.slug)).toEqual(['ox']);
  });

  it('a word two edits from every word of a name finds nothing, though the whole query allows two', () => {
    // "smxxh" is 5 letters, so 1 edit is allowed for it; it is 2 edits from "smith". The whole
    // query "bob smxxh" (9 characters) would allow 2, but each word must be within its own budget.
    const index = new SearchIndex([entityRecord('bob', 'PERSON', 'Bob Smith')]);
    expect(index.search('bob smxxh')).toEqual([]);
    // One edit ("smixh") is within the word's budget; the whole query is then a one-edit typo of
    // the whole name: 0.5 - 0.1 × 1.
    expect(index.search('bob smixh').map((hit) => [hit.entity.slug, hit.score])).toEqual([['bob', 0.4]]);
  });
});

describe('shortestPath', () => {
  it('from an entity without relations visits only the two ends', () => {
    // "lone" has no relation; "a" has neighbours that a search from its side would visit.
    const graph = graphOf(
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      ['lone'],
    );
    expect(shortestPath(graph, 'lone', 'a')).toEqual({ path: null, truncated: false, visited: 2 });
    expect(shortestPath(graph, 'a', 'lone')).toEqual({ path: null, truncated: false, visited: 2 });
  });

  it('grows the side with the smaller frontier', () => {
    // a - x1, a - x2, x2 - p, x2 - q; z - y, y - y2, y2 - x1. Ends a and z count 2.
    // Round 1, frontiers 1 and 1: a grows, visiting x1 and x2 (4).
    // Round 2, frontiers 2 and 1: z grows, visiting y (5).
    // Round 3, frontiers 2 and 1: y grows, visiting y2 (6).
    // Round 4, frontiers 2 and 1: y2 grows, visiting x1 (7), which a's side has reached.
    // Growing a's side in round 3 would visit p and q too.
    const graph = graphOf([
      ['a', 'x1'],
      ['a', 'x2'],
      ['x2', 'p'],
      ['x2', 'q'],
      ['z', 'y'],
      ['y', 'y2'],
      ['y2', 'x1'],
    ]);
    const result = shortestPath(graph, 'a', 'z');
    expect(result.visited).toBe(7);
    expect(result.truncated).toBe(false);
    expect(result.path?.entities).toEqual(['a', 'x1', 'y2', 'y', 'z']);
  });
});

describe('a one-holder role beside a holder whose start is unknown', () => {
  it('loads, and the dated holders succeed each other as of a date', () => {
    // PRESIDED_BY has one holder at a time: p1 (since 2000) ends by p2's start (2010 at the
    // latest, 2010-12-31). p3's start is unknown, so it ends nobody's term and starts no one's end.
    const graph = datasetOf(
      [{ slug: 'guild', kind: 'UNION' }, { slug: 'p1' }, { slug: 'p2' }, { slug: 'p3' }],
      [
        { from: 'guild', to: 'p1', type: 'PRESIDED_BY', since: '2000' },
        { from: 'guild', to: 'p2', type: 'PRESIDED_BY', since: '2010' },
        { from: 'guild', to: 'p3', type: 'PRESIDED_BY' },
      ],
    );
    const holders = (asOf: string) =>
      graph
        .relationsOf('guild', { asOf: asOf as PartialDate, types: ['PRESIDED_BY'] })
        .map((view) => view.relation.to)
        .sort();
    expect(holders('2005')).toEqual(['p1', 'p3']);
    expect(holders('2011')).toEqual(['p2', 'p3']);
  });
});
