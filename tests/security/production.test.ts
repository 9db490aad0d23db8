/** Production mode and error hygiene: what a stranger learns from the errors, and what they can switch on. */
import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { sharedGraph } from '../shared-graph.js';
import { brokenGraph, capturingLogger, codesOf, expectRefused, postInit, send } from './helpers.js';

const graph = sharedGraph();
const production = createYogaApp({ graph, production: true });
const development = createYogaApp({ graph });

const query = (text: string, variables?: unknown) => postInit({ query: text, variables });
const messages = (answer: { json?: { errors?: { message: string }[] } }) =>
  answer.json?.errors?.map((error) => error.message).join('\n') ?? '';

describe('field suggestions', () => {
  const cases = [
    ['an unknown field', query('{ entiti(slug: "amptp") { name } }'), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'an unknown enum value in the query',
      query('{ entity(slug: "amptp") { relations(types: [PRESIDED]) { totalCount } } }'),
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an unknown enum value in the variables',
      query('query ($t: [RelationType!]) { entity(slug: "amptp") { relations(types: $t) { totalCount } } }', {
        t: ['PRESIDED'],
      }),
      'BAD_USER_INPUT',
    ],
  ] as const;

  it.each(cases)('are hidden in production: %s', async (_name, init, code) => {
    const answer = await send(production, init);
    expectRefused(answer, 400, code);
    expect(messages(answer)).not.toMatch(/Did you mean/);
    expect(codesOf(answer).every(Boolean)).toBe(true);
  });

  it.each(cases)('are given in development: %s', async (_name, init, code) => {
    const answer = await send(development, init);
    expectRefused(answer, 400, code);
    expect(messages(answer)).toMatch(/Did you mean/);
  });
});

describe('introspection', () => {
  const introspect = query('{ __schema { queryType { name } } }');

  it('is off in production; __typename still works', async () => {
    expectRefused(await send(production, introspect), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect((await send(production, query('{ __typename }'))).json).toEqual({ data: { __typename: 'Query' } });
  });

  it('is on in development', async () => {
    expect((await send(development, introspect)).json).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
  });

  it('can be switched either way', async () => {
    const on = createYogaApp({ graph, production: true, introspection: true });
    expect((await send(on, introspect)).status).toBe(200);
    const off = createYogaApp({ graph, introspection: false });
    expectRefused(await send(off, introspect), 400, 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('GraphiQL', () => {
  const browser = { headers: { accept: 'text/html' } };

  it('is off in production', async () => {
    // A browser's GET with no query: nothing yoga can answer in HTML, and no page.
    const answer = await send(production, browser);
    expect(answer.status).toBe(406);
    expect(answer.text).toBe('');
  });

  it('is on in development, and can be switched on in production', async () => {
    expect((await send(development, browser)).text).toContain('GraphiQL');
    const on = createYogaApp({ graph, production: true, graphiql: true });
    expect((await send(on, browser)).text).toContain('GraphiQL');
  });
});

describe('an unexpected error', () => {
  it.each([
    ['production', true],
    ['development', false],
  ])('is masked but coded in %s, and logged whole with the request id', async (_mode, isProduction) => {
    const { logger, lines } = capturingLogger();
    const yoga = createYogaApp({ graph: brokenGraph(graph), production: isProduction, logger });
    const answer = await send(yoga, {
      ...query('{ entity(slug: "amptp") { name } }'),
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-broken-1' },
    });
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(answer.text).not.toMatch(/disk on fire|secret|stack|\.ts:\d+/);
    const logged = lines();
    const failure = logged.find((line) => line.level === 50) as { err?: { stack?: string; message?: string } };
    expect(failure?.err?.message).toContain('disk on fire');
    expect(failure?.err?.stack).toMatch(/\.ts:\d+/);
    expect(logged).toContainEqual(expect.objectContaining({ reqId: 'req-broken-1', status: 200 }));
  });
});

describe('a malformed body', () => {
  it.each([
    ['truncated JSON', '{"query": "{ __typename }"'],
    ['not JSON at all', 'query=hello'],
    ['a JSON string', '"{ __typename }"'],
    ['null', 'null'],
  ])('is a 400 that does not echo the parser: %s', async (_name, body) => {
    for (const yoga of [production, development]) {
      for (const accept of ['application/json', 'application/graphql-response+json']) {
        const answer = await send(yoga, postInit(body, { 'content-type': 'application/json', accept }));
        expectRefused(answer, 400, 'BAD_REQUEST');
        expect(answer.text).not.toMatch(/position|JSON at|Unexpected token|SyntaxError/);
      }
    }
  });
});
