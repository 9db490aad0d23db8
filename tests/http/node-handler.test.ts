/**
 * The node:http handler in front of yoga (body limit, response cache), served in this process on
 * a free port with `createNodeHandler`, as src/server.ts serves it. Limits are tested at their
 * value and one past it; the cache's hits are told by its documented log line (`cached: true`).
 */
import { Agent, createServer, request, type Server } from 'node:http';
import { type AddressInfo, connect as connectSocket, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Metrics } from '../../src/http/metrics.js';
import { createNodeHandler } from '../../src/http/node-handler.js';
import { ResponseCache } from '../../src/http/response-cache.js';
import type { Logger } from '../../src/logger.js';
import { createYogaApp } from '../../src/yoga.js';
import { capturingLogger } from '../security/helpers.js';
import { sharedGraph } from '../shared-graph.js';
import { parseSamples, sampleValue } from './prometheus-text.js';

const graph = sharedGraph();
const LIMIT = 2_000;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface Listening {
  url: URL;
  server: Server;
  lines: () => Record<string, unknown>[];
}

async function listen(cacheEntries: number | null): Promise<Listening> {
  const { logger, lines } = capturingLogger();
  const yoga = createYogaApp({ graph, maxRequestBodySize: false, logger });
  const cache = cacheEntries === null ? null : new ResponseCache(cacheEntries, 64 * 1_048_576);
  const server = createServer(createNodeHandler({ yoga, maxBodyBytes: LIMIT, logger, cache }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: new URL(`http://127.0.0.1:${port}/graphql`), server, lines };
}

/** Sends a request; a body given as several pieces goes chunked (no Content-Length). */
function send(
  url: URL,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | string[] },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunked = Array.isArray(body);
    const req = request(url, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(body !== undefined && !chunked ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        ...headers,
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    for (const piece of chunked ? body : body === undefined ? [] : [body]) req.write(piece);
    req.end();
  });
}

/** A JSON body of exactly `bytes` bytes: a query, padded with spaces inside the JSON. */
function bodyOf(bytes: number, query = '{ entity(slug: "amptp") { name } }'): string {
  const json = JSON.stringify({ query });
  const body = `${json.slice(0, -1)}${' '.repeat(bytes - Buffer.byteLength(json))}}`;
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

/** The same body as pieces of at most 500 bytes, sent chunked. */
const pieces = (body: string) => body.match(/[\s\S]{1,500}/g) ?? [];

const AMPTP = { data: { entity: { name: 'Alliance of Motion Picture and Television Producers' } } };

function expectTooLarge(answer: Answer): void {
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body).errors[0].extensions).toEqual({ code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes: LIMIT });
}

describe('the body limit, at its value and one byte past it', () => {
  let cached: Listening;
  let uncached: Listening;
  beforeAll(async () => {
    [cached, uncached] = await Promise.all([listen(100), listen(null)]);
  });
  afterAll(() => {
    cached.server.close();
    uncached.server.close();
  });

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('%s, through the cache: exactly the limit is answered, one byte more is 413', async (_, chunked) => {
    const exact = bodyOf(LIMIT);
    const over = bodyOf(LIMIT + 1);
    const at = await send(cached.url, { body: chunked ? pieces(exact) : exact });
    expect(at.status).toBe(200);
    expect(JSON.parse(at.body)).toEqual(AMPTP);
    expectTooLarge(await send(cached.url, { body: chunked ? pieces(over) : over }));
  });

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('%s, on the path that skips the cache (credentials): the same edge', async (_, chunked) => {
    const headers = { authorization: 'Bearer x' };
    const exact = bodyOf(LIMIT);
    const over = bodyOf(LIMIT + 1);
    const at = await send(cached.url, { headers, body: chunked ? pieces(exact) : exact });
    expect(at.status).toBe(200);
    expect(JSON.parse(at.body)).toEqual(AMPTP);
    expectTooLarge(await send(cached.url, { headers, body: chunked ? pieces(over) : over }));
  });

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('%s, with no cache at all: the same edge', async (_, chunked) => {
    const exact = bodyOf(LIMIT);
    const over = bodyOf(LIMIT + 1);
    const at = await send(uncached.url, { body: chunked ? pieces(exact) : exact });
    expect(at.status).toBe(200);
    expect(JSON.parse(at.body)).toEqual(AMPTP);
    expectTooLarge(await send(uncached.url, { body: chunked ? pieces(over) : over }));
  });

  it('a chunked body of another content type (not cached) meets the limit too', async () => {
    const query = '{ entity(slug: "amptp") { name } }';
    const exact = query + ' '.repeat(LIMIT - query.length);
    const headers = { 'content-type': 'application/graphql', accept: 'application/json' };
    const at = await send(uncached.url, { headers, body: pieces(exact) });
    expect(at.status).not.toBe(413);
    expectTooLarge(await send(cached.url, { headers, body: pieces(`${exact} `) }));
  });

  it('every answer carries its x-request-id, the 413 too', async () => {
    const answer = await send(cached.url, { headers: { 'x-request-id': 'edge-1' }, body: bodyOf(LIMIT + 1) });
    expect(answer.headers['x-request-id']).toBe('edge-1');
  });
});

