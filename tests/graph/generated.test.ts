/**
 * Traversals on a graph from the deterministic generator (the bench uses the same one at 100,000
 * entities and 1,000,000 relations): answers are checked against a plain breadth-first search,
 * and the caps hold.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateGraph, SeededRandom } from '../../scripts/generate-graph.js';
import type { RelationType } from '../../src/graph/dataset-schema.js';
import { toGraphology } from '../../src/graph/export.js';
import { loadDataset } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { neighborhood, shortestPath, simplePaths, type TraversalFilter } from '../../src/graph/traversal.js';
import { TRAVERSAL_LIMITS } from '../../src/limits.js';
import { lazy } from './fixture.js';

/** Built in the first test that needs it (see `lazy`): generating and loading take seconds. */
const generated = lazy(() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'kg-generated-')), 'graph');
  generateGraph({ entities: 3_000, relations: 20_000, out: dir, seed: 7 });
  const graph = loadDataset(dir);
  const slugs = graph.list().map((entity) => entity.slug);
  const random = new SeededRandom(11);
  return {
    graph,
    slugs,
    /** The same relations in a plain graphology graph: the reference the traversals are checked against. */
    reference: toGraphology(graph),
    pairs: Array.from({ length: 60 }, () => [random.pick(slugs), random.pick(slugs)] as const),
  };
});

/** Hops between two entities over graphology's own neighbour lists, both directions: the reference. */
function referenceDistance(from: string, to: string): number | null {
  const { reference } = generated();
  const distances = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbor of reference.neighbors(node)) {
        if (distances.has(neighbor)) continue;
        distances.set(neighbor, (distances.get(node) as number) + 1);
        if (neighbor === to) return distances.get(neighbor) as number;
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  return from === to ? 0 : null;
}

type EdgeAttributes = ReturnType<ReturnType<typeof toGraphology>['getEdgeAttributes']>;

/**
 * Hops between two entities over the relations a test accepts, both directions: the reference
 * for filtered walks. `accepts` sees graphology's edge attributes, or (for dates, which the graph
 * narrows) the relation key, checked against the graph's own relation lists.
 */
