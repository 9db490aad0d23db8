/**
 * The fast path (src/http/fast-path.ts) answers what yoga answers, to the byte: the same status,
 * headers and body, for good requests and refused ones, before and after graphql-jit compiles a
 * document (the first execution of a document is graphql-js', later ones jit's). Expected codes
 * are by hand; the reference answers are yoga's own (`yoga.fetch`).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset } from '../../src/graph/load.js';
import { headerOf, type RawResponse, usableHost } from '../../src/http/fast-path.js';
import { Metrics } from '../../src/http/metrics.js';
import { YOGA_HEALTH_CHECK_PATH } from '../../src/http/readiness.js';
import { REQUEST_LIMITS } from '../../src/limits.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { createYogaApp, type YogaApp } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';
import { brokenGraph, capturingLogger, deepJson } from '../security/helpers.js';

const graph = loadDataset(DEFAULT_DATA);
const AMPTP_NAME = 'Alliance of Motion Picture and Television Producers';
/** The AMPTP's global ID (`Entity.id`: its type and slug, base64). */
const AMPTP_ID = Buffer.from('Association:amptp').toString('base64');

interface Case {
  readonly name: string;
  readonly method?: 'GET' | 'POST';
  /** POST: the JSON body; GET: the URL parameters. */
  readonly params: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  readonly status: number;
  /** The first error's code, or null for an answer without errors. */
  readonly code: string | null;
  /** `data.entity.name` of the answer, from the data files. */
  readonly entityName?: string;
}

const ENTITY = 'query Entity($slug: String!) { entity(slug: $slug) { name relations(first: 3) { totalCount } } }';
const PATH = 'query Path($from: String!) { shortestPath(from: $from, to: "amptp") { length } }';
const TIMELINE = 'query Timeline($from: PartialDate) { timeline(from: $from, first: 2) { date title } }';
/** Variables of the built-in scalar types the schema's arguments take: String, Int, Boolean, ID. */
const AROUND =
  'query Around($of: String!, $depth: Int, $certain: Boolean) { neighborhood(of: $of, depth: $depth, certainOnly: $certain) { entities { slug } } }';
const NODE = 'query Node($id: ID!) { node(id: $id) { id } }';

/** Variables of each built-in scalar type, good and malformed, compiled or not: answered as yoga answers them. */
const SCALAR_CASES: readonly Case[] = [
  { name: 'String, Int and Boolean variables', params: { of: 'amptp', depth: 2, certain: false }, status: 200 },
  { name: 'a nullable Int given null', params: { of: 'amptp', depth: null, certain: false }, status: 200 },
  { name: 'a nullable Int left out', params: { of: 'amptp' }, status: 200 },
  { name: 'a non-null String given null', params: { of: null }, status: 400 },
  { name: 'a non-null String given a number', params: { of: 7 }, status: 400 },
  { name: 'an Int given a fraction', params: { of: 'amptp', depth: 1.5 }, status: 400 },
  { name: 'an Int past 32 bits', params: { of: 'amptp', depth: 2 ** 31 }, status: 400 },
  { name: 'an Int below 32 bits', params: { of: 'amptp', depth: -(2 ** 31) - 1 }, status: 400 },
  { name: 'an Int given a string', params: { of: 'amptp', depth: '2' }, status: 400 },
  { name: 'a Boolean given a string', params: { of: 'amptp', certain: 'true' }, status: 400 },
].map(({ name, params, status }) => ({
  name,
  params: { query: AROUND, variables: params },
  status,
  code: status === 400 ? 'BAD_USER_INPUT' : null,
}));

