import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenFixture, SMALL_FIXTURE } from '../graph/fixture.js';
import { type RunningServer, spawnServer, startServer } from './start-server.js';

describe('the real entry point, listening', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  it('answers GraphQL over HTTP on the default dataset', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(slug: "amptp") { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { entity: { name: 'Alliance of Motion Picture and Television Producers' } },
    });
  });

  it('answers /health', async () => {
    const response = await fetch(new URL('/health', server.url));
    expect(response.status).toBe(200);
  });

  it('opens GraphiQL on a working example query', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('presidents(asOf');
  });

  it('passes the GraphQL-over-HTTP audit suite with no audit in error', async () => {
    const results = await auditServer({ url: server.url });
    expect(results.length).toBeGreaterThan(20);
    const failures = results.filter((result) => result.status !== 'ok');
    const errors = failures.filter((result) => result.status === 'error');
    expect(errors.map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual(
      [],
    );
    // Warnings are SHOULD-level; none are expected either.
    expect(failures.map((result) => `${result.id} ${result.name}`)).toEqual([]);
  });
});

describe('starting and stopping', () => {
  it('serves another dataset directory given with --data', async () => {
    const server = await startServer(['--data', SMALL_FIXTURE]);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entities { totalCount } }' }),
    });
    expect(await response.json()).toEqual({ data: { entities: { totalCount: 5 } } });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  // Shutdown with a request in flight, readiness and the grace period: tests/server/shutdown.test.ts.

  it('refuses to start on a broken dataset, listing every problem, exit code 1', async () => {
    const dir = brokenFixture((graph) => {
      graph.relations[0].to = 'nobody';
      graph.entities[0].founded = '19500';
    });
    const { exited, output } = spawnServer(['--data', dir]);
    expect(await exited).toBe(1);
    expect(output()).toContain('refusing to start: the dataset has 2 problems');
    expect(output()).toContain('graph.json: relations[0] (gop-presided-by-ada): field to: endpoint "nobody"');
    expect(output()).toContain('graph.json: entities[0] (guild-of-producers): field founded:');
    expect(output()).not.toContain('listening');
  });
});