describe('the response cache', () => {
  const query = (slug: string) => JSON.stringify({ query: `{ entity(slug: "${slug}") { name } }` });
  const hits = (server: Listening) => server.lines().filter((line) => line.cached === true).length;

  it('evicts the least recently used answer, not the first kept', async () => {
    const server = await listen(2);
    try {
      await send(server.url, { body: query('amptp') }); // kept: amptp
      await send(server.url, { body: query('netflix') }); // kept: amptp, netflix
      await send(server.url, { body: query('amptp') }); // a hit: amptp is now the most recently used
      expect(hits(server)).toBe(1);
      await send(server.url, { body: query('sag-aftra') }); // over the bound: netflix goes, not amptp
      await send(server.url, { body: query('amptp') });
      expect(hits(server)).toBe(2);
      await send(server.url, { body: query('netflix') });
      expect(hits(server)).toBe(2);
    } finally {
      server.server.close();
    }
  });

  it('holds as many answers as its bound, and one more evicts one', async () => {
    const server = await listen(3);
    try {
      for (const slug of ['amptp', 'netflix', 'sag-aftra']) await send(server.url, { body: query(slug) });
      for (const slug of ['amptp', 'netflix', 'sag-aftra']) await send(server.url, { body: query(slug) });
      expect(hits(server)).toBe(3);
    } finally {
      server.server.close();
    }
  });

  describe('keys, validators and credentials', () => {
    let server: Listening;
    beforeAll(async () => {
      server = await listen(100);
    });
    afterAll(() => server.server.close());

    it('a replayed answer is the same bytes, with an ETag, and its own request id', async () => {
      const first = await send(server.url, { body: query('nbc'), headers: { 'x-request-id': 'one' } });
      const again = await send(server.url, { body: query('nbc'), headers: { 'x-request-id': 'two' } });
      expect(again.body).toBe(first.body);
      expect(JSON.parse(again.body)).toEqual({ data: { entity: { name: 'NBC' } } });
      expect(first.headers.etag).toMatch(/^".+"$/);
      expect(again.headers.etag).toBe(first.headers.etag);
      expect([first.headers['x-request-id'], again.headers['x-request-id']]).toEqual(['one', 'two']);
      expect(server.lines().find((line) => line.reqId === 'two')).toMatchObject({ cached: true, status: 200 });
    });

    it('a hit is the executed answer to the byte: status, headers (but its own request id) and body', async () => {
      const body = JSON.stringify({
        query: 'query E($s: String!) { entity(slug: $s) { name relations(first: 2) { totalCount } } }',
        variables: { s: 'paramount-pictures' },
      });
      const headers = { origin: 'https://example.org', 'x-request-id': 'executed' };
      const executed = await send(server.url, { body, headers });
      const hit = await send(server.url, { body, headers: { ...headers, 'x-request-id': 'replayed' } });
      const { date: _d1, 'x-request-id': firstId, ...executedHeaders } = executed.headers;
      const { date: _d2, 'x-request-id': hitId, ...hitHeaders } = hit.headers;
      expect([firstId, hitId]).toEqual(['executed', 'replayed']);
      expect(hit.status).toBe(executed.status);
      expect(hitHeaders).toEqual(executedHeaders);
      expect(executedHeaders['access-control-allow-origin']).toBe('https://example.org');
      expect(hit.body).toBe(executed.body);
      const logged = server.lines().filter((line) => line.msg === 'request');
      expect(logged.find((line) => line.reqId === 'executed')).not.toHaveProperty('cached');
      expect(logged.find((line) => line.reqId === 'replayed')).toMatchObject({ cached: true, status: 200 });
    });

    it('Cookie or Authorization: no ETag and never replayed', async () => {
      for (const headers of [{ cookie: 'session=1' }, { authorization: 'Bearer t' }] as Record<string, string>[]) {
        const before = hits(server);
        const first = await send(server.url, { body: query('fox'), headers });
        const again = await send(server.url, { body: query('fox'), headers });
        expect(first.status).toBe(200);
        expect(first.headers.etag).toBeUndefined();
        expect(again.headers.etag).toBeUndefined();
        expect(hits(server)).toBe(before);
      }
    });

    it('304 only for a GET naming the ETag kept for that very request', async () => {
      const url = new URL(server.url);
      url.searchParams.set('query', '{ entity(slug: "mca") { name } }');
      const headers = { accept: 'application/graphql-response+json' };
      const first = await send(url, { method: 'GET', headers });
      expect(first.status).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toBeTruthy();
      const revalidated = await send(url, { method: 'GET', headers: { ...headers, 'if-none-match': etag } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body).toBe('');
      expect(revalidated.headers.etag).toBe(etag);
      const stale = await send(url, { method: 'GET', headers: { ...headers, 'if-none-match': '"other"' } });
      expect(stale.status).toBe(200);
      expect(JSON.parse(stale.body)).toEqual({ data: { entity: { name: 'MCA Inc.' } } });
      // The same ETag on a POST of the same operation: a full answer.
      const body = JSON.stringify({ query: '{ entity(slug: "mca") { name } }' });
      await send(server.url, { body, headers });
      const posted = await send(server.url, { body, headers: { ...headers, 'if-none-match': etag } });
      expect(posted.status).toBe(200);
      expect(JSON.parse(posted.body)).toEqual({ data: { entity: { name: 'MCA Inc.' } } });
      // Another request's ETag does not validate this one.
      const other = new URL(server.url);
      other.searchParams.set('query', '{ entity(slug: "nbc") { name } }');
      const crossed = await send(other, { method: 'GET', headers: { ...headers, 'if-none-match': etag } });
      expect(crossed.status).toBe(200);
    });

    it('Accept, Origin, URL and body are each part of the key', async () => {
      const body = query('columbia-pictures');
      const json = { accept: 'application/json' };
      const site = { origin: 'https://example.org' };
      await send(server.url, { body, headers: json });
      await send(server.url, { body, headers: site });
      const before = hits(server);
      await send(server.url, { body, headers: { accept: 'application/graphql-response+json' } });
      await send(server.url, { body, headers: { origin: 'https://example.com' } });
      await send(new URL(`${server.url}?x=1`), { body, headers: json });
      await send(server.url, { body: `${body} `, headers: json });
      expect(hits(server)).toBe(before);
      const replayed = await send(server.url, { body, headers: json });
      expect(replayed.headers['content-type']).toMatch(/^application\/json/);
      await send(server.url, { body, headers: site });
      expect(hits(server)).toBe(before + 2);
    });

    it('a request with credentials is never answered from what was kept for one without', async () => {
      const body = query('warner-bros');
      await send(server.url, { body });
      const before = hits(server);
      for (const headers of [{ cookie: 'session=1' }, { authorization: 'Bearer t' }] as Record<string, string>[]) {
        const answer = await send(server.url, { body, headers });
        expect(answer.status).toBe(200);
        expect(answer.headers.etag).toBeUndefined();
      }
      expect(hits(server)).toBe(before);
    });

    it('the ETag tells apart query, variables, operation name, extensions, Accept and Origin', async () => {
      const etagOf = async (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
        (await send(server.url, { body: JSON.stringify(payload), headers })).headers.etag as string;
      const base = { query: 'query Q($s: String!) { entity(slug: $s) { name } }', variables: { s: 'nbc' } };
      const etags = [
        await etagOf(base),
        await etagOf({ ...base, query: 'query Q($s: String!) { entity(slug: $s) { slug } }' }),
        await etagOf({ ...base, variables: { s: 'fox' } }),
        await etagOf({ ...base, operationName: 'Q' }),
        await etagOf({ ...base, extensions: { x: 1 } }),
        await etagOf(base, { accept: 'application/json' }),
        await etagOf(base, { origin: 'https://example.org' }),
      ];
      for (const etag of etags) expect(etag).toMatch(/^".+"$/);
      expect(new Set(etags).size).toBe(etags.length);
      expect(await etagOf(base)).toBe(etags[0]);
    });

    it('answers with errors are never kept', async () => {
      const body = JSON.stringify({ query: '{ entity(slug: "amptp") { nosuchfield } }' });
      const first = await send(server.url, { body });
      const before = hits(server);
      const again = await send(server.url, { body });
      expect(first.headers.etag).toBeUndefined();
      expect(JSON.parse(again.body).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(hits(server)).toBe(before);
    });

    it('other paths and methods go to yoga uncached', async () => {
      const health = new URL('/health', server.url);
      await send(health, { method: 'GET' });
      await send(health, { method: 'GET' });
      const longer = new URL('/graphqlx', server.url);
      await send(longer, { body: query('amptp') });
      const before = hits(server);
      await send(longer, { body: query('amptp') });
      expect(hits(server)).toBe(before);
    });
  });
});

/**
 * A client that asks first (Expect: 100-continue) sends its body only once invited, as the
 * server does with `server.on('checkContinue', handler)`. Every interim response the client sees
 * is recorded, so an invitation given where none was asked for shows.
 */
describe('Expect: 100-continue', () => {
  let asking: Listening;
  beforeAll(async () => {
    asking = await listen(100);
    asking.server.on('checkContinue', asking.server.listeners('request')[0] as () => void);
  });
  afterAll(() => asking.server.close());

  interface Asked extends Answer {
    invited: boolean;
    interim: number[];
  }

  function ask(body: string, expect: string | null, agent?: Agent): Promise<Asked> {
    return new Promise((resolve, reject) => {
      let invited = false;
      const interim: number[] = [];
      const req = request(asking.url, {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          ...(expect === null ? {} : { expect }),
        },
      });
      req.on('information', (info) => interim.push(info.statusCode));
      req.on('continue', () => {
        invited = true;
        req.end(body);
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, invited, interim }),
        );
      });
      req.on('error', reject);
      // Without Expect the body goes at once; with it, only on `continue`.
      if (expect === null) req.end(body);
      else req.flushHeaders();
    });
  }

  it.each(['100-continue', '100-Continue'])('a body within the limit is invited (%s), then answered', async (value) => {
    const answer = await ask(bodyOf(LIMIT), value);
    expect(answer.invited).toBe(true);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(AMPTP);
  });

  it('a body over the limit is never invited: 413 at once, and the connection closes (no body is coming)', async () => {
    const answer = await ask(bodyOf(LIMIT + 1), '100-continue');
    expect(answer.invited).toBe(false);
    expect(answer.interim).toEqual([]);
    expectTooLarge(answer);
    expect(answer.headers.connection).toBe('close');
  });

  it('without Expect: no invitation, and after a 413 the body is read and dropped, the connection kept', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const over = await ask(bodyOf(LIMIT + 1), null, agent);
      expectTooLarge(over);
      expect(over.headers.connection).toBe('keep-alive');
      const next = await ask(bodyOf(LIMIT), null, agent);
      expect(next.status).toBe(200);
      expect([over.interim, next.interim]).toEqual([[], []]);
    } finally {
      agent.destroy();
    }
  });
});

