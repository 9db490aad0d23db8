/**
 * Metrics of replicas sharing one change log in a real PostgreSQL: a replica that applies a
 * change another one wrote reports the same graph version, and a replication lag.
 */
import { afterEach, expect, it } from 'vitest';
import { parseSamples, sampleValue } from '../http/prometheus-text.js';
import { type RunningServer, startServer } from '../server/start-server.js';
import { describeWithPostgres } from './pg-cluster.js';

const WRITE_TOKEN = 'replica-metrics-writer-0123';
const METRICS_TOKEN = 'replica-metrics-scraper-0123';

const running: RunningServer[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

async function startReplica(store: string): Promise<RunningServer> {
  const server = await startServer([], { STORE: store, WRITE_TOKENS: `curator=${WRITE_TOKEN}`, METRICS_TOKEN });
  running.push(server);
  return server;
}

async function scrape(server: RunningServer) {
  const response = await fetch(new URL('/metrics', server.url), {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status).toBe(200);
  return parseSamples(await response.text());
}

const ADD_SOURCE = `mutation { addSource(input: { key: "replica-metrics", title: "A test source", url: "https://example.org/replica-metrics", publisher: "Example" }, reason: "replica metrics test") { key } }`;

describeWithPostgres('replica metrics over PostgreSQL', (cluster) => {
  it('a replica reports the version and a lag for a change another replica wrote', async () => {
    const store = await cluster().createDatabase();
    const [writer, follower] = [await startReplica(store), await startReplica(store)];
    const before = await scrape(follower);
    const version = sampleValue(before, 'kg_graph_version') as number;
    expect(sampleValue(await scrape(writer), 'kg_graph_version')).toBe(version);
    expect(sampleValue(before, 'kg_replication_lag_seconds')).toBe(0);

    const written = await fetch(writer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({ query: ADD_SOURCE }),
    });
    expect(await written.json()).toEqual({ data: { addSource: { key: 'replica-metrics' } } });

    // The follower applies it when notified; wait until its metrics say so.
    let after = await scrape(follower);
    while (sampleValue(after, 'kg_graph_version') === version) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await scrape(follower);
    }
    expect(sampleValue(after, 'kg_graph_version')).toBe(version + 1);
    expect(sampleValue(await scrape(writer), 'kg_graph_version')).toBe(version + 1);
    const lag = sampleValue(after, 'kg_replication_lag_seconds') as number;
    expect(Number.isFinite(lag) && lag >= 0).toBe(true);
  });
});
