/** GET /ready through `yoga.fetch`: only that very path is the probe. */
import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { sharedGraph } from '../shared-graph.js';

const graph = sharedGraph();

describe('/ready', () => {
  const ready = createYogaApp({ graph, ready: () => true });
  const stopping = createYogaApp({ graph, ready: () => false });

  it('is 200 while ready and 503 once not, with a query string too', async () => {
    expect((await ready.fetch('http://yoga/ready')).status).toBe(200);
    expect((await stopping.fetch('http://yoga/ready')).status).toBe(503);
    expect((await stopping.fetch('http://yoga/ready?probe=1')).status).toBe(503);
  });

  it('is not a path that merely contains it', async () => {
    for (const url of ['http://yoga/ready/more', 'http://yoga/not-ready', 'http://yoga/readyz']) {
      expect((await stopping.fetch(url)).status, url).toBe(404);
    }
    const graphql = await stopping.fetch(
      `http://yoga/graphql?${new URLSearchParams({ query: '{ __typename }', next: '/ready' })}`,
      { headers: { accept: 'application/json' } },
    );
    expect(graphql.status).toBe(200);
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