/**
 * After a 413 the server reads and drops the rest of the body for a while, then cuts off a client
 * still sending. The linger is a timer of the handler's: faked here (vitest), so no test waits.
 */
describe('the linger after a 413', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(null);
  });
  afterAll(() => server.server.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Writes `text` on `socket` and resolves with the next whole response (headers and body) read from it. */
  function exchange(socket: Socket, text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      let read = '';
      const onData = (chunk: Buffer) => {
        read += chunk.toString('utf8');
        const end = read.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(read)?.[1];
        if (end >= 0 && length !== undefined && read.length >= end + 4 + Number(length)) {
          socket.off('data', onData);
          resolve(read);
        }
      };
      socket.on('data', onData);
      socket.once('error', reject);
      socket.write(text);
    });
  }

  /**
   * A request's text, with a Content-Length or chunked (in the pieces of `pieces`); `complete:
   * false` stops short of what it announced.
   */
  function requestText(id: string, body: string, chunked: boolean, complete = true): string {
    const head = `POST /graphql HTTP/1.1\r\nHost: kg\r\nContent-Type: application/json\r\nX-Request-Id: ${id}\r\n`;
    const bytes = Buffer.byteLength(body);
    if (!chunked) return `${head}Content-Length: ${complete ? bytes : bytes * 10}\r\n\r\n${body}`;
    const chunks = pieces(body).map((piece) => `${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`);
    return `${head}Transfer-Encoding: chunked\r\n\r\n${chunks.join('')}${complete ? '0\r\n\r\n' : ''}`;
  }

  /** The log lines of one request. */
  const linesOf = (id: string) => server.lines().filter((line) => line.reqId === id);

  async function connect(): Promise<Socket> {
    const socket = connectSocket(Number(server.url.port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    return socket;
  }

  it.each([
    ['JSON (the fast path)', 'application/json', 'broken-off-json'],
    ['another content type (yoga)', 'application/graphql', 'broken-off-graphql'],
  ])('a chunked body of %s that breaks off is logged as aborted, and nothing is answered', async (_, type, id) => {
    const socket = await connect();
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(requestText(id, bodyOf(LIMIT - 1), true, false).replace('application/json', type), () =>
      socket.destroy(),
    );
    await closed;
    await vi.waitFor(() => expect(linesOf(id).length).toBeGreaterThan(0));
    expect(linesOf(id).map((line) => [line.msg, line.level])).toEqual([['request body aborted', 30]]);
  });

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('%s: a client that stops sending after the 413 is cut off once the linger ends', async (_, chunked) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Node would also close it, after its own keep-alive timeout (real time): the server's side of
    // the connection is checked as soon as the faked linger has run, before that could happen.
    const accepted = new Promise<Socket>((resolve) => server.server.once('connection', resolve));
    const socket = await connect();
    const id = `stalled-${chunked}`;
    const refused = await exchange(socket, requestText(id, bodyOf(LIMIT + 1), chunked, false));
    expect(refused).toMatch(/^HTTP\/1\.1 413 /);
    const serverSide = await accepted;
    expect(serverSide.destroyed).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(serverSide.destroyed).toBe(true);
    socket.destroy();
    // Its request breaks off then, already answered: one log line, the 413's (node reports the break
    // on the next ticks after the close).
    await new Promise((resolve) => serverSide.once('close', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(linesOf(id).map((line) => [line.msg, line.status])).toEqual([['request', 413]]);
  });

  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])(
    '%s: a client that sent its whole body keeps its connection past the linger, for its next request',
    async (_, chunked) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const socket = await connect();
      // Twice the limit: read in several pieces, more of them arriving after the limit is passed.
      const id = `whole-${chunked}`;
      const refused = await exchange(socket, requestText(id, bodyOf(LIMIT * 2), chunked));
      expect(refused).toMatch(/^HTTP\/1\.1 413 /);
      vi.advanceTimersByTime(60_000);
      const answered = await exchange(socket, requestText(`${id}-next`, bodyOf(LIMIT), chunked));
      // The refused body was only dropped: one log line for it, the 413's.
      expect(linesOf(id).map((line) => [line.msg, line.status])).toEqual([['request', 413]]);
      expect(answered).toMatch(/^HTTP\/1\.1 200 /);
      expect(JSON.parse(answered.slice(answered.indexOf('\r\n\r\n') + 4))).toEqual(AMPTP);
      socket.destroy();
    },
  );
});

