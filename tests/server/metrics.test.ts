/**
 * Metrics in the real server: the response cache and the body limit answer in front of yoga
 * (src/http/node-handler.ts), so what they count is seen only there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_FIXTURE } from '../graph/fixture.js';
import { parseSamples, sampleValue } from '../http/prometheus-text.js';
import { type RunningServer, spawnServer, startServer } from './start-server.js';

const TOKEN = 'scrape-token-for-the-tests';
const WRITE_TOKEN = 'curator-token-for-the-metrics-tests';

describe('metrics in the listening server (METRICS_TOKEN set)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(['--data', SMALL_FIXTURE], {
      METRICS_TOKEN: TOKEN,
      MAX_BODY_BYTES: '2048',
      WRITE_TOKENS: `curator=${WRITE_TOKEN}`,
    });
  }, 60_000);
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  const scrape = async () => {
    const response = await fetch(new URL('/metrics', server.url), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return parseSamples(await response.text());
  };
  const query = (body: string) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('are on once a token is set, and need it', async () => {
    expect((await fetch(new URL('/metrics', server.url))).status).toBe(401);
    await scrape();
  });

  it('count response-cache hits and misses, and 413s refused before yoga', async () => {
    const before = await scrape();
    const cache = (samples: ReturnType<typeof parseSamples>, result: string) =>
      sampleValue(samples, 'kg_response_cache_requests_total', { result }) as number;
    const body = JSON.stringify({ query: 'query Total { entities { totalCount } }' });
    for (let index = 0; index < 3; index += 1) expect((await query(body)).status).toBe(200);
    expect((await query('x'.repeat(4096))).status).toBe(413);

    const after = await scrape();
    // The first is answered by yoga and kept; the next two are replayed.
    expect(cache(after, 'miss') - cache(before, 'miss')).toBe(1);
    expect(cache(after, 'hit') - cache(before, 'hit')).toBe(2);
    // Only the request that reached yoga counts by operation.
    expect(sampleValue(after, 'kg_graphql_requests_total', { operation: 'Total' })).toBe(1);
    expect(sampleValue(after, 'kg_graphql_errors_total', { code: 'REQUEST_ENTITY_TOO_LARGE' })).toBe(1);
  });

  it('follow the graph version as changes are written, and count mutations by name', async () => {
    const version = (samples: ReturnType<typeof parseSamples>) => sampleValue(samples, 'kg_graph_version') as number;
    const before = version(await scrape());
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({
        query:
          'mutation AddSource { addSource(input: { key: "metrics-test", title: "A test source", url: "https://example.org/metrics-test", publisher: "Example" }, reason: "metrics test") { key } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { addSource: { key: 'metrics-test' } } });
    const after = await scrape();
    expect(version(after)).toBe(before + 1);
    expect(sampleValue(after, 'kg_graphql_requests_total', { operation: 'AddSource', type: 'mutation' })).toBe(1);
  });
});

describe('metrics settings', () => {
  it('refuses to start with a token too short to protect anything', async () => {
    const { exited, output } = spawnServer(['--data', SMALL_FIXTURE], { METRICS_TOKEN: 'short' });
    expect(await exited).toBe(1);
    expect(output()).toContain('refusing to start: METRICS_TOKEN must be at least 16 characters');
  });

  it('are off by default', async () => {
    const server = await startServer(['--data', SMALL_FIXTURE]);
    try {
      expect((await fetch(new URL('/metrics', server.url))).status).toBe(404);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
