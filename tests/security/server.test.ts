/**
 * The attacks that need the real listening server: bodies of 30 MB, chunked bodies, slow clients,
 * and other clients being answered while an attack is under way. Also production mode and the
 * JSON logs of the real entry point.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, spawnServer, startServer } from '../server/start-server.js';
import { deepJson, NORMAL_QUERY, nest } from './helpers.js';

interface RawAnswer {
  status: number;
  body: string;
  ms: number;
}

/**
 * POSTs `totalBytes` of body in 64 KB writes, with a Content-Length or chunked, and stops writing
 * as soon as an answer arrives (a server that refuses early may close before reading it all).
 */
function postLarge(url: string, totalBytes: number, { chunked }: { chunked: boolean }): Promise<RawAnswer> {
  const start = performance.now();
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': String(totalBytes) }) },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - start }));
      res.on('error', reject);
    });
    // Writing into a connection the server has closed fails; that is expected once it has answered.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sent = 0;
    const pump = () => {
      while (!answered && sent < totalBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - start, headers: response.headers };
}

async function expectNormalAnswer(url: string): Promise<void> {
  const answer = await post(url, { query: NORMAL_QUERY });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.text)).toEqual({
    data: { entity: { name: 'Alliance of Motion Picture and Television Producers' } },
  });
}

describe('the real server under hostile requests', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  it('refuses a 30 MB body with a 413 (Content-Length), then answers a normal query', async () => {
    const answer = await postLarge(server.url, 30 * 1_048_576, { chunked: false });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    await expectNormalAnswer(server.url);
  });

  it('refuses a 30 MB chunked body as soon as it passes the limit, then answers a normal query', async () => {
    const answer = await postLarge(server.url, 30 * 1_048_576, { chunked: true });
    expect(answer.status).toBe(413);
    await expectNormalAnswer(server.url);
  });

  it('reads a small chunked body', async () => {
    const body = JSON.stringify({ query: NORMAL_QUERY });
    const answer = await new Promise<RawAnswer>((resolve, reject) => {
      const target = new URL(server.url);
      const start = performance.now();
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, ms: performance.now() - start }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      req.end(body.slice(10));
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.entity.name).toContain('Alliance');
  });

  it('refuses a 5 MB query with a 413', async () => {
    const answer = await post(server.url, { query: `{ ${'__typename '.repeat(500_000)}}` });
    expect(answer.status).toBe(413);
    await expectNormalAnswer(server.url);
  });

  it('refuses a query string too long for a URL with a 4xx', async () => {
    const url = `${server.url}?query=${encodeURIComponent(`{ ${'__typename '.repeat(10_000)}}`)}`;
    const response = await fetch(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectNormalAnswer(server.url);
  });

  it('keeps answering others while slow clients hold connections open', async () => {
    const target = new URL(server.url);
    const sockets: Socket[] = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < 40; i++) {
      const socket = connect(Number(target.port), target.hostname);
      socket.on('error', () => {});
      sockets.push(socket);
      if (i % 2 === 0) {
        // Headers, a byte at a time.
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
        timers.push(setInterval(() => socket.write('X'), 100));
      } else {
        // Headers complete, a body that never finishes.
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
        );
        timers.push(setInterval(() => socket.write(' '), 100));
      }
    }
    try {
      for (let i = 0; i < 10; i++) await expectNormalAnswer(server.url);
    } finally {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
    }
  });

  it('answers other clients, promptly, while an attack is under way, and never with a 500', async () => {
    const attacks: (() => Promise<{ status: number }>)[] = [
      () => post(server.url, `{"query":"{ __typename }","variables":{"d":${deepJson(100_000)}}}`),
      () => post(server.url, { query: nest('{ entity(slug: "amptp") { ', 'name', ' }', 10_000) }),
      () => post(server.url, { query: `{ ${'__typename '.repeat(5_000)}}` }),
      () =>
        post(server.url, {
          query: `{ entity(slug: "amptp") { ${nest('relations(first: 100) { edges { other { ', 'name', ' } } }', 3)} } }`,
        }),
      () =>
        post(server.url, {
          query: `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: paths(from: "amptp", to: "sag-aftra", maxLength: 6, first: 50) { length }`).join(' ')} }`,
        }),
      () => post(server.url, '{"query": '),
      () => postLarge(server.url, 5 * 1_048_576, { chunked: false }),
    ];
    const statuses: number[] = [];
    let attacking = true;
    const attackers = Array.from({ length: 8 }, async (_, worker) => {
      for (let round = 0; attacking; round++) {
        const attack = attacks[(worker + round) % attacks.length] as () => Promise<{ status: number }>;
        statuses.push((await attack()).status);
      }
    });
    try {
      for (let i = 0; i < 15; i++) {
        await expectNormalAnswer(server.url);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      attacking = false;
      await Promise.all(attackers);
    }
    expect(statuses.length).toBeGreaterThan(15);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });

  it('logs JSON lines, each request with its id', async () => {
    await post(server.url, { query: NORMAL_QUERY }, { 'x-request-id': 'server-req-1' });
    // Lines are written in batches, at the latest 100 ms after they are logged: read until it is there.
    const logged = () =>
      server
        .output()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (let tries = 0; tries < 50 && !logged().some((line) => line.reqId === 'server-req-1'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const lines = logged();
    expect(lines).toContainEqual(expect.objectContaining({ reqId: 'server-req-1', status: 200, path: '/graphql' }));
    expect(lines).toContainEqual(expect.objectContaining({ status: 413, msg: 'request' }));
  });

  it('answers /ready', async () => {
    expect((await fetch(new URL('/ready', server.url))).status).toBe(200);
  });
});

describe('the real server in production', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer([], { NODE_ENV: 'production' });
  });
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  it('hides GraphiQL, introspection and suggestions', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(406);
    expect(await page.text()).toBe('');
    const introspection = await post(server.url, { query: '{ __schema { queryType { name } } }' });
    expect(introspection.status).toBe(400);
    const typo = await post(server.url, { query: '{ entiti(slug: "amptp") { name } }' });
    expect(typo.status).toBe(400);
    expect(typo.text).not.toContain('Did you mean');
  });

  // The audits' variables cases query `__type`, so introspection is on for this one.
  it('passes the GraphQL-over-HTTP audit suite with no audit in error', async () => {
    const withIntrospection = await startServer([], { NODE_ENV: 'production', INTROSPECTION: 'true' });
    try {
      const results = await auditServer({ url: withIntrospection.url });
      const errors = results.filter((result) => result.status === 'error');
      expect(errors.map((result) => `${result.id} ${result.name}`)).toEqual([]);
    } finally {
      withIntrospection.child.kill('SIGKILL');
    }
  });

  it('switches GraphiQL back on with GRAPHIQL=true', async () => {
    const withGraphiql = await startServer([], { NODE_ENV: 'production', GRAPHIQL: 'true' });
    try {
      const page = await fetch(withGraphiql.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('GraphiQL');
    } finally {
      withGraphiql.child.kill('SIGKILL');
    }
  });
});

describe('settings', () => {
  it('refuses to start on a malformed setting, naming it, exit code 1', async () => {
    const { exited, output } = spawnServer([], { PORT: 'http' });
    expect(await exited).toBe(1);
    expect(output()).toContain('refusing to start: PORT must be an integer from 0 to 65535, got "http"');
  });

  it('logs the shutdown as JSON and exits 0', async () => {
    const server = await startServer();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const lines = server
      .output()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ signal: 'SIGTERM' }));
  });
});