/**
 * What the handler counts in the metrics (src/http/metrics.ts), read as a scraper reads them: GET
 * /metrics through the same server.
 */
describe('the metrics the handler keeps', () => {
  let server: Server;
  let url: URL;
  beforeAll(async () => {
    const { logger } = capturingLogger();
    const metrics = new Metrics();
    const yoga = createYogaApp({ graph, maxRequestBodySize: false, logger, metrics });
    const cache = new ResponseCache(100, 64 * 1_048_576);
    server = createServer(createNodeHandler({ yoga, maxBodyBytes: LIMIT, logger, cache, metrics }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  });
  afterAll(() => server.close());

  async function scrape() {
    const answer = await send(new URL('/metrics', url), { method: 'GET' });
    expect(answer.status).toBe(200);
    return parseSamples(answer.body);
  }

  it('a cacheable request is a miss, the same again a hit; what the fast path does not take is neither', async () => {
    const body = JSON.stringify({ query: '{ entity(slug: "amptp") { name } }' });
    const first = await send(url, { body });
    const again = await send(url, { body });
    expect([JSON.parse(first.body), JSON.parse(again.body)]).toEqual([AMPTP, AMPTP]);
    // Yoga's to answer: a probe, and a body of another content type.
    expect((await send(new URL('/health', url), { method: 'GET' })).status).toBe(200);
    const graphqlBody = await send(url, {
      headers: { 'content-type': 'application/graphql', accept: 'application/json' },
      body: '{ entity(slug: "amptp") { name } }',
    });
    expect(JSON.parse(graphqlBody.body)).toEqual(AMPTP);
    const samples = await scrape();
    expect(sampleValue(samples, 'kg_response_cache_requests_total', { result: 'miss' })).toBe(1);
    expect(sampleValue(samples, 'kg_response_cache_requests_total', { result: 'hit' })).toBe(1);
  });

  it('a 413 made in front of yoga is counted under its code', async () => {
    expectTooLarge(await send(url, { body: bodyOf(LIMIT + 1) }));
    expectTooLarge(await send(url, { body: pieces(bodyOf(LIMIT + 1)) }));
    const samples = await scrape();
    expect(sampleValue(samples, 'kg_graphql_errors_total', { code: 'REQUEST_ENTITY_TOO_LARGE' })).toBe(2);
  });
});

describe('a GET on the fast path', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(100);
  });
  afterAll(() => server.server.close());

  it('is answered from its URL at once: a body it carries is neither waited for nor measured', async () => {
    const socket = connectSocket(Number(server.url.port), '127.0.0.1');
    try {
      await new Promise((resolve) => socket.once('connect', resolve));
      let read = '';
      const answered = new Promise<void>((resolve) => {
        socket.on('data', (chunk: Buffer) => {
          read += chunk.toString('utf8');
          const end = read.indexOf('\r\n\r\n');
          const length = /content-length: (\d+)/i.exec(read)?.[1];
          if (end >= 0 && length !== undefined && read.length >= end + 4 + Number(length)) resolve();
        });
      });
      const query = encodeURIComponent('{ entity(slug: "amptp") { name } }');
      const piece = 'x'.repeat(LIMIT + 1);
      // One piece of a chunked body already past the limit, and no end to it.
      socket.write(
        `GET /graphql?query=${query} HTTP/1.1\r\nHost: kg\r\nTransfer-Encoding: chunked\r\n\r\n${piece.length.toString(16)}\r\n${piece}\r\n`,
      );
      await answered;
      expect(read).toMatch(/^HTTP\/1\.1 200 /);
      expect(JSON.parse(read.slice(read.indexOf('\r\n\r\n') + 4))).toEqual(AMPTP);
    } finally {
      socket.destroy();
    }
  });
});

