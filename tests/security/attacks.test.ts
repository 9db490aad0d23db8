/**
 * The attack corpus, in this process as the server takes it (the fast path, yoga for the rest): each hostile request is refused with a 4xx (or a
 * GraphQL error with a code), never a 500, and a normal query is answered right after it. The
 * attacks that need a real socket (30 MB bodies, slow clients, concurrency) are in server.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { inputShapeProblem } from '../../src/http/query-limits.js';
import { REQUEST_LIMITS } from '../../src/limits.js';
import { createYogaApp } from '../../src/yoga.js';
import { readDataFiles } from '../data-files.js';
import { sharedGraph } from '../shared-graph.js';
import {
  type Answer,
  codesOf,
  deepJson,
  expectNormalAnswer,
  expectRefused,
  getUrl,
  JSON_HEADERS,
  nest,
  postInit,
  send,
} from './helpers.js';

const graph = sharedGraph();
const yoga = createYogaApp({ graph });

const query = (text: string, variables?: unknown) => postInit({ query: text, variables });
const relationsHop = (inner: string, first = 100) => `relations(first: ${first}) { edges { other { name ${inner} } } }`;

interface Attack {
  readonly name: string;
  readonly request: () => { init: RequestInit; url?: string };
  readonly status: number;
  /** null where the refusal has no body (a 415). */
  readonly code: string | null;
}