const CASES: readonly Case[] = [
  {
    name: 'a query with variables',
    params: { query: ENTITY, variables: { slug: 'amptp' } },
    status: 200,
    code: null,
    entityName: AMPTP_NAME,
  },
  // The same query under each Accept that yoga answers with its JSON processor ('': none sent).
  ...['application/json', '', '*/*', 'application/json, application/graphql-response+json'].map(
    (accept): Case => ({
      name: `the same, Accept: ${accept || '(none)'}`,
      params: { query: ENTITY, variables: { slug: 'sag-aftra' } },
      headers: { accept },
      status: 200,
      code: null,
    }),
  ),
  {
    name: 'the same, from another origin (CORS headers)',
    params: { query: ENTITY, variables: { slug: 'amptp' } },
    headers: { origin: 'https://example.org' },
    status: 200,
    code: null,
  },
  {
    name: 'an operation named, and extensions',
    params: { query: ENTITY, variables: { slug: 'amptp' }, operationName: 'Entity', extensions: { trace: false } },
    status: 200,
    code: null,
  },
  {
    // Its content-length counts UTF-8 bytes (the en dash is three), not characters.
    name: 'an answer with text beyond ASCII',
    params: {
      query: 'query Source($key: String!) { source(key: $key) { title } }',
      variables: { key: 'wikipedia-2007-08-wga-strike' },
    },
    status: 200,
    code: null,
  },
  {
    name: 'an answer with a warning (a capped timeline)',
    params: { query: TIMELINE, variables: { from: '1990' } },
    status: 200,
    code: null,
  },
  {
    name: 'a GET',
    method: 'GET',
    params: { query: ENTITY, variables: JSON.stringify({ slug: 'amptp' }) },
    status: 200,
    code: null,
    entityName: AMPTP_NAME,
  },
  {
    name: 'a mutation by GET',
    method: 'GET',
    params: { query: 'mutation { retractRelation(key: "x", reason: "y") { key } }' },
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an entity that does not exist',
    params: { query: PATH, variables: { from: 'nobody-at-all' } },
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    name: 'a malformed PartialDate variable',
    params: { query: TIMELINE, variables: { from: '2009-13' } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a variable of the wrong type',
    params: { query: ENTITY, variables: { slug: 42 } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'a required variable left out', params: { query: ENTITY }, status: 400, code: 'BAD_USER_INPUT' },
  ...SCALAR_CASES,
  // Taken as an Int, then priced: the cost limit refuses it, not the coercion.
  {
    name: 'an Int at the 32-bit bound',
    params: { query: AROUND, variables: { of: 'amptp', depth: 2 ** 31 - 1 } },
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'an ID given as a string', params: { query: NODE, variables: { id: AMPTP_ID } }, status: 200, code: null },
  // graphql-js takes an integer for an ID, as a string: "7", which names no node.
  {
    name: 'an ID given as an integer',
    params: { query: NODE, variables: { id: 7 } },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an ID given a boolean',
    params: { query: NODE, variables: { id: true } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown field',
    params: { query: '{ entity(slug: "amptp") { nosuchfield } }' },
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a syntax error', params: { query: '{ entity(slug: ' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: 'one alias over the limit',
    params: {
      query: `{ ${Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: entity(slug: "amptp") { name }`).join(' ')} }`,
    },
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: 'too deep',
    params: {
      query: `{ ${'entity(slug: "amptp") { relations { edges { other { '.repeat(3)} name ${'} } } } '.repeat(3)} }`,
    },
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  {
    name: 'too costly',
    params: {
      query:
        '{ entities(first: 100) { edges { node { ... on Association { members { ... on Studio { memberships { members { name } } } } } } } } }',
    },
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'variables nested too deep',
    params: {
      query: ENTITY,
      variables: { slug: 'amptp', deep: JSON.parse(`${'{"a":'.repeat(12)}1${'}'.repeat(12)}`) },
    },
    status: 400,
    code: 'INPUT_TOO_LARGE',
  },
  {
    name: 'a query text over the length limit',
    params: { query: `{ __typename }${' '.repeat(REQUEST_LIMITS.maxQueryLength)}` },
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'an unexpected parameter',
    params: { query: ENTITY, variables: { slug: 'amptp' }, bogus: 1 },
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'no query', params: { variables: {} }, status: 400, code: 'BAD_REQUEST' },
];

function requestOf(testCase: Case): {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
} {
  const headers: Record<string, string> = {
    host: 'yoga',
    accept: 'application/graphql-response+json',
    'x-request-id': `case-${testCase.name.replace(/\W+/g, '-')}`,
    ...testCase.headers,
  };
  if (headers.accept === '') delete headers.accept;
  if (testCase.method === 'GET') {
    const search = new URLSearchParams(testCase.params as Record<string, string>);
    return { method: 'GET', url: `/graphql?${search}`, headers, body: null };
  }
  return {
    method: 'POST',
    url: '/graphql',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(testCase.params),
  };
}

async function fast(yoga: YogaApp, testCase: Case): Promise<RawResponse> {
  const { method, url, headers, body } = requestOf(testCase);
  const answer = await yoga.fastPath.answer({
    method,
    url,
    headers,
    body: body === null ? null : Buffer.from(body),
  });
  // Taken by the fast path, not handed back to yoga.
  expect(answer, testCase.name).not.toBeNull();
  return answer as RawResponse;
}

async function throughYoga(
  yoga: YogaApp,
  testCase: Case,
): Promise<{ status: number; headers: string[]; text: string }> {
  const { method, url, headers, body } = requestOf(testCase);
  const { host: _host, ...rest } = headers;
  const response = await yoga.fetch(`http://yoga${url}`, { method, headers: rest, body });
  const flat: string[] = [];
  response.headers.forEach((value, name) => {
    if (name !== 'content-length') flat.push(name.toLowerCase(), value);
  });
  return { status: response.status, headers: flat, text: await response.text() };
}

/** Header pairs sorted by name, without content-length (checked on its own). */
function comparable(headers: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let index = 0; index < headers.length; index += 2) {
    if (headers[index] !== 'content-length') pairs.push(`${headers[index]}: ${headers[index + 1]}`);
  }
  return pairs.sort();
}

/** The fast path's answer to `testCase`: what the case expects, and yoga's own answer to the byte. */
async function expectAsYoga(yoga: YogaApp, testCase: Case): Promise<RawResponse> {
  const answer = await fast(yoga, testCase);
  const text = String(answer.body);
  expect(answer.status, text.slice(0, 300)).toBe(testCase.status);
  expect(headerOf(answer.headers, 'content-length')).toBe(String(Buffer.byteLength(answer.body)));
  const errors = text ? (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors : undefined;
  expect(errors?.[0]?.extensions?.code ?? null).toBe(testCase.code);
  if (testCase.entityName) expect(JSON.parse(text).data.entity.name).toBe(testCase.entityName);
  expect(text).not.toMatch(/"stack"|originalError|\.ts:\d+/);
  const reference = await throughYoga(yoga, testCase);
  expect({ status: answer.status, headers: comparable(answer.headers), text }).toEqual({
    status: reference.status,
    headers: comparable(reference.headers),
    text: reference.text,
  });
  return answer;
}

describe('the fast path', () => {
  it.each(CASES)('answers $name as yoga does ($status, $code), before and after jit', async (testCase) => {
    const yoga = createYogaApp({ graph });
    // Three times: the document is executed by graphql-js first, then compiled by graphql-jit.
    for (let time = 0; time < 3; time++) await expectAsYoga(yoga, testCase);
  });

  it('refuses a malformed variable with 400 BAD_USER_INPUT once the document is compiled', async () => {
    const yoga = createYogaApp({ graph });
    const good: Case = {
      name: 'good',
      params: { query: TIMELINE, variables: { from: '2009' } },
      status: 200,
      code: null,
    };
    for (let time = 0; time < 3; time++) expect((await fast(yoga, good)).status).toBe(200);
    for (const from of ['2009-13', 2009, { year: 2009 }, ['2009']]) {
      const answer = await fast(yoga, { ...good, params: { query: TIMELINE, variables: { from } } });
      const body = JSON.parse(String(answer.body));
      expect(answer.status, JSON.stringify(from)).toBe(400);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain('$from');
      expect(body.data).toBeUndefined();
    }
  });

  it('stops an operation at its deadline with DEADLINE_EXCEEDED', async () => {
    const yoga = createYogaApp({ graph, deadlineMs: 0 });
    const testCase: Case = {
      name: 'deadline',
      params: { query: ENTITY, variables: { slug: 'amptp' } },
      status: 200,
      code: null,
    };
    for (let time = 0; time < 3; time++) {
      const body = JSON.parse(String((await fast(yoga, testCase)).body));
      expect(body).toEqual({
        data: null,
        errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'DEADLINE_EXCEEDED' }) })],
      });
    }
  });

  it('masks an unexpected error, after jit too, and logs it whole with the request line', async () => {
    const broken = brokenGraph(graph);
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph: broken, production: true, logger });
    const testCase: Case = {
      name: 'broken',
      params: { query: ENTITY, variables: { slug: 'amptp' } },
      status: 200,
      code: null,
    };
    for (let time = 0; time < 3; time++) {
      const answer = await fast(yoga, testCase);
      const text = String(answer.body);
      expect(JSON.parse(text).errors).toEqual([
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: ENTITY.indexOf('entity(') + 1 }],
          path: ['entity'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(text).not.toMatch(/disk on fire|secret|stack/);
    }
    const logged = lines();
    expect(
      logged.filter((line) => (line.err as { message?: string } | undefined)?.message?.includes('disk on fire')),
    ).toHaveLength(3);
    expect(logged.filter((line) => line.msg === 'request' && line.reqId === 'case-broken')).toHaveLength(3);
  });

  it('writes one request log line per answer, with the operation and the error codes', async () => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    await fast(yoga, {
      name: 'logged',
      params: { query: PATH, variables: { from: 'nobody-at-all' }, operationName: 'Path' },
      status: 200,
      code: 'NOT_FOUND',
    });
    expect(lines().filter((line) => line.msg === 'request')).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Path',
        errors: ['NOT_FOUND'],
        reqId: 'case-logged',
      }),
    ]);
  });

  // Expected by hand from what yoga's JSON result processor and JSON body parser accept: the fast
  // path takes a request only when yoga would answer it with JSON from a JSON body (or a GET).
  it.each([
    ['POST', '/graphql', { 'content-type': 'application/json' }, true],
    ['POST', '/graphql', { 'content-type': 'application/json; charset=utf-8' }, true],
    ['POST', '/graphql', { 'content-type': 'application/json,text/plain' }, true],
    ['POST', '/graphql', { 'content-type': 'application/jsonl' }, false],
    ['POST', '/graphql', { 'content-type': 'text/plain' }, false],
    ['POST', '/graphql', {}, false],
    ['GET', '/graphql?query=%7B__typename%7D', {}, true],
    ['PUT', '/graphql', { 'content-type': 'application/json' }, false],
    ['GET', '/graphqlx', {}, false],
    ['GET', '/graphql/', {}, false],
    ['GET', '/graphql', { expect: '100-continue' }, false],
    ['GET', '/graphql', { accept: 'application/json' }, true],
    ['GET', '/graphql', { accept: 'Application/JSON; charset=UTF-8' }, true],
    ['GET', '/graphql', { accept: 'application/graphql-response+json, application/json;q=0.9' }, true],
    ['GET', '/graphql', { accept: ' application/* , */*' }, true],
    ['GET', '/graphql', { accept: 'application/json; charset=iso-8859-1' }, false],
    ['GET', '/graphql', { accept: 'text/event-stream' }, false],
    ['GET', '/graphql', { accept: 'application/json, text/event-stream' }, false],
    ['GET', '/graphql', { accept: 'multipart/mixed' }, false],
  ] as const)('takes %s %s with %j: %s', (method, url, headers, taken) => {
    const yoga = createYogaApp({ graph });
    expect(yoga.fastPath.takes(method, url, { host: 'yoga', ...headers })).toBe(taken);
  });

  it.each([
    [
      'a body that is not JSON',
      { method: 'POST', url: '/graphql', contentType: 'application/json', body: '{"query": ' },
    ],
    ['a JSON array (a batch)', { method: 'POST', url: '/graphql', contentType: 'application/json', body: '[]' }],
    ['JSON null', { method: 'POST', url: '/graphql', contentType: 'application/json', body: 'null' }],
    ['a JSON string', { method: 'POST', url: '/graphql', contentType: 'application/json', body: '"{}"' }],
    ['another content type', { method: 'POST', url: '/graphql', contentType: 'text/plain', body: '{}' }],
    ['another path', { method: 'GET', url: '/ready', contentType: 'application/json', body: null }],
    [
      'a GET with variables that are not JSON',
      {
        method: 'GET',
        url: '/graphql?query=%7B__typename%7D&variables=%7B',
        contentType: 'application/json',
        body: null,
      },
    ],
  ])('hands %s back to yoga, untouched', async (_name, request) => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    const raw = {
      method: request.method,
      url: request.url,
      headers: { host: 'yoga', 'content-type': request.contentType },
      body: request.body === null ? null : Buffer.from(request.body),
    };
    expect(await yoga.fastPath.answer(raw)).toBeNull();
    // Nothing ran: no log line yet; yoga then answers it (through `respond`), once.
    expect(lines()).toEqual([]);
    const answer = await yoga.fastPath.respond(raw);
    expect(answer.status).toBe(request.url === '/ready' ? 200 : request.contentType === 'text/plain' ? 415 : 400);
    // Header names as node writes them, lower case, and one content-length: the body's.
    const names = answer.headers.filter((_, index) => index % 2 === 0);
    expect(names.filter((name) => name !== name.toLowerCase())).toEqual([]);
    expect(names.filter((name) => name === 'content-length')).toEqual(['content-length']);
    expect(headerOf(answer.headers, 'content-length')).toBe(String(Buffer.byteLength(answer.body)));
    expect(lines().filter((line) => line.msg === 'request')).toHaveLength(1);
  });

  it('takes a body of exactly the size limit, and hands back one byte more', async () => {
    const limit = 64;
    const yoga = createYogaApp({ graph, maxRequestBodySize: limit });
    const json = '{"query":"{ entity(slug: \\"amptp\\") { name } }"}';
    const request = (body: string) => ({
      method: 'POST',
      url: '/graphql',
      headers: { host: 'yoga', 'content-type': 'application/json' },
      body: Buffer.from(body),
    });
    const atLimit = await yoga.fastPath.answer(request(json.padEnd(limit, ' ')));
    expect(atLimit?.status).toBe(200);
    expect(JSON.parse(String(atLimit?.body ?? '{}')).data.entity.name).toBe(AMPTP_NAME);
    expect(await yoga.fastPath.answer(request(json.padEnd(limit + 1, ' ')))).toBeNull();
  });

  it('builds URLs only from a Host that makes one, else from localhost', () => {
    expect(usableHost(undefined)).toBe('localhost');
    expect(usableHost('example.org:4000')).toBe('example.org:4000');
    expect(usableHost('[::1]:4000')).toBe('[::1]:4000');
    expect(usableHost('bad host')).toBe('localhost');
  });
});