describe('the fast path behind the handler, the cache off', () => {
  let uncached: Listening;
  beforeAll(async () => {
    uncached = await listen(null);
  });
  afterAll(() => uncached.server.close());

  it('answers a query sent again and again every time: through the hooks, then compiled, then directly', async () => {
    // Resolved without a loader, so that the direct route's answer is not a promise either.
    const query = 'query Again { search(text: "AMPTP", first: 1) { entity { slug } } }';
    const body = JSON.stringify({ query, operationName: 'Again' });
    // The first two executions go through the hooks (the second compiles the document); from the
    // third on, the direct route answers in the tick the body arrives.
    for (let time = 1; time <= 4; time++) {
      const id = `again-${time}`;
      const answer = await send(uncached.url, { body, headers: { 'x-request-id': id } });
      expect(answer.status, `request ${time}`).toBe(200);
      expect(JSON.parse(answer.body), `request ${time}`).toEqual({ data: { search: [{ entity: { slug: 'amptp' } }] } });
      expect(answer.headers['x-request-id']).toBe(id);
      expect(answer.headers.etag).toMatch(/^"\d+-/);
      expect(uncached.lines().filter((line) => line.reqId === id && line.msg === 'request')).toEqual([
        expect.objectContaining({ status: 200, operation: 'Again' }),
      ]);
    }
  });

  it('hands to yoga what it does not take once the body is read: a JSON body that is not an object', async () => {
    const answer = await send(uncached.url, { body: '[1]', headers: { 'x-request-id': 'not-an-object' } });
    expect(answer.status).toBe(400);
    expect(answer.headers['x-request-id']).toBe('not-an-object');
    expect(JSON.parse(answer.body).errors).toHaveLength(1);
  });
});

/**
 * A failure of the fast path itself is a bug; to make one, the handler is given a graph version
 * that cannot be read (`currentVersion` throws), where the cache asks for it: before the answer
 * (the cache lookup) or after it is written (whether to keep it); or a logger that cannot write
 * the request's line, which the hooks write last.
 */
describe('a failure of the fast path', () => {
  /** `failAtCall`: the call of `currentVersion` that throws (0: none); `breakLogger` may change the logger. */
  async function failing(failAtCall: number, breakLogger: (logger: Logger) => void = () => {}) {
    const { logger, lines } = capturingLogger();
    breakLogger(logger);
    const yoga = createYogaApp({ graph, maxRequestBodySize: false, logger });
    const cache = new ResponseCache(100, 64 * 1_048_576);
    let calls = 0;
    const currentVersion = () => {
      calls += 1;
      if (calls === failAtCall) throw new Error('version unreadable');
      return graph.version;
    };
    const server = createServer(createNodeHandler({ yoga, maxBodyBytes: LIMIT, logger, cache, currentVersion }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
    /** The log lines of the failure, as [message, level]. */
    const failures = (id: string) =>
      lines()
        .filter((line) => line.reqId === id && line.msg !== 'request')
        .map((line) => [line.msg, line.level]);
    return { server, url, failures };
  }

  const body = JSON.stringify({ query: '{ entity(slug: "amptp") { name } }' });

  it('before anything is written: a 500 as yoga answers one, and an error in the log', async () => {
    const { server, url, failures } = await failing(1);
    try {
      const answer = await send(url, { body, headers: { 'x-request-id': 'failed-early' } });
      expect(answer.status).toBe(500);
      expect(answer.headers['x-request-id']).toBe('failed-early');
      expect(JSON.parse(answer.body)).toEqual({
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
      expect(failures('failed-early')).toEqual([['the fast path failed', 50]]);
    } finally {
      server.close();
    }
  });

  it('while the hooks answer (a log write that throws): a 500 as yoga answers one, and an error in the log', async () => {
    const { server, url, failures } = await failing(0, (logger) => {
      const info = logger.info.bind(logger);
      logger.info = ((...args: Parameters<Logger['info']>) => {
        if (args[1] === 'request') throw new Error('log unwritable');
        info(...args);
      }) as Logger['info'];
    });
    try {
      const answer = await send(url, { body, headers: { 'x-request-id': 'failed-in-hooks' } });
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body)).toEqual({
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
      expect(failures('failed-in-hooks')).toEqual([['the fast path failed', 50]]);
    } finally {
      server.close();
    }
  });

  it('after the answer is written: the connection is closed and the failure logged, nothing written again', async () => {
    const { server, url, failures } = await failing(2);
    try {
      // The answer may reach the client or not before the connection closes: either way is fine.
      await send(url, { body, headers: { 'x-request-id': 'failed-late' } }).catch(() => null);
      await vi.waitFor(() => expect(failures('failed-late').length).toBeGreaterThan(0));
      expect(failures('failed-late')).toEqual([['request aborted', 30]]);
    } finally {
      server.close();
    }
  });
});

describe('a body that breaks off, with a Content-Length', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(null);
  });
  afterAll(() => server.server.close());

  it.each([
    ['JSON (the fast path)', 'application/json', 'cut-length-json'],
    ['another content type (yoga)', 'application/graphql', 'cut-length-graphql'],
  ])('%s: logged as aborted, and nothing is answered', async (_, type, id) => {
    const socket = connectSocket(Number(server.url.port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    // Announces 500 bytes, sends 9, and goes.
    const head = `POST /graphql HTTP/1.1\r\nHost: kg\r\nContent-Type: ${type}\r\nX-Request-Id: ${id}\r\nContent-Length: 500\r\n\r\n`;
    socket.write(`${head}{ entity`, () => socket.destroy());
    await closed;
    const linesOf = () => server.lines().filter((line) => line.reqId === id);
    await vi.waitFor(() => expect(linesOf().length).toBeGreaterThan(0));
    expect(linesOf().map((line) => [line.msg, line.level])).toEqual([['request body aborted', 30]]);
  });
});
