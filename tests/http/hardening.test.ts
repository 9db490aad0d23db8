/**
 * Error codes yoga's plugins give an error that comes without one (src/http/hardening.ts): an
 * unexpected resolver error during execution (data present) is INTERNAL_SERVER_ERROR, also
 * outside production, where its message is not masked.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { createYogaApp } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';
import { brokenGraph, capturingLogger, graphWithAlteredEntity, JSON_HEADERS } from '../security/helpers.js';
import { sharedGraph } from '../shared-graph.js';
import { post } from './client.js';

describe('coded errors', () => {
  it('gives an unexpected resolver error INTERNAL_SERVER_ERROR, with data null beside it', async () => {
    const { logger } = capturingLogger();
    const yoga = createYogaApp({ graph: brokenGraph(loadDataset(DEFAULT_DATA)), logger });
    const answer = await post(yoga, { query: '{ entity(slug: "amptp") { name } }' });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ entity: null });
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['entity'], 'INTERNAL_SERVER_ERROR'],
    ]);
  });
});

describe('coded errors, more', () => {
  it('an error the executor raises without a code (an entity of no known kind) is INTERNAL_SERVER_ERROR beside data', async () => {
    const { logger } = capturingLogger();
    const graph = graphWithAlteredEntity(sharedGraph(), 'amptp', { kind: 'NO_SUCH_KIND' });
    const yoga = createYogaApp({ graph, logger });
    const answer = await post(yoga, { query: '{ entity(slug: "amptp") { name } }' });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ entity: null });
    expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['entity'], 'INTERNAL_SERVER_ERROR'],
    ]);
  });
});

describe('a request yoga cannot read', () => {
  const yoga = createYogaApp({ graph: sharedGraph() });

  it.each([
    ['{bad', 'POST body sent invalid JSON.'],
    ['"x"', 'POST body is expected to be object but received string'],
  ])("%s: a 400 BAD_REQUEST with yoga's message, whatever the Accept, no parser internals", async (body, message) => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { ...JSON_HEADERS, accept },
        body,
      });
      expect(response.status, accept).toBe(400);
      expect(await response.json(), accept).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    }
  });
});