describe('the fast path, past the usual requests', () => {
  it("answers a GET whose URL ends in yoga's health-check path as yoga does: an empty 200", async () => {
    const yoga = createYogaApp({ graph });
    // Yoga's health check matches any URL ending in its path, this one on /graphql too.
    const url = `/graphql?query=%7B__typename%7D&probe=${YOGA_HEALTH_CHECK_PATH}`;
    const headers = { origin: 'https://example.org', 'x-request-id': 'health-on-graphql' };
    const answer = await yoga.fastPath.answer({
      method: 'GET',
      url,
      headers: { host: 'yoga', ...headers },
      body: null,
    });
    expect(answer).not.toBeNull();
    const { status, headers: flat, body } = answer as RawResponse;
    expect({ status, body: body.toString('utf8') }).toEqual({ status: 200, body: '' });
    expect(headerOf(flat, 'content-length')).toBe('0');
    expect(headerOf(flat, 'content-type')).toBeUndefined();
    expect(headerOf(flat, 'access-control-allow-origin')).toBe('https://example.org');
    const reference = await yoga.fetch(`http://yoga${url}`, { headers });
    const referenceHeaders: string[] = [];
    reference.headers.forEach((value, name) => {
      referenceHeaders.push(name, value);
    });
    expect({ status, headers: comparable(flat), text: '' }).toEqual({
      status: reference.status,
      headers: comparable(referenceHeaders),
      text: await reference.text(),
    });
  });

  it('hands a subscription back to yoga, which refuses it under a JSON-only Accept with 406', async () => {
    const living = await LivingGraph.open(
      DEFAULT_DATA,
      SqliteChangeLog.open(join(mkdtempSync(join(tmpdir(), 'kg-fast-')), 'kg.sqlite')),
    );
    const yoga = createYogaApp({ graph: living });
    const request = (accept: string | null) => ({
      method: 'POST',
      url: '/graphql',
      headers: {
        host: 'yoga',
        'content-type': 'application/json',
        ...(accept === null ? {} : { accept }),
      },
      body: Buffer.from(JSON.stringify({ query: 'subscription { changes { __typename } }' })),
    });
    try {
      // Without an Accept yoga streams it (server-sent events); with a JSON-only one it has no processor for a stream.
      expect(await yoga.fastPath.answer(request(null))).toBeNull();
      expect(await yoga.fastPath.answer(request('application/json'))).toBeNull();
      const refused = await yoga.fastPath.respond(request('application/json'));
      expect(refused.status).toBe(406);
      expect(headerOf(refused.headers, 'accept')).toBe('text/event-stream');
    } finally {
      await yoga.closeStreams();
      await living.close();
    }
  });

  it('logs no error for a request refused with a code before execution', async () => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    const answer = await fast(yoga, {
      name: 'refused',
      params: { query: ENTITY, variables: { slug: 'amptp', deep: JSON.parse(deepJson(12, 'a')) } },
      status: 400,
      code: 'INPUT_TOO_LARGE',
    });
    expect(JSON.parse(String(answer.body)).errors[0].extensions.code).toBe('INPUT_TOO_LARGE');
    // pino's level 50 is error.
    expect(lines().filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});

describe('the fast path, documents kept once they validated', () => {
  const TWO_OPERATIONS = 'query Read { __typename } mutation Write { retractRelation(key: "x", reason: "y") { key } }';

  it('refuses by GET a mutation whose text a POST already ran', async () => {
    const yoga = createYogaApp({ graph });
    const mutation = 'mutation { retractRelation(key: "x", reason: "y") { key } }';
    // Valid, so kept; refused at execution (no credentials).
    for (let time = 0; time < 2; time++) {
      await expectAsYoga(yoga, { name: 'post', params: { query: mutation }, status: 200, code: 'UNAUTHENTICATED' });
    }
    await expectAsYoga(yoga, {
      name: 'get',
      method: 'GET',
      params: { query: mutation },
      status: 405,
      code: 'BAD_REQUEST',
    });
  });

  it('picks the operation by name on each request: a GET naming the mutation of a document kept for its query is refused', async () => {
    const yoga = createYogaApp({ graph });
    const read: Case = {
      name: 'read',
      method: 'GET',
      params: { query: TWO_OPERATIONS, operationName: 'Read' },
      status: 200,
      code: null,
    };
    for (let time = 0; time < 2; time++) await expectAsYoga(yoga, read);
    await expectAsYoga(yoga, {
      ...read,
      name: 'write',
      params: { query: TWO_OPERATIONS, operationName: 'Write' },
      status: 405,
      code: 'BAD_REQUEST',
    });
    await expectAsYoga(yoga, read);
  });

  it('answers a document with errors each time, and one pushed out by newer documents, as yoga does', async () => {
    const yoga = createYogaApp({ graph });
    const invalid: Case = {
      name: 'invalid',
      params: { query: '{ entity(slug: "amptp") { nope } }' },
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    };
    for (let time = 0; time < 2; time++) await expectAsYoga(yoga, invalid);
    const first: Case = {
      name: 'first',
      params: { query: ENTITY, variables: { slug: 'amptp' } },
      status: 200,
      code: null,
    };
    await expectAsYoga(yoga, first);
    // More distinct documents than are kept: the first is dropped, then parsed and validated again.
    for (let index = 0; index < 1_100; index++) {
      const answer = await fast(yoga, {
        name: 'filler',
        params: { query: `query Q${index} { __typename }` },
        status: 200,
        code: null,
      });
      expect(answer.status).toBe(200);
    }
    await expectAsYoga(yoga, first);
  });
});

/** `graph`, counting the calls of its methods (a resolver's reads of the graph). */
function countingGraph(): { graph: KnowledgeGraph; calls: () => number } {
  let calls = 0;
  const counted = new Proxy(graph, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        return value.apply(target, args);
      };
    },
  });
  return { graph: counted, calls: () => calls };
}

