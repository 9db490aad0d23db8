/** Prometheus metrics on GET /metrics, through yoga.fetch. */
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { Metrics } from '../../src/http/metrics.js';
import { createYogaApp } from '../../src/yoga.js';
import { SMALL_FIXTURE } from '../graph/fixture.js';
import { post } from './client.js';
import { parseSamples, sampleValue } from './prometheus-text.js';

const graph = loadDataset(SMALL_FIXTURE);

function appWithMetrics(metricsToken: string | null = null) {
  const metrics = new Metrics();
  return { metrics, yoga: createYogaApp({ graph, metrics, metricsToken }) };
}

async function scrape(yoga: ReturnType<typeof createYogaApp>, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://yoga/metrics', { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parseSamples(await response.text());
}

describe('GET /metrics', () => {
  it('is not served when metrics are off (the default)', async () => {
    const yoga = createYogaApp({ graph });
    expect((await yoga.fetch('http://yoga/metrics')).status).toBe(404);
  });

  it('counts requests and their latencies by operation name and type, and errors by code', async () => {
    const { yoga } = appWithMetrics();
    await post(yoga, { query: 'query Count { entities { totalCount } }' });
    await post(yoga, { query: 'query Count { entities { totalCount } }' });
    // The operation is picked from a document of two by operationName.
    await post(yoga, { query: 'query A { __typename } query Other { __typename }', operationName: 'Other' });
    await post(yoga, { query: '{ __typename }' });
    const invalid = await post(yoga, { query: 'query Broken { entity(slug: "amptp") { nosuchfield } }' });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unparsable = await post(yoga, { query: '{ entity(' });
    expect(unparsable.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const badInput = await post(yoga, { query: 'query Page { entities(first: 1000) { totalCount } }' });
    expect(badInput.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const samples = await scrape(yoga);
    const requests = (operation: string, type: string) =>
      sampleValue(samples, 'kg_graphql_requests_total', { operation, type });
    expect(requests('Count', 'query')).toBe(2);
    expect(requests('Other', 'query')).toBe(1);
    expect(requests('A', 'query')).toBeUndefined();
    expect(requests('<anonymous>', 'query')).toBe(1);
    expect(requests('Page', 'query')).toBe(1);
    expect(requests('Broken', 'query')).toBe(1);
    // Refused before an operation could be read from it.
    expect(requests('<anonymous>', '<none>')).toBe(1);
    expect(sampleValue(samples, 'kg_graphql_request_duration_seconds_count', { operation: 'Count' })).toBe(2);
    expect(sampleValue(samples, 'kg_graphql_request_duration_seconds_bucket', { operation: 'Count', le: '+Inf' })).toBe(
      2,
    );
    expect(sampleValue(samples, 'kg_graphql_request_duration_seconds_sum', { operation: 'Count' })).toBeGreaterThan(0);
    expect(sampleValue(samples, 'kg_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sampleValue(samples, 'kg_graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(sampleValue(samples, 'kg_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    // Process metrics come along.
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('uses the operation name the request gives when the document cannot be parsed', async () => {
    const { yoga } = appWithMetrics();
    await post(yoga, { query: 'query Named { entity(', operationName: 'Named' });
    const samples = await scrape(yoga);
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: 'Named', type: '<none>' })).toBe(1);
  });

  it('does not count probes, GraphiQL or the scrapes themselves as GraphQL requests', async () => {
    const { yoga } = appWithMetrics();
    await yoga.fetch('http://yoga/health');
    await yoga.fetch('http://yoga/ready');
    await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    await scrape(yoga);
    const samples = await scrape(yoga);
    expect(samples.filter((sample) => sample.name === 'kg_graphql_requests_total')).toEqual([]);
  });

  it('gives the graph version and replication lag it is told', async () => {
    const { yoga, metrics } = appWithMetrics();
    metrics.setGraphVersion(42);
    metrics.setReplicationLag(0.25);
    const samples = await scrape(yoga);
    expect(sampleValue(samples, 'kg_graph_version')).toBe(42);
    expect(sampleValue(samples, 'kg_replication_lag_seconds')).toBe(0.25);
    // Zero until the first cacheable request (the cache is in front of yoga: tests/server).
    expect(sampleValue(samples, 'kg_response_cache_requests_total', { result: 'hit' })).toBe(0);
    expect(sampleValue(samples, 'kg_response_cache_requests_total', { result: 'miss' })).toBe(0);
  });

  it('keeps client-chosen operation names from growing the series without end', async () => {
    const { yoga } = appWithMetrics();
    for (let index = 0; index < 205; index += 1) await post(yoga, { query: `query Q${index} { __typename }` });
    const samples = await scrape(yoga);
    const series = samples.filter((sample) => sample.name === 'kg_graphql_requests_total');
    // 200 distinct names (Q0 … Q199) keep their own series; the 5 after share one.
    expect(series.filter((sample) => sample.labels.operation !== '<other>')).toHaveLength(200);
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: 'Q199' })).toBe(1);
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: 'Q200' })).toBeUndefined();
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: '<other>' })).toBe(5);
  });

  it('answers only GET', async () => {
    const { yoga } = appWithMetrics();
    const response = await yoga.fetch('http://yoga/metrics', { method: 'POST', body: '' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  describe('with a token', () => {
    const token = 'a-long-enough-metrics-token';
    const { yoga } = appWithMetrics(token);

    it('refuses a scrape without it, or with another, as 401 with a Bearer challenge', async () => {
      for (const headers of [{}, { authorization: 'Bearer another-token-of-some-length' }, { authorization: token }]) {
        const response = await yoga.fetch('http://yoga/metrics', { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
        expect(await response.text()).toBe('');
      }
    });

    it('serves the metrics to a scrape that sends it', async () => {
      const samples = await scrape(yoga, { authorization: `Bearer ${token}` });
      expect(sampleValue(samples, 'kg_graph_version')).toBe(0);
    });

    it('leaves GraphQL open', async () => {
      expect(await post(yoga, { query: '{ entities { totalCount } }' })).toEqual({
        status: 200,
        data: { entities: { totalCount: 5 } },
      });
    });
  });
});

describe('GET /metrics, more', () => {
  it('a name seen before the bound was reached keeps its own series after it', async () => {
    const { yoga } = appWithMetrics();
    for (let index = 0; index < 200; index += 1) await post(yoga, { query: `query Q${index} { __typename }` });
    await post(yoga, { query: 'query Q0 { __typename }' });
    await post(yoga, { query: 'query Late { __typename }' });
    const samples = await scrape(yoga);
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: 'Q0' })).toBe(2);
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: '<other>' })).toBe(1);
  });

  it('a GraphQL request whose URL mentions /metrics elsewhere is GraphQL, and counted', async () => {
    const { yoga } = appWithMetrics();
    const response = await yoga.fetch('http://yoga/graphql?from=/metrics', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: 'query Mentions { __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    const samples = await scrape(yoga);
    expect(sampleValue(samples, 'kg_graphql_requests_total', { operation: 'Mentions' })).toBe(1);
  });

  it('measures a request in seconds, from its arrival to its response (on a faked clock)', async () => {
    const { yoga } = appWithMetrics();
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      // A clock that is not at zero when the request arrives.
      vi.advanceTimersByTime(1_000);
      const answered = post(yoga, { query: 'query Timed { __typename }' });
      // The request has arrived (its start is read at once); 250 ms pass before it is answered.
      vi.advanceTimersByTime(250);
      expect((await answered).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    const samples = await scrape(yoga);
    expect(sampleValue(samples, 'kg_graphql_request_duration_seconds_sum', { operation: 'Timed' })).toBe(0.25);
    expect(sampleValue(samples, 'kg_graphql_request_duration_seconds_bucket', { operation: 'Timed', le: '0.1' })).toBe(
      0,
    );
    expect(sampleValue(samples, 'kg_graphql_request_duration_seconds_bucket', { operation: 'Timed', le: '0.25' })).toBe(
      1,
    );
  });
});
