/**
 * Error codes yoga's plugins give an error that comes without one (src/http/hardening.ts): an
 * unexpected resolver error during execution (data present) is INTERNAL_SERVER_ERROR, also
 * outside production, where its message is not masked.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { createYogaApp } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';
import { brokenGraph, capturingLogger } from '../security/helpers.js';
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
