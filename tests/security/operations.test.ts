/** Operations: liveness, readiness, request ids, structured logs, and the settings the server reads. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { pathOf } from '../../src/http/request-log.js';
import { REQUEST_LIMITS } from '../../src/limits.js';
import { createYogaApp } from '../../src/yoga.js';
import { sharedGraph } from '../shared-graph.js';
import { capturingLogger, expectNormalAnswer, NORMAL_QUERY, postInit, send } from './helpers.js';

const graph = sharedGraph();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('liveness and readiness', () => {
  it('answers /health and /ready with 200', async () => {
    const yoga = createYogaApp({ graph });
    expect((await send(yoga, {}, 'http://yoga/health')).status).toBe(200);
    expect((await send(yoga, {}, 'http://yoga/ready')).status).toBe(200);
  });

  it('turns /ready to 503 when no longer ready, while /health and GraphQL still answer', async () => {
    let ready = true;
    const yoga = createYogaApp({ graph, ready: () => ready });
    ready = false;
    expect((await send(yoga, {}, 'http://yoga/ready')).status).toBe(503);
    expect((await send(yoga, {}, 'http://yoga/health')).status).toBe(200);
    await expectNormalAnswer(yoga);
  });
});

describe('request ids', () => {
  const yoga = createYogaApp({ graph });
  const withId = (id: string) =>
    send(yoga, {
      ...postInit({ query: NORMAL_QUERY }),
      headers: { 'content-type': 'application/json', 'x-request-id': id },
    });

  it('echoes a plausible incoming x-request-id', async () => {
    expect((await withId('trace-1234.abc:def_5')).headers.get('x-request-id')).toBe('trace-1234.abc:def_5');
  });

  it('replaces one that could forge log lines, or is too long', async () => {
    expect((await withId('a b"}{"level":60')).headers.get('x-request-id')).toMatch(UUID);
    expect((await withId('x'.repeat(129))).headers.get('x-request-id')).toMatch(UUID);
  });

  it('makes one up when there is none, also on refusals', async () => {
    expect((await send(yoga, postInit({ query: NORMAL_QUERY }))).headers.get('x-request-id')).toMatch(UUID);
    expect((await send(yoga, postInit('{"query": '))).headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('structured logs', () => {
  it('logs one JSON line per request: id, method, path, status, time, operation and error codes', async () => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    await send(yoga, {
      ...postInit({ query: 'query Amptp { entity(slug: "amptp") { name } }', operationName: 'Amptp' }),
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-ok' },
    });
    await send(yoga, {
      ...postInit({ query: '{ entities(first: 1000000) { totalCount } }' }),
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-costly' },
    });
    const requests = lines().filter((line) => line.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({
        level: 30,
        reqId: 'req-ok',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Amptp',
      }),
      expect.objectContaining({ reqId: 'req-costly', status: 200, errors: ['QUERY_TOO_COMPLEX'] }),
    ]);
    expect(requests[0]?.ms).toEqual(expect.any(Number));
  });

  it('logs the path without its query string, each error code once, and nothing for what is absent', async () => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    const query = encodeURIComponent('{ entity(slug: "amptp") { name } }');
    await send(
      yoga,
      { headers: { accept: 'application/json', 'x-request-id': 'req-get' } },
      `http://yoga/graphql?query=${query}`,
    );
    await send(yoga, {
      ...postInit({ query: '{ entity(slug: "amptp") { nope nada } }' }),
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-twice' },
    });
    const byId = new Map(lines().map((line) => [line.reqId, line]));
    const get = byId.get('req-get');
    expect(get).toMatchObject({ level: 30, method: 'GET', path: '/graphql', status: 200, msg: 'request' });
    expect(get).not.toHaveProperty('operation');
    expect(get).not.toHaveProperty('errors');
    // Two unknown fields: two errors of one code, logged once.
    expect(byId.get('req-twice')).toMatchObject({ errors: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('logs probes at debug only', async () => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    await send(yoga, {}, 'http://yoga/ready');
    await send(yoga, {}, 'http://yoga/health?probe=1');
    await send(yoga, {}, 'http://yoga/healthz');
    expect(lines().map((line) => [line.path, line.level])).toEqual([
      ['/ready', 20],
      ['/health', 20],
      ['/healthz', 30],
    ]);
  });

  it('takes the path of a URL from the first slash after the host to the query string', () => {
    expect(pathOf('http://yoga/graphql')).toBe('/graphql');
    expect(pathOf('http://yoga/graphql?query=%7B%7D&next=/ready')).toBe('/graphql');
    expect(pathOf('https://example.org:8080/explore/app.js')).toBe('/explore/app.js');
    expect(pathOf('http://yoga')).toBe('/');
  });

  it('is silent by default (the tests stay quiet)', async () => {
    const yoga = createYogaApp({ graph });
    await expectNormalAnswer(yoga);
  });
});

describe('configuration', () => {
  it('has development defaults', () => {
    expect(loadConfig({}, [])).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      production: false,
      graphiql: true,
      introspection: true,
      logLevel: 'info',
      deadlineMs: REQUEST_LIMITS.deadlineMs,
      maxBodyBytes: REQUEST_LIMITS.maxBodyBytes,
      shutdownGraceMs: 10_000,
    });
  });

  it('turns GraphiQL and introspection off in production, unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }, [])).toMatchObject({
      production: true,
      graphiql: false,
      introspection: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', INTROSPECTION: '1' }, [])).toMatchObject({
      graphiql: true,
      introspection: true,
    });
    expect(loadConfig({ INTROSPECTION: 'off' }, [])).toMatchObject({ production: false, introspection: false });
  });

  it('reads every setting, --data first', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        DATA_DIR: '/d',
        LOG_LEVEL: 'warn',
        DEADLINE_MS: '500',
        MAX_BODY_BYTES: '2048',
        SHUTDOWN_GRACE_MS: '3000',
      },
      ['--data', '/e'],
    );
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/e',
      logLevel: 'warn',
      deadlineMs: 500,
      maxBodyBytes: 2048,
      shutdownGraceMs: 3000,
    });
  });

  it.each([
    [{ PORT: 'http' }, /PORT must be an integer from 0 to 65535, got "http"/],
    [{ PORT: '70000' }, /PORT/],
    [{ DEADLINE_MS: '-1' }, /DEADLINE_MS/],
    [{ MAX_BODY_BYTES: '1e6' }, /MAX_BODY_BYTES/],
    [{ GRAPHIQL: 'maybe' }, /GRAPHIQL must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses a malformed value: %o', (env, message) => {
    expect(() => loadConfig(env, [])).toThrow(ConfigError);
    expect(() => loadConfig(env, [])).toThrow(message);
  });
});