function referenceDistanceWhere(
  from: string,
  to: string,
  accepts: (attributes: EdgeAttributes, key: string) => boolean,
) {
  const { reference } = generated();
  const distances = new Map([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      const depth = distances.get(node) as number;
      for (const edge of reference.edges(node)) {
        if (!accepts(reference.getEdgeAttributes(edge), edge)) continue;
        const neighbor = reference.opposite(node, edge);
        if (distances.has(neighbor)) continue;
        distances.set(neighbor, depth + 1);
        if (neighbor === to) return depth + 1;
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  return from === to ? 0 : null;
}

describe('traversals on a generated graph', () => {
  it('loads what the generator wrote', () => {
    const { graph } = generated();
    expect(graph.entityCount).toBe(3_000);
    expect(graph.relationCount).toBe(20_000);
  });

  it('shortestPath finds a path of the reference length, made of real relations', () => {
    const { graph, pairs } = generated();
    for (const [from, to] of pairs) {
      const expected = referenceDistance(from, to);
      const { path, truncated } = shortestPath(graph, from, to);
      expect(truncated).toBe(false);
      if (expected === null || expected > TRAVERSAL_LIMITS.maxLength) {
        expect(path).toBeNull();
        continue;
      }
      expect(path?.steps.length).toBe(expected);
      path?.steps.forEach((step, index) => {
        expect(step.from).toBe(path.entities[index]);
        expect(step.to).toBe(path.entities[index + 1]);
        expect([step.relation.from, step.relation.to].sort()).toEqual([step.from, step.to].sort());
        expect(step.forward).toBe(step.relation.from === step.from);
      });
    }
  });

  it('shortestPath with a filter walks exactly the relations the filter accepts, and no others', () => {
    const { graph, slugs, pairs, reference } = generated();
    const types: RelationType[] = ['MEMBER_OF', 'NEGOTIATES_WITH', 'PARTY_TO', 'AIDE_TO'];
    const asOf = '1990' as PartialDate;
    const during = { from: '1950' as PartialDate, to: '1960-06' as PartialDate };
    // The relations holding as of 1990, and during 1950 to mid-1960, from the graph's own lists (spans are narrowed by the graph).
    const heldAsOf = new Set(
      slugs.flatMap((slug) => graph.relationsOf(slug, { asOf }).map((view) => view.relation.id)),
    );
    const heldDuring = new Set(
      slugs.flatMap((slug) => graph.relationsOf(slug, { during }).map((view) => view.relation.id)),
    );
    const cases: { filter: TraversalFilter; accepts: (attributes: EdgeAttributes, key: string) => boolean }[] = [
      { filter: { types }, accepts: (attributes) => types.includes(attributes.type) },
      { filter: { current: true }, accepts: (attributes) => attributes.until === undefined },
      { filter: { asOf }, accepts: (_attributes, key) => heldAsOf.has(key) },
      {
        filter: { during, types },
        accepts: (attributes, key) => heldDuring.has(key) && types.includes(attributes.type),
      },
      {
        filter: { asOf, current: true },
        accepts: (attributes, key) => heldAsOf.has(key) && attributes.until === undefined,
      },
      { filter: { sources: ['synthetic'], types }, accepts: (attributes) => types.includes(attributes.type) },
    ];
    let found = 0;
    for (const { filter, accepts } of cases) {
      for (const [from, to] of pairs.slice(0, 30)) {
        const expected = referenceDistanceWhere(from, to, accepts);
        const { path } = shortestPath(graph, from, to, filter);
        if (expected === null || expected > TRAVERSAL_LIMITS.maxLength) {
          expect(path).toBeNull();
          continue;
        }
        found++;
        expect(path?.steps.length).toBe(expected);
        for (const step of path?.steps ?? []) {
          expect(accepts(reference.getEdgeAttributes(step.relation.id), step.relation.id)).toBe(true);
        }
      }
    }
    // The filters leave paths to find, and hide some: otherwise this test would show nothing.
    expect(found).toBeGreaterThan(30);
    expect(found).toBeLessThan(cases.length * 30);
  });

  it('paths are simple, shortest first, and the first is as short as shortestPath', () => {
    const { graph, pairs } = generated();
    for (const [from, to] of pairs.slice(0, 20)) {
      const { paths } = simplePaths(graph, from, to, { maxLength: 4, first: 20 });
      const shortest = shortestPath(graph, from, to, { maxLength: 4 }).path;
      expect(paths[0]?.steps.length).toBe(shortest?.steps.length);
      const lengths = paths.map((path) => path.steps.length);
      expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
      for (const path of paths) expect(new Set(path.entities).size).toBe(path.entities.length);
    }
  });

  it('neighborhood(depth 2, limit 200) keeps to the limit and the depth, nearest first', () => {
    const { graph, pairs, reference } = generated();
    for (const [center] of pairs.slice(0, 20)) {
      const result = neighborhood(graph, center, { depth: 2, limit: 200 });
      expect(result.entities.length).toBeLessThanOrEqual(200);
      const distances = result.entities.map((entity) => referenceDistance(center, entity.slug));
      expect(distances.every((distance) => distance !== null && distance <= 2)).toBe(true);
      expect([...distances].sort()).toEqual(distances);
      const reachable = new Set<string>([center]);
      for (const neighbor of reference.neighbors(center)) {
        reachable.add(neighbor);
        for (const second of reference.neighbors(neighbor)) reachable.add(second);
      }
      expect(result.truncated).toBe(reachable.size > 200);
    }
  });

  it('the visit cap stops a search and says so', () => {
    const { graph, pairs } = generated();
    const far = pairs.find(([from, to]) => (referenceDistance(from, to) ?? 0) >= 3);
    expect(far).toBeDefined();
    const [from, to] = far as readonly [string, string];
    expect(shortestPath(graph, from, to, { maxVisited: 5 })).toMatchObject({ path: null, truncated: true });
    expect(simplePaths(graph, from, to, { maxVisited: 5, maxLength: 6 }).truncated).toBe(true);
  });
});
