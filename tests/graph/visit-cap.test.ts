/**
 * The cap on entities a traversal visits (`maxVisited`, 100,000 through the API), at its value and
 * one below: a search that needs exactly the cap completes; one fewer and it stops, saying so.
 * The counts are worked out by hand on two small graphs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { neighborhood, shortestPath, simplePaths } from '../../src/graph/traversal.js';
import { TRAVERSAL_LIMITS as LIMITS } from '../../src/limits.js';
import { lazy } from './fixture.js';

function graphOf(edges: [string, string][]) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cap-'));
  const slugs = [...new Set(edges.flat())];
  const cite = [{ source: 's' }];
  writeFileSync(
    join(dir, 'graph.json'),
    JSON.stringify({
      sources: [{ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' }],
      entities: slugs.map((slug) => ({ slug, kind: 'PERSON', name: slug, description: 'x', citations: cite })),
      relations: edges.map(([from, to]) => ({
        id: `${from}-${to}`,
        type: 'MEMBER_OF',
        from,
        to,
        since: 'unknown',
        citations: cite,
      })),
    }),
  );
  return loadDataset(dir);
}

/** a - b - c - d - e */
const chain = lazy(() =>
  graphOf([
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
  ]),
);

/** a - {b1, b2} - c - {d1, d2} - e: four simple paths from a to e. */
const diamonds = lazy(() =>
  graphOf([
    ['a', 'b1'],
    ['a', 'b2'],
    ['b1', 'c'],
    ['b2', 'c'],
    ['c', 'd1'],
    ['c', 'd2'],
    ['d1', 'e'],
    ['d2', 'e'],
  ]),
);

describe('the visit cap', () => {
  it('is 100,000 by default', () => {
    expect(LIMITS.maxVisited).toBe(100_000);
  });

  it('paths: distances to the target reach all 5 entities of the chain at a cap of 5; at 4 it stops', () => {
    expect(simplePaths(chain(), 'a', 'e', { maxVisited: 5 })).toMatchObject({
      truncated: false,
      paths: [{ entities: ['a', 'b', 'c', 'd', 'e'] }],
    });
    expect(simplePaths(chain(), 'a', 'e', { maxVisited: 4 })).toEqual({ paths: [], truncated: true });
  });

  it('paths: extending partial paths counts too, 8 of them on the diamonds; a cap of 7 stops it', () => {
    // maxLength 4 prunes the detours (a b1 c b2 …). Extended: a→b1, a→b2 (2), b1→c, b2→c (4),
    // then d1 and d2 from each c (8); reaching the target e is not an extension.
    const all = simplePaths(diamonds(), 'a', 'e', { maxLength: 4, maxVisited: 8 });
    expect(all.truncated).toBe(false);
    expect(all.paths.map((path) => path.entities.join(' '))).toEqual([
      'a b1 c d1 e',
      'a b1 c d2 e',
      'a b2 c d1 e',
      'a b2 c d2 e',
    ]);
    expect(simplePaths(diamonds(), 'a', 'e', { maxLength: 4, maxVisited: 7 })).toEqual({ paths: [], truncated: true });
  });

  it('paths: first stops at its count, and 0 asks for none', () => {
    expect(simplePaths(diamonds(), 'a', 'e', { first: 2 }).paths).toHaveLength(2);
    expect(simplePaths(diamonds(), 'a', 'e', { first: 0 })).toEqual({ paths: [], truncated: false });
  });

  it('shortestPath: found when the two sides may hold 6 entries, stopped at 5', () => {
    // Forward from a, backward from e (1 entry each), growing the smaller side: b (3), c (4), d (5),
    // then e is met from d. The cap is checked before each new entry is kept.
    const found = shortestPath(chain(), 'a', 'e', { maxVisited: 6 });
    expect(found.truncated).toBe(false);
    expect(found.path?.entities).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shortestPath(chain(), 'a', 'e', { maxVisited: 5 })).toMatchObject({ path: null, truncated: true });
  });

  it('shortestPath: maxLength 4 reaches e, 3 does not (and that is no truncation)', () => {
    expect(shortestPath(chain(), 'a', 'e', { maxLength: 4 }).path?.steps).toHaveLength(4);
    expect(shortestPath(chain(), 'a', 'e', { maxLength: 3 })).toMatchObject({ path: null, truncated: false });
  });

  it('neighborhood: a limit of exactly what lies within the depth is not truncated; one less is', () => {
    // From c at depth 2 on the chain: c, b, d, a, e.
    const whole = neighborhood(chain(), 'c', { depth: 2, limit: 5 });
    expect(whole.truncated).toBe(false);
    expect(whole.entities.map((entity) => entity.slug)).toEqual(['c', 'b', 'd', 'a', 'e']);
    const cut = neighborhood(chain(), 'c', { depth: 2, limit: 4 });
    expect(cut.truncated).toBe(true);
    expect(cut.entities.map((entity) => entity.slug)).toEqual(['c', 'b', 'd', 'a']);
    expect(cut.relations.map((relation) => relation.id)).toEqual(['a-b', 'b-c', 'c-d']);
  });

  it('neighborhood: depth 1 stays one step away', () => {
    expect(neighborhood(chain(), 'c', { depth: 1 }).entities.map((entity) => entity.slug)).toEqual(['c', 'b', 'd']);
  });
});

describe('the visit cap and the side grown', () => {
  /** h with four leaves l1…l4, each leading on to k1…k4, and h - m - n - t. */
  const fan = lazy(() =>
    graphOf([
      ['h', 'l1'],
      ['h', 'l2'],
      ['h', 'l3'],
      ['h', 'l4'],
      ['l1', 'k1'],
      ['l2', 'k2'],
      ['l3', 'k3'],
      ['l4', 'k4'],
      ['h', 'm'],
      ['m', 'n'],
      ['n', 't'],
    ]),
  );

  it('shortestPath grows the smaller side: from a hub, found at 9 entries, stopped at 8', () => {
    // h and t (2); equal sides, so forward from h: l1…l4 and m (7); forward now holds 5, so backward
    // from t: n (8); backward again from n: m (9), met. Growing h's side again would add k1…k4 first.
    const found = shortestPath(fan(), 'h', 't', { maxVisited: 9 });
    expect(found).toMatchObject({ truncated: false, visited: 9 });
    expect(found.path?.entities).toEqual(['h', 'm', 'n', 't']);
    expect(shortestPath(fan(), 'h', 't', { maxVisited: 8 })).toMatchObject({ path: null, truncated: true });
  });
});
