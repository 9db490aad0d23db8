/**
 * The visit caps of `shortestPath` and `paths` through the API: a search that hits the cap says so
 * in extensions.warnings, one that does not stays silent. The graphs are built so the counts can
 * be worked out by hand against the cap of 100,000.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/load.js';
import { createYogaApp } from '../../src/yoga.js';
import { lazy } from '../graph/fixture.js';
import { post } from './client.js';

const CAP = 100_000;

/**
 * A graph of people joined by MEMBER_OF relations, built from records directly: validating the
 * star's 100,000 records from a file would take seconds, and the records here are valid by construction.
 */
function yogaOver(edges: [string, string][]) {
  const located = <T>(value: T) => ({ file: 'graph.json', record: '', value });
  const cite = [{ source: 's' }];
  const graph = buildGraph({
    sources: [located({ id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' })],
    entities: [...new Set(edges.flat())].map((slug) =>
      located({ slug, kind: 'PERSON' as const, name: slug, description: 'x', citations: cite }),
    ),
    relations: edges.map(([from, to]) =>
      located({ id: `${from}-${to}`, type: 'MEMBER_OF' as const, from, to, since: 'unknown', citations: cite }),
    ),
  });
  return createYogaApp({ graph });
}

/** start - 10 - 10 - 10 - 10 - 10 - end, each layer joined to all of the next: 10^5 routes. */
const layered = lazy(() => {
  const layers = Array.from({ length: 5 }, (_, layer) => Array.from({ length: 10 }, (_, at) => `l${layer}-${at}`));
  const edges: [string, string][] = (layers[0] as string[]).map((slug) => ['start', slug]);
  for (let layer = 0; layer < 4; layer++) {
    for (const from of layers[layer] as string[]) {
      for (const to of layers[layer + 1] as string[]) edges.push([from, to]);
    }
  }
  for (const slug of layers[4] as string[]) edges.push([slug, 'end']);
  return yogaOver(edges);
});

/** A hub with 99,999 leaves, and apart from it a pair `x - y`: 100,003 entities. */
const star = lazy(() => {
  const edges: [string, string][] = Array.from({ length: CAP - 1 }, (_, at) => [`leaf${at}`, 'hub']);
  edges.push(['x', 'y']);
  return yogaOver(edges);
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
  extensions?: { warnings?: { code: string; path: string[]; message: string }[] };
}

describe('the visit cap of paths and shortestPath', () => {
  it('paths: 10 + 100 + ... + 10^5 = 111,110 partial paths pass the cap, and the answer says so', async () => {
    const answer = await post<Answer>(layered(), {
      query: '{ paths(from: "start", to: "end", maxLength: 6) { length } }',
    });
    const body = answer as Answer;
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ paths: [] });
    expect(body.extensions?.warnings).toEqual([expect.objectContaining({ code: 'TRUNCATED', path: ['paths'] })]);
  });

  it('paths: a search under the cap (10 + 100 + 1,000 partial paths) gives no warning', async () => {
    // Only the first four layers are within reach of l3-0 in 4 steps: start, l0-*, l1-*, l2-*, l3-0.
    const answer = (await post<Answer>(layered(), {
      query: '{ paths(from: "start", to: "l3-0", maxLength: 4, first: 2) { length } }',
    })) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ paths: [{ length: 4 }, { length: 4 }] });
    expect(answer.extensions?.warnings).toBeUndefined();
  });

  it('shortestPath: from a leaf, the hub then its 99,998 other leaves reach the cap; null, with a warning', async () => {
    const answer = (await post<Answer>(star(), {
      query: '{ shortestPath(from: "leaf0", to: "x", maxLength: 4) { length } }',
    })) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ shortestPath: null });
    expect(answer.extensions?.warnings).toEqual([
      expect.objectContaining({ code: 'TRUNCATED', path: ['shortestPath'] }),
    ]);
  });

  it('shortestPath: a short search on the same graph gives no warning', async () => {
    const answer = (await post<Answer>(star(), {
      query: '{ shortestPath(from: "leaf0", to: "leaf1") { length } }',
    })) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ shortestPath: { length: 2 } });
    expect(answer.extensions?.warnings).toBeUndefined();
  });
});
