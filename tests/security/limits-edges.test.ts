/**
 * Every limit at its value and one past it, in this process as the server takes it (the fast path, yoga for the rest): the value is answered, one more
 * is refused with that limit's own code (and status). The counts in each case are by hand.
 */
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { REQUEST_LIMITS } from '../../src/limits.js';
import { schema } from '../../src/schema/index.js';
import { createYogaApp } from '../../src/yoga.js';
import { readDataFiles } from '../data-files.js';
import { sharedGraph } from '../shared-graph.js';
import { type Answer, codesOf, postInit, send } from './helpers.js';

const graph = sharedGraph();
const yoga = createYogaApp({ graph });

const ask = (query: string, extra: Record<string, unknown> = {}) => send(yoga, postInit({ query, ...extra }));

function expectAnswered(answer: Answer): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  expect(answer.json?.errors, answer.text.slice(0, 300)).toBeUndefined();
}

/** Refused by exactly this limit: its status, and its code as the only error code. */
function expectRefusedBy(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expect(codesOf(answer)).toEqual([code]);
}

const nested = (levels: number) => {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
};

describe('request shape limits', () => {
  it('query text: 65,536 characters answered, 65,537 is 400 QUERY_TOO_LARGE', async () => {
    const padded = (length: number) => `{ __typename }${' '.repeat(length - '{ __typename }'.length)}`;
    expect(REQUEST_LIMITS.maxQueryLength).toBe(65_536);
    expectAnswered(await ask(padded(65_536)));
    expectRefusedBy(await ask(padded(65_537)), 400, 'QUERY_TOO_LARGE');
  });

  it.each(['variables', 'extensions'])('%s: 10 objects deep answered, 11 is 400 INPUT_TOO_LARGE', async (name) => {
    expectAnswered(await ask('{ __typename }', { [name]: nested(10) }));
    expectRefusedBy(await ask('{ __typename }', { [name]: nested(11) }), 400, 'INPUT_TOO_LARGE');
  });

  it('variables: 10,000 values answered, 10,001 is 400 INPUT_TOO_LARGE', async () => {
    // The object, the list, and n numbers: n + 2 values.
    const variables = (n: number) => ({ a: Array.from({ length: n }, () => 0) });
    expectAnswered(await ask('{ __typename }', { variables: variables(9_998) }));
    expectRefusedBy(await ask('{ __typename }', { variables: variables(9_999) }), 400, 'INPUT_TOO_LARGE');
  });

  it('tokens: 1,000 answered, 1,001 is QUERY_TOO_LARGE', async () => {
    // `{ search ( text : "a" kinds : [ … ] ) { score } }` is 15 tokens and one per kind.
    const query = (kinds: number) => `{ search(text: "a", kinds: [${'PERSON '.repeat(kinds)}]) { score } }`;
    expectAnswered(await ask(query(985)));
    expectRefusedBy(await ask(query(986)), 400, 'QUERY_TOO_LARGE');
  });

  it('selection depth: 10 answered, 11 is QUERY_TOO_DEEP', async () => {
    // entity 1, relations 2, edges 3, other 4, relations 5, edges 6, other 7, relations 8, edges 9, …
    const nine =
      '{ entity(slug: "amptp") { relations(first: 1) { edges { other { relations(first: 1) { edges { other { relations(first: 1) { edges { ';
    expectAnswered(await ask(`${nine}cursor } } } } } } } } } }`));
    expectRefusedBy(await ask(`${nine}node { key } } } } } } } } } } }`), 400, 'QUERY_TOO_DEEP');
  });

  it('aliases: 15 answered, 16 is TOO_MANY_ALIASES', async () => {
    const query = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: sources { key }`).join(' ')} }`;
    expectAnswered(await ask(query(15)));
    expectRefusedBy(await ask(query(16)), 400, 'TOO_MANY_ALIASES');
  });

  it('directives: 20 answered, 21 is TOO_MANY_DIRECTIVES', async () => {
    const query = (n: number) => `{ ${'... @skip(if: false) { __typename } '.repeat(n)}}`;
    expect((await ask(query(20))).json).toEqual({ data: { __typename: 'Query' } });
    expectRefusedBy(await ask(query(21)), 400, 'TOO_MANY_DIRECTIVES');
  });

  it('query cost: 20,000 answered, 20,001 is QUERY_TOO_COMPLEX naming both', async () => {
    // x: 1 + 100 × (edges 1 + node 1 + relations (1 + 97 × totalCount 1)) = 10,001
    // y: 1 + 99 × 100 = 9,901; z: 1 + first × totalCount 1
    const query = (z: number) =>
      `{ x: entities(first: 100) { edges { node { relations(first: 97) { totalCount } } } } y: entities(first: 99) { edges { node { relations(first: 97) { totalCount } } } } z: entities(first: ${z}) { totalCount } }`;
    expectAnswered(await ask(query(97)));
    const refused = await ask(query(98));
    expectRefusedBy(refused, 200, 'QUERY_TOO_COMPLEX');
    expect(refused.json?.errors?.[0]?.extensions).toMatchObject({ cost: 20_001, maxCost: 20_000 });
    expect(refused.json?.data).toBeNull();
  });
});