describe("the fast path's direct route", () => {
  // The error-free cases, but for the one with an Origin (the route leaves those to the hooks).
  const DIRECT_CASES = CASES.filter((testCase) => testCase.code === null && testCase.headers?.origin === undefined);

  it.each(DIRECT_CASES)(
    'answers $name itself once the document is compiled, to the byte as the hooks do',
    async (testCase) => {
      const yoga = createYogaApp({ graph });
      const routes: string[] = [];
      for (let time = 0; time < 4; time++) routes.push((await expectAsYoga(yoga, testCase)).route);
      // The first answer and yoga's reference to it execute the document twice (graphql-js): it is
      // compiled by the next, which the direct route then takes.
      expect(routes).toEqual(['hooks', 'direct', 'direct', 'direct']);
    },
  );

  it('answers the warnings of a capped list in the extensions, as the hooks do', async () => {
    const yoga = createYogaApp({ graph });
    const testCase = CASES.find((each) => each.name.startsWith('an answer with a warning')) as Case;
    let answer: RawResponse | undefined;
    for (let time = 0; time < 3; time++) answer = await expectAsYoga(yoga, testCase);
    expect(answer?.route).toBe('direct');
    expect(JSON.parse(String(answer?.body ?? '{}')).extensions.warnings).toEqual([
      expect.objectContaining({ code: 'TRUNCATED', path: ['timeline'] }),
    ]);
  });

  it('hands a result with errors to the hooks, which answer it without executing it again', async () => {
    const { graph: counted, calls } = countingGraph();
    const yoga = createYogaApp({ graph: counted });
    const testCase: Case = {
      name: 'no such entity',
      params: { query: PATH, variables: { from: 'nobody-at-all' } },
      status: 200,
      code: 'NOT_FOUND',
    };
    const readsOf = async () => {
      const before = calls();
      const answer = await fast(yoga, testCase);
      return { reads: calls() - before, route: answer.route };
    };
    await readsOf();
    // The second request is executed by jit, through the hooks; the third by the direct route first.
    const jitted = await readsOf();
    const direct = await readsOf();
    expect(jitted.reads).toBeGreaterThan(0);
    expect(direct).toEqual({ reads: jitted.reads, route: 'hooks' });
    await expectAsYoga(yoga, testCase);
  });

  it('hands an answer over the size cap to the hooks, which refuse it with RESPONSE_TOO_LARGE', async () => {
    const yoga = createYogaApp({ graph, maxResponseBytes: 100 });
    const testCase: Case = {
      name: 'too large',
      params: { query: ENTITY, variables: { slug: 'amptp' } },
      status: 200,
      code: 'RESPONSE_TOO_LARGE',
    };
    for (let time = 0; time < 3; time++) expect((await expectAsYoga(yoga, testCase)).route).toBe('hooks');
  });

  it('answers itself an answer of exactly the size cap in UTF-8 bytes, and hands one a byte over to the hooks', async () => {
    // An en dash is one character and three bytes: a cap read as characters would let the second through.
    const testCase = CASES.find((each) => each.name === 'an answer with text beyond ASCII') as Case;
    const answered = await expectAsYoga(createYogaApp({ graph }), testCase);
    const bytes = Buffer.byteLength(answered.body);
    expect(bytes).toBeGreaterThan(String(answered.body).length);
    const atCap = createYogaApp({ graph, maxResponseBytes: bytes });
    const routes: string[] = [];
    for (let time = 0; time < 3; time++) routes.push((await expectAsYoga(atCap, testCase)).route);
    expect(routes).toEqual(['hooks', 'direct', 'direct']);
    const overCap = createYogaApp({ graph, maxResponseBytes: bytes - 1 });
    const refused: Case = { ...testCase, code: 'RESPONSE_TOO_LARGE' };
    for (let time = 0; time < 3; time++) expect((await expectAsYoga(overCap, refused)).route).toBe('hooks');
  });

  it.each([
    ['from another origin (CORS headers)', { headers: { origin: 'https://example.org' } }, {}],
    ['with credentials', { headers: { authorization: 'Bearer nobody' } }, {}],
    ['to a server that keeps metrics', {}, { metrics: new Metrics() }],
  ] as const)('leaves a request %s to the hooks', async (_name, request, options) => {
    const yoga = createYogaApp({ graph, ...options });
    const testCase: Case = {
      name: 'left',
      params: { query: ENTITY, variables: { slug: 'amptp' } },
      status: 200,
      code: null,
      ...request,
    };
    for (let time = 0; time < 3; time++) expect((await expectAsYoga(yoga, testCase)).route).toBe('hooks');
  });

  it('leaves to the hooks variables that do not coerce and parameters their checks refuse', async () => {
    const yoga = createYogaApp({ graph });
    const good: Case = {
      name: 'good',
      params: { query: ENTITY, variables: { slug: 'amptp' } },
      status: 200,
      code: null,
    };
    for (let time = 0; time < 3; time++) await expectAsYoga(yoga, good);
    const refused: Case[] = [
      {
        name: 'a number for a string',
        params: { query: ENTITY, variables: { slug: 42 } },
        status: 400,
        code: 'BAD_USER_INPUT',
      },
      { name: 'an unexpected parameter', params: { ...good.params, bogus: 1 }, status: 400, code: 'BAD_REQUEST' },
      { name: 'variables not an object', params: { query: ENTITY, variables: [1] }, status: 400, code: 'BAD_REQUEST' },
      {
        name: 'variables nested too deep',
        params: {
          query: ENTITY,
          variables: { slug: 'amptp', deep: JSON.parse(`${'{"a":'.repeat(12)}1${'}'.repeat(12)}`) },
        },
        status: 400,
        code: 'INPUT_TOO_LARGE',
      },
    ];
    for (const testCase of refused) expect((await expectAsYoga(yoga, testCase)).route, testCase.name).toBe('hooks');
  });

  it('leaves to the hooks parameters of the wrong type for a compiled query whose variables are all optional', async () => {
    const yoga = createYogaApp({ graph });
    // No variables at all: the direct route takes it once compiled.
    const bare: Case = { name: 'no variables', params: { query: TIMELINE }, status: 200, code: null };
    const routes: string[] = [];
    for (let time = 0; time < 3; time++) routes.push((await expectAsYoga(yoga, bare)).route);
    expect(routes).toEqual(['hooks', 'direct', 'direct']);
    // Each would coerce (nothing is required) or find the compiled document by its text: only the
    // parameter check stands between them and a 200 that yoga refuses.
    const refused: Case[] = [
      { name: 'the query in an array', params: { query: [TIMELINE] }, status: 400, code: 'BAD_REQUEST' },
      {
        name: 'variables in an array',
        params: { query: TIMELINE, variables: ['1990'] },
        status: 400,
        code: 'BAD_REQUEST',
      },
      { name: 'variables a string', params: { query: TIMELINE, variables: '1990' }, status: 400, code: 'BAD_REQUEST' },
      { name: 'extensions a string', params: { query: TIMELINE, extensions: 'x' }, status: 400, code: 'BAD_REQUEST' },
      {
        // Yoga's parameter check lets it through; graphql-js then finds no operation of that name.
        name: 'the operation name in an array',
        params: { query: TIMELINE, operationName: ['Timeline'] },
        status: 400,
        code: 'OPERATION_RESOLUTION_FAILURE',
      },
    ];
    for (const testCase of refused) expect((await expectAsYoga(yoga, testCase)).route, testCase.name).toBe('hooks');
    expect((await expectAsYoga(yoga, { ...bare, params: { query: TIMELINE, variables: null } })).route).toBe('direct');
  });

  it('writes the same request line as the hooks, with the operation', async () => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph, logger });
    const testCase: Case = {
      name: 'logged',
      params: { query: ENTITY, variables: { slug: 'amptp' }, operationName: 'Entity' },
      status: 200,
      code: null,
    };
    const routes: string[] = [];
    for (let time = 0; time < 3; time++) routes.push((await fast(yoga, testCase)).route);
    expect(routes).toEqual(['hooks', 'hooks', 'direct']);
    const logged = lines().filter((line) => line.msg === 'request');
    const shape = ({ time: _time, ms, ...rest }: Record<string, unknown>) => ({ ...rest, ms: typeof ms });
    expect(logged.map(shape)).toEqual(
      Array.from({ length: 3 }, () => ({
        level: 30,
        pid: process.pid,
        hostname: expect.any(String),
        reqId: 'case-logged',
        method: 'POST',
        path: '/graphql',
        status: 200,
        ms: 'number',
        operation: 'Entity',
        msg: 'request',
      })),
    );
  });

  // The direct route does for a compiled query's error-free answer what these hooks do: a plugin
  // added to the app (or a yoga release that adds one) must be weighed there too (src/yoga.ts).
  it("knows every hook of the app's plugins", () => {
    const yoga = createYogaApp({ graph });
    const plugins = (yoga as unknown as { plugins: Record<string, unknown>[] }).plugins;
    const hooks = plugins.map((plugin) =>
      Object.keys(plugin)
        .filter((name) => typeof plugin[name] === 'function')
        .join(' '),
    );
    expect(hooks).toEqual([
      'onExecute onParse onValidate onSubscribe',
      'onPluginInit',
      '',
      'onContextBuilding',
      'onRequest',
      'onRequest onResponse',
      'onRequest',
      'onRequestParse',
      'onRequestParse',
      '',
      'onRequestParse',
      'onRequestParse',
      'onSubscribe onResultProcess',
      'onExecutionResult',
      'onRequest onParams onResultProcess onResponse',
      'onRequest',
      'onRequest',
      'onRequestParse',
      'onParams',
      'onParse',
      'onValidate',
      'onValidate',
      'onValidate',
      'onExecute',
      'onExecute',
      'onExecute',
      'onExecutionResult',
      'onExecute onParams onExecutionResult',
      'onRequestParse',
      'onParse onValidate',
      'onRequestParse',
      'onParams',
      'onRequest',
      'onRequestParse',
      'onParse',
      'onSubscribe',
      'onPluginInit onExecute onSubscribe',
      '',
      'onValidate',
    ]);
  });
});