const ATTACKS: Attack[] = [
  {
    name: 'a selection set nested 10,000 deep',
    request: () => ({ init: query(nest('{ entity(slug: "amptp") { ', 'name', ' }', 10_000)) }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: '10,000 aliases',
    request: () => ({
      init: query(`{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: entity(slug: "amptp") { name }`).join(' ')} }`),
    }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: '1,000 short aliases (under the length limit)',
    request: () => ({
      init: query(`{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: sources { key }`).join(' ')} }`),
    }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'one alias over the limit',
    request: () => ({
      init: query(
        `{ ${Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: entity(slug: "amptp") { name }`).join(' ')} }`,
      ),
    }),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: 'a neighbours fan-out 20 levels deep (40 tokens a level)',
    request: () => {
      let selection = 'name';
      for (let level = 0; level < 20; level++) selection = relationsHop(selection);
      return { init: query(`{ entity(slug: "amptp") { ${selection} } }`) };
    },
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  {
    name: 'a neighbours fan-out 2 levels deep, 100 a level (within the depth limit)',
    request: () => ({ init: query(`{ entity(slug: "amptp") { ${relationsHop(relationsHop(''))} } }`) }),
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a fan-out through typed lists (members, memberships)',
    request: () => ({
      init: query(
        '{ entities(first: 100) { edges { node { ... on Association { members { ... on Studio { memberships { members { name } } } } } } } } }',
      ),
    }),
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a neighbourhood of 500 with 100 relations each',
    request: () => ({
      init: query(`{ neighborhood(of: "amptp", depth: 3, limit: 500) { entities { ${relationsHop('')} } } }`),
    }),
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'the most paths, 15 times over',
    request: () => ({
      init: query(
        `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: paths(from: "amptp", to: "sag-aftra", maxLength: 6, first: 50) { entities { name } }`).join(' ')} }`,
      ),
    }),
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'first: 1,000,000',
    request: () => ({ init: query('{ entities(first: 1000000) { edges { node { name } } } }') }),
    status: 200,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'first over the cap (101)',
    request: () => ({ init: query('{ entities(first: 101) { totalCount } }') }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an Int over 32 bits',
    request: () => ({ init: query('{ entities(first: 99999999999) { totalCount } }') }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'nodes with 150 ids',
    request: () => ({
      init: query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: 150 }, () => Buffer.from('Association:amptp').toString('base64')),
      }),
    }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a 5 MB query',
    request: () => ({ init: query(`{ ${'__typename '.repeat(500_000)}}`) }),
    status: 413,
    code: 'REQUEST_ENTITY_TOO_LARGE',
  },
  {
    name: '1 MB of comments around a valid query',
    request: () => ({ init: query(`#${'x'.repeat(1_000_000)}\n{ __typename }`) }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: '60 KB of tokens (under the length limit)',
    request: () => ({ init: query(`{ ${'__typename '.repeat(5_000)}}`) }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'a 1,000-operation batch',
    request: () => ({ init: postInit(Array.from({ length: 1_000 }, () => ({ query: '{ __typename }' }))) }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'circular fragments',
    request: () => ({
      init: query('query { ...A } fragment A on Query { ...B } fragment B on Query { sources { key } ...A }'),
    }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a self-referencing fragment',
    request: () => ({ init: query('query { ...A } fragment A on Query { __typename ...A }') }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a fragment bomb (2^29 spreads)',
    request: () => {
      let fragments = 'fragment F0 on Query { __typename }';
      for (let i = 1; i < 30; i++) fragments += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
      return { init: query(`{ ...F29 } ${fragments}`) };
    },
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  {
    name: 'variables nested 100,000 deep',
    request: () => ({
      init: postInit(
        `{"query":"query ($d: IntervalInput) { entity(slug: \\"amptp\\") { relations(during: $d) { totalCount } } }","variables":{"d":${deepJson(100_000)}}}`,
      ),
    }),
    status: 400,
    code: 'INPUT_TOO_LARGE',
  },
  {
    name: 'a list variable nested 100,000 deep',
    request: () => ({
      init: postInit(
        `{"query":"query ($t: [RelationType!]) { entity(slug: \\"amptp\\") { relations(types: $t) { totalCount } } }","variables":{"t":${nest('[', '"PRESIDED_BY"', ']', 100_000)}}}`,
      ),
    }),
    status: 400,
    code: 'INPUT_TOO_LARGE',
  },
  {
    name: 'extensions nested 100,000 deep',
    request: () => ({ init: postInit(`{"query":"{ __typename }","extensions":${deepJson(100_000, 'x')}}`) }),
    status: 400,
    code: 'INPUT_TOO_LARGE',
  },
  {
    name: 'variables nested 100,000 deep in a GET URL',
    request: () => ({
      init: { method: 'GET', headers: { accept: 'application/json' } },
      url: getUrl({ query: '{ __typename }', variables: `{"d":${deepJson(100_000)}}` }),
    }),
    status: 400,
    code: 'INPUT_TOO_LARGE',
  },
  {
    name: '50,000 values in the variables',
    request: () => ({
      init: query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: 50_000 }, () => 'x'),
      }),
    }),
    status: 400,
    code: 'INPUT_TOO_LARGE',
  },
  {
    name: 'a list literal nested 5,000 deep',
    request: () => ({
      init: query(
        `{ entity(slug: "amptp") { relations(types: ${nest('[', 'PRESIDED_BY', ']', 5_000)}) { totalCount } } }`,
      ),
    }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'an object literal nested 5,000 deep',
    request: () => ({
      init: query(
        `{ entity(slug: "amptp") { relations(during: ${nest('{ from: ', '"2009"', ' }', 5_000)}) { totalCount } } }`,
      ),
    }),
    status: 400,
    code: 'QUERY_TOO_LARGE',
  },
  {
    name: 'introspection nested deep',
    request: () => ({
      init: query('{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }'),
    }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '100 directives',
    request: () => ({ init: query(`{ __typename ${'@include(if: true) '.repeat(100)}}`) }),
    status: 400,
    code: 'TOO_MANY_DIRECTIVES',
  },
  {
    name: 'invalid JSON',
    request: () => ({ init: postInit('{"query": "{ __typename }"') }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'invalid JSON in a GET URL',
    request: () => ({
      init: { method: 'GET', headers: { accept: 'application/json' } },
      url: getUrl({ query: '{ __typename }', variables: '{"a": ' }),
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an empty body',
    request: () => ({ init: postInit('') }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a wrong content type',
    request: () => ({ init: postInit(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }) }),
    status: 415,
    code: null,
  },
  {
    name: 'a mutation over GET',
    request: () => ({
      init: { method: 'GET', headers: { accept: 'application/json' } },
      url: getUrl({ query: 'mutation { __typename }' }),
    }),
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a query that is not a string',
    request: () => ({ init: postInit({ query: { a: 1 } }) }),
    status: 400,
    code: 'BAD_REQUEST',
  },
];

describe('the attack corpus', () => {
  it.each(ATTACKS)('$name: $status $code, then a normal query is answered', async ({ request, status, code }) => {
    const { init, url } = request();
    const answer = await send(yoga, init, url);
    expectRefused(answer, status, code);
    // Refused during execution: nothing was resolved (`data` is null, or each root field is).
    if (status === 200) expect(Object.values(answer.json?.data ?? {}).filter((value) => value !== null)).toEqual([]);
    await expectNormalAnswer(yoga);
  });

  it('does not echo the JSON parser', async () => {
    const answer = await send(yoga, postInit('{"query": "{ __typename }"'));
    expect(answer.text).not.toMatch(/position|JSON at|Unexpected token|Expected/);
  });

  it('runs a big but legitimate query (cost under the limit)', async () => {
    const answer = await send(
      yoga,
      query(
        '{ entities(first: 100) { edges { node { name relations(first: 10) { edges { other { name } node { from { slug } to { slug } } } } } } } }',
      ),
    );
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
  });
});

/** Variations: every size, from harmless to absurd, is a clean answer. */
describe('variations of the corpus, at every size', () => {
  const SIZES = [1, 10, 100, 1_000, 10_000, 100_000];
  const SHAPES: { name: string; request: (n: number) => { init: RequestInit; url?: string } }[] = [
    {
      name: 'nested selections',
      request: (n) => ({ init: query(nest('{ entity(slug: "amptp") { ', 'name', ' }', n)) }),
    },
    {
      name: 'nested relation hops',
      request: (n) => {
        let selection = 'name';
        for (let level = 0; level < Math.min(n, 2_000); level++) selection = relationsHop(selection, 3);
        return { init: query(`{ entity(slug: "amptp") { ${selection} } }`) };
      },
    },
    {
      name: 'nested list literals',
      request: (n) => ({ init: query(`{ nodes(ids: ${nest('[', '"x"', ']', n)}) { id } }`) }),
    },
    {
      name: 'nested object literals',
      request: (n) => ({
        init: query(
          `{ entity(slug: "amptp") { relations(during: ${nest('{ from: ', '"2009"', ' }', n)}) { totalCount } } }`,
        ),
      }),
    },
    {
      name: 'nested variables',
      request: (n) => ({
        init: postInit(
          `{"query":"query ($d: IntervalInput) { timeline(first: 1) { title } }","variables":{"d":${deepJson(n)}}}`,
        ),
      }),
    },
    {
      name: 'nested list variables',
      request: (n) => ({
        init: postInit(
          `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${nest('[', '"x"', ']', n)}}}`,
        ),
      }),
    },
    {
      name: 'aliases',
      request: (n) => ({
        init: query(`{ ${Array.from({ length: n }, (_, i) => `a${i}: sources { key }`).join(' ')} }`),
      }),
    },
    { name: 'directives', request: (n) => ({ init: query(`{ __typename ${'@skip(if: false) '.repeat(n)}}`) }) },
    {
      name: 'ids',
      request: (n) => ({
        init: query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: n }, () => 'x') }),
      }),
    },
    { name: 'a page size', request: (n) => ({ init: query(`{ entities(first: ${n}) { edges { node { name } } } }`) }) },
  ];

  for (const shape of SHAPES) {
    it(`${shape.name}: never a 500, never a stack`, async () => {
      const answers: [number, Answer][] = [];
      for (const n of SIZES) {
        const { init, url } = shape.request(n);
        answers.push([n, await send(yoga, init, url)]);
      }
      for (const [n, answer] of answers) {
        expect(answer.status, `${shape.name} x${n}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
        expect(codesOf(answer), `${shape.name} x${n}`).not.toContain('INTERNAL_SERVER_ERROR');
        expect(answer.text).not.toMatch(/"stack"|originalError/);
      }
      await expectNormalAnswer(yoga);
    });
  }
});

describe('limits that need a smaller setting to be seen', () => {
  it('stops an operation at its deadline with DEADLINE_EXCEEDED, and the next one runs', async () => {
    const hurried = createYogaApp({ graph, deadlineMs: 0 });
    const answer = await send(
      hurried,
      query('{ entities(first: 50) { edges { node { name relations(first: 20) { edges { other { name } } } } } } }'),
    );
    expectRefused(answer, 200, 'DEADLINE_EXCEEDED');
    expect(answer.json?.data).toBeNull();
    expect(answer.json?.errors).toHaveLength(1);
    await expectNormalAnswer(yoga);
  });

  it('past the deadline the whole answer is data: null and one error, not the fields that happened to finish', async () => {
    // `entity` is nullable: without the answer being replaced, the fields resolved before the
    // first loader batch (the name) would come back with the error beside them.
    const hurried = createYogaApp({ graph, deadlineMs: 0 });
    const answer = await send(
      hurried,
      query('{ entity(slug: "amptp") { name relations(first: 5) { edges { other { name } } } } }'),
    );
    expect(answer.status).toBe(200);
    expect(answer.json?.data).toBeNull();
    expect(codesOf(answer)).toEqual(['DEADLINE_EXCEEDED']);
    expect(answer.json?.errors?.[0]?.extensions).toEqual({ code: 'DEADLINE_EXCEEDED', deadlineMs: 0 });
  });

  it('swaps a response over the size cap for RESPONSE_TOO_LARGE', async () => {
    const small = createYogaApp({ graph, maxResponseBytes: 2_000 });
    const answer = await send(small, query('{ entities(first: 100) { edges { node { name description } } } }'));
    expectRefused(answer, 200, 'RESPONSE_TOO_LARGE');
    expect(answer.json?.data).toBeNull();
    expect(answer.text.length).toBeLessThan(2_000);
    expect((await send(small, query('{ entity(slug: "amptp") { name } }'))).json?.data).toBeTruthy();
  });

  it('keeps yoga’s own body limit when none is enforced in front of it', async () => {
    const answer = await send(yoga, query(`{ __typename } #${'x'.repeat(REQUEST_LIMITS.maxBodyBytes)}`));
    expectRefused(answer, 413, 'REQUEST_ENTITY_TOO_LARGE');
  });
});

describe('the query cost', () => {
  it('bounds a typed list by the longest one of the graph', () => {
    // Counted in the data files: the most relations one entity takes part in.
    const degrees = new Map<string, number>();
    for (const relation of readDataFiles().relations) {
      for (const slug of [relation.from, relation.to]) degrees.set(slug, (degrees.get(slug) ?? 0) + 1);
    }
    expect(graph.longestLists.related).toBe(Math.max(...degrees.values()));
  });

  it('says what a refused query costs, and the limit', async () => {
    // entities 1 + 100 x (edges 1 + node 1 + relations (1 + 100 x (edges 1 + node 1 + key 1)))
    const answer = await send(
      yoga,
      query('{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { key } } } } } } }'),
    );
    expect(answer.json?.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 30_301,
      maxCost: REQUEST_LIMITS.maxCost,
    });
  });
});

describe('inputShapeProblem', () => {
  it('measures a value nested 1,000,000 deep without recursion', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(inputShapeProblem(deep, 10, 10_000)).toBe('is nested deeper than 10 levels');
  });

  it('counts values, and accepts what fits', () => {
    expect(inputShapeProblem({ a: [1, 2, 3] }, 10, 3)).toBe('holds more than 3 values');
    expect(inputShapeProblem({ a: [1, 2, 3], b: { c: null } }, 2, 100)).toBeNull();
    expect(inputShapeProblem(undefined, 1, 1)).toBeNull();
  });
});

describe('batching', () => {
  it('is off: even two operations in an array are refused', async () => {
    const answer = await send(yoga, postInit([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expectRefused(answer, 400, 'BAD_REQUEST');
  });

  it('accepts the same operation alone', async () => {
    const answer = await send(yoga, postInit({ query: '{ __typename }' }, JSON_HEADERS));
    expect(answer.json).toEqual({ data: { __typename: 'Query' } });
  });
});