describe('the response size cap, in UTF-8 bytes', () => {
  // The name holds an en dash: 3 bytes in UTF-8, 1 character, so bytes and characters differ.
  const question = '{ entity(slug: "viacom-2005") { name } }';
  const expected = { data: { entity: { name: 'Viacom (2005–2019)' } } };
  const answerText = JSON.stringify(expected);
  const bytes = Buffer.byteLength(answerText);

  it('an answer of exactly the cap is given, one byte less refuses it with RESPONSE_TOO_LARGE', async () => {
    expect(bytes).toBe(answerText.length + 2);
    const exact = await send(createYogaApp({ graph, maxResponseBytes: bytes }), postInit({ query: question }));
    expectAnswered(exact);
    expect(exact.text).toBe(answerText);
    const under = await send(createYogaApp({ graph, maxResponseBytes: bytes - 1 }), postInit({ query: question }));
    expectRefusedBy(under, 200, 'RESPONSE_TOO_LARGE');
    expect(under.json?.data).toBeNull();
    expect(under.json?.errors?.[0]?.extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', maxBytes: bytes - 1 });
  });
});

describe('list arguments: the largest value answered, one more refused naming the argument', () => {
  const cases: [string, (n: number) => string, number][] = [
    ['first', (n) => `{ entities(first: ${n}) { totalCount } }`, 100],
    ['last', (n) => `{ entities(last: ${n}) { totalCount } }`, 100],
    ['first', (n) => `{ search(text: "guild", first: ${n}) { score } }`, 100],
    ['ids', (n) => `{ nodes(ids: [${'"U291cmNlOndpa2lwZWRpYS1hbXB0cA==" '.repeat(n)}]) { id } }`, 100],
    ['first', (n) => `{ paths(from: "netflix", to: "amptp", maxLength: 2, first: ${n}) { length } }`, 50],
    ['maxLength', (n) => `{ shortestPath(from: "netflix", to: "amptp", maxLength: ${n}) { length } }`, 6],
    ['maxLength', (n) => `{ paths(from: "netflix", to: "amptp", maxLength: ${n}, first: 1) { length } }`, 6],
    ['depth', (n) => `{ neighborhood(of: "carol-lombardini", depth: ${n}, limit: 5) { truncated } }`, 3],
    ['limit', (n) => `{ neighborhood(of: "carol-lombardini", limit: ${n}) { truncated } }`, 500],
    ['first', (n) => `{ timeline(first: ${n}) { date } }`, 500],
    ['involving', (n) => `{ timeline(involving: [${'"amptp" '.repeat(n)}], first: 1) { date } }`, 100],
    [
      'sources',
      (n) => `{ entity(slug: "amptp") { relations(sources: [${'"wikipedia-amptp" '.repeat(n)}]) { totalCount } } }`,
      50,
    ],
  ];

  it.each(cases)('%s: %#', async (name, query, max) => {
    expectAnswered(await ask(query(max)));
    const refused = await ask(query(max + 1));
    expectRefusedBy(refused, 200, 'BAD_USER_INPUT');
    expect(refused.json?.errors?.[0]?.message).toContain(name);
  });

  it('search text: 200 characters answered, 201 refused', async () => {
    const query = (n: number) => `{ search(text: "${'a'.repeat(n)}") { score } }`;
    expectAnswered(await ask(query(200)));
    expectRefusedBy(await ask(query(201)), 200, 'BAD_USER_INPUT');
  });

  it('the lower ends: first 0 and depth 1 and limit 1 answered; -1, 0 and 0 refused', async () => {
    expect((await ask('{ entities(first: 0) { edges { cursor } } }')).json).toEqual({
      data: { entities: { edges: [] } },
    });
    expectRefusedBy(await ask('{ entities(first: -1) { totalCount } }'), 200, 'BAD_USER_INPUT');
    expectAnswered(await ask('{ neighborhood(of: "amptp", depth: 1, limit: 1) { truncated } }'));
    expectRefusedBy(await ask('{ neighborhood(of: "amptp", depth: 0) { truncated } }'), 200, 'BAD_USER_INPUT');
    expectRefusedBy(await ask('{ neighborhood(of: "amptp", limit: 0) { truncated } }'), 200, 'BAD_USER_INPUT');
  });

  it('a neighbourhood limit equal to what lies within the depth is not truncated; one less is', async () => {
    // data/people.json: Reed Hastings' relations all join him to Netflix, so depth 1 holds 2 entities.
    const query = (limit: number) =>
      `{ neighborhood(of: "reed-hastings", depth: 1, limit: ${limit}) { truncated entities { slug } } }`;
    expect((await ask(query(2))).json).toEqual({
      data: { neighborhood: { truncated: false, entities: [{ slug: 'reed-hastings' }, { slug: 'netflix' }] } },
    });
    const cut = await ask(query(1));
    expect(cut.json?.data).toEqual({ neighborhood: { truncated: true, entities: [{ slug: 'reed-hastings' }] } });
    expect((cut.json as { extensions?: { warnings?: { code: string }[] } }).extensions?.warnings?.[0]?.code).toBe(
      'TRUNCATED',
    );
  });
});

describe('the query cost of each kind of field (computed by hand)', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    complexityFromQuery(query, { schema, ctx: createContext(graph), variables }).complexity;

  it('a connection without first costs the default page of 20', () => {
    // entities 1 + 20 × (edges 1 + node 1 + name 1)
    expect(cost('{ entities { edges { node { name } } } }')).toBe(61);
    // entity 1 + relations (1 + 20 × totalCount 1)
    expect(cost('{ entity(slug: "amptp") { relations { totalCount } } }')).toBe(22);
    // search's first defaults to 10: 1 + 10 × score 1
    expect(cost('{ search(text: "guild") { score } }')).toBe(11);
  });

  it('first and last multiply by what they ask, variables included', () => {
    expect(cost('{ entities(first: 5) { edges { node { name } } } }')).toBe(16);
    expect(cost('{ entities(last: 7) { edges { node { name } } } }')).toBe(22);
    expect(cost('query ($n: Int) { entities(first: $n) { edges { node { name } } } }', { n: 9 })).toBe(28);
    expect(cost('{ entities(first: 0) { edges { node { name } } } }')).toBe(1);
  });

  it('a negative size or hop count costs nothing extra (the range checks then refuse it)', () => {
    expect(cost('{ entities(first: -5) { edges { node { name } } } }')).toBe(1);
    expect(cost('{ entities(last: -5) { edges { node { name } } } }')).toBe(1);
    // 1 + 100 × 0, + length 1
    expect(cost('{ shortestPath(from: "a", to: "b", maxLength: -2) { length } }')).toBe(2);
  });

  it('typed lists cost the longest list of their kind in the data files; citations the most citations', () => {
    // Counted in data/*.json: the most relations one entity takes part in, and the most
    // citations of one record.
    const { entities, relations } = readDataFiles();
    const degree = new Map<string, number>();
    for (const relation of relations) {
      for (const slug of [relation.from, relation.to]) degree.set(slug, (degree.get(slug) ?? 0) + 1);
    }
    const related = Math.max(...degree.values());
    const citations = Math.max(...[...entities, ...relations].map((record) => record.citations.length));
    // entity 1 + members (1 + related × name 1)
    expect(cost('{ entity(slug: "amptp") { ... on Association { members { name } } } }')).toBe(2 + related);
    expect(cost('{ entity(slug: "amptp") { ... on Association { presidents { name slug } } } }')).toBe(2 + 2 * related);
    expect(cost('{ entity(slug: "nick-counter") { ... on Person { roles { title } } } }')).toBe(2 + related);
    // entity 1 + citations (1 + citations × section 1)
    expect(cost('{ entity(slug: "amptp") { citations { section } } }')).toBe(2 + citations);
  });

  it('nodes(ids) multiplies by the number of ids', () => {
    const id = Buffer.from('Source:wikipedia-amptp').toString('base64');
    expect(cost(`{ nodes(ids: ["${id}", "${id}", "${id}"]) { id } }`)).toBe(4);
  });

  it('traversals cost per hop they may take', () => {
    // 1 + 100 × maxLength (4 by default), + length 1
    expect(cost('{ shortestPath(from: "a", to: "b") { length } }')).toBe(402);
    expect(cost('{ shortestPath(from: "a", to: "b", maxLength: 2) { length } }')).toBe(202);
    // path entities: at most maxLength + 1 = 7 of them
    expect(cost('{ shortestPath(from: "a", to: "b", maxLength: 1) { entities { name } } }')).toBe(101 + 1 + 7);
    // paths: 1 + 1,000 × 3, then first 2 × length 1
    expect(cost('{ paths(from: "a", to: "b", maxLength: 3, first: 2) { length } }')).toBe(3_003);
    // neighborhood: 1 + 500 × depth 2, then limit 10 × (truncated 1 + relations (1 + 2 × key 1))
    expect(cost('{ neighborhood(of: "a", depth: 2, limit: 10) { truncated relations { key } } }')).toBe(1_001 + 40);
  });
});
