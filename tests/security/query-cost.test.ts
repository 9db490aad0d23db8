/**
 * The query cost of a compiled operation is worked out once for each set of values that can
 * change it, and remembered (OperationCost, src/schema/complexity.ts). Each case asks an operation
 * until it is compiled and its cost remembered, then asks it with what costs more: that must be
 * refused as the complexity plugin refuses it. Costs are counted by hand, as in limits-edges.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { WriteTokens } from '../../src/http/write-tokens.js';
import { REQUEST_LIMITS } from '../../src/limits.js';
import { COST_ARGUMENTS } from '../../src/schema/complexity.js';
import { subgraphSchema } from '../../src/schema/federation.js';
import { schema } from '../../src/schema/index.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { createYogaApp, type YogaApp } from '../../src/yoga.js';
import { SMALL_FIXTURE } from '../graph/fixture.js';
import { sharedGraph } from '../shared-graph.js';
import { type Answer, postInit, send } from './helpers.js';

const yoga = createYogaApp({ graph: sharedGraph() });

// 1 + 100 × (edges 1 + node 1 + relations (1 + 97 × totalCount 1)) = 10,001, and 1 + 99 × 100 = 9,901
const HEAVY =
  'x: entities(first: 100) { edges { node { relations(first: 97) { totalCount } } } } y: entities(first: 99) { edges { node { relations(first: 97) { totalCount } } } }';

/** The direct route takes a plain request; one from another origin goes through yoga's hooks. */
const ROUTES: { route: string; headers: Record<string, string> }[] = [
  { route: 'the direct route', headers: {} },
  { route: "yoga's hooks", headers: { origin: 'https://example.org' } },
];

function ask(app: YogaApp, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return send(app, postInit({ query, variables }, { 'content-type': 'application/json', ...headers }));
}

function expectAnswered(answer: Answer): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  expect(answer.json?.errors, answer.text.slice(0, 300)).toBeUndefined();
}

/**
 * Refused for its cost, as graphql-js refuses it: one error, from the first root field (whose
 * type is non-null, so `data` is null). graphql-jit would go on to report it for every root field;
 * an operation over the limit is not run by it.
 */
function expectTooComplex(answer: Answer, cost: number): void {
  expect(answer.status).toBe(200);
  expect(
    answer.json?.errors?.map((error) => ({ path: (error as { path?: unknown }).path, extensions: error.extensions })),
  ).toEqual([{ path: ['x'], extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: REQUEST_LIMITS.maxCost } }]);
  expect(answer.json?.data).toBeNull();
}

/** Three times: graphql-js executes the first, graphql-jit the later ones, the cost remembered from the second. */
async function askUntilRemembered(app: YogaApp, query: string, variables: Record<string, unknown>, headers = {}) {
  for (let time = 0; time < 3; time++) expectAnswered(await ask(app, query, variables, headers));
}

describe.each(ROUTES)('a remembered cost through $route', ({ headers }) => {
  it('a variable in `first`: 20,000 answered again and again, then 20,001 refused, then 20,000 answered', async () => {
    // z: 1 + n × totalCount 1
    const query = `query Sized($n: Int) { ${HEAVY} z: entities(first: $n) { totalCount } }`;
    await askUntilRemembered(yoga, query, { n: 97 }, headers);
    const refused = await ask(yoga, query, { n: 98 }, headers);
    expectTooComplex(refused, 20_001);
    expectAnswered(await ask(yoga, query, { n: 97 }, headers));
    // Refused the same way every time, the cost now remembered.
    for (let time = 0; time < 2; time++) expect((await ask(yoga, query, { n: 98 }, headers)).text).toBe(refused.text);
  });

  it('a variable left out (its default) costs what its default does, not what null does', async () => {
    // first: null asks for the default page, 20: z costs 21; the default 98 makes it 99.
    const query = `query Defaulted($n: Int = 98) { ${HEAVY} z: entities(first: $n) { totalCount } }`;
    await askUntilRemembered(yoga, query, { n: null }, headers);
    expectTooComplex(await ask(yoga, query, {}, headers), 20_001);
  });

  it('a variable that reaches `first` through a named fragment, and a list of `ids`', async () => {
    const throughFragment = `query Spread($n: Int) { ${HEAVY} ...Z } fragment Z on Query { z: entities(first: $n) { totalCount } }`;
    await askUntilRemembered(yoga, throughFragment, { n: 97 }, headers);
    expectTooComplex(await ask(yoga, throughFragment, { n: 98 }, headers), 20_001);

    // z: 1 + ids × id 1 (the ID of a source: nodes takes any node)
    const id = Buffer.from('Source:wikipedia-amptp').toString('base64');
    const listed = `query Listed($ids: [ID!]!) { ${HEAVY} z: nodes(ids: $ids) { id } }`;
    await askUntilRemembered(yoga, listed, { ids: Array(97).fill(id) }, headers);
    expectTooComplex(await ask(yoga, listed, { ids: Array(98).fill(id) }, headers), 20_001);
  });

  it('variables that reach no cost argument do not change it: any slug, the same answer as before', async () => {
    const query = 'query One($slug: String!) { entity(slug: $slug) { name } }';
    await askUntilRemembered(yoga, query, { slug: 'amptp' }, headers);
    const answer = await ask(yoga, query, { slug: 'sag-aftra' }, headers);
    expect(answer.json).toEqual({ data: { entity: { name: 'SAG-AFTRA' } } });
  });
});

describe('a remembered cost and a graph that grows', () => {
  it('a longer list in the graph than when the cost was remembered makes it cost more: refused after the write', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-query-cost-')), 'kg.sqlite');
    const living = await LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(file));
    const token = 'alice-token-0123456789';
    const app = createYogaApp({ graph: living, writeTokens: WriteTokens.parse(`alice=${token}`) });
    try {
      // A list without a size costs its longest in the graph: citations { section } is 1 + longest × 1.
      const longest = living.current.longestLists.citations;
      // HEAVY 19,902 + entity 1 + citations (1 + longest) + z (1 + n) = 20,000
      const n = 20_000 - 19_902 - 1 - (1 + longest) - 1;
      const query = `query Cited($n: Int) { ${HEAVY} entity(slug: "big-studio") { citations { section } } z: entities(first: $n) { totalCount } }`;
      await askUntilRemembered(app, query, { n });

      const citations = Array.from({ length: longest + 1 }, (_, index) => ({
        source: 'fixture-source',
        section: `Part ${index + 1}`,
      }));
      const update = await ask(
        app,
        'mutation ($input: EntityUpdateInput!) { updateEntity(slug: "big-studio", input: $input, reason: "more citations") { slug } }',
        { input: { citations } },
        { authorization: `Bearer ${token}` },
      );
      expectAnswered(update);
      expect(living.current.longestLists.citations).toBe(longest + 1);

      expectTooComplex(await ask(app, query, { n }), 20_001);
    } finally {
      await app.closeStreams();
      await living.close();
    }
  });
});

describe('the arguments a cost reads', () => {
  /** Every field of `served` whose cost is a function, and the arguments that function reads. */
  function argumentsRead(served: typeof schema): Map<string, Set<string>> {
    const read = new Map<string, Set<string>>();
    const context = createContext(sharedGraph());
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type)) continue;
      for (const field of Object.values(type.getFields())) {
        const complexity = (field as { extensions?: { complexity?: unknown } }).extensions?.complexity;
        if (typeof complexity !== 'function') continue;
        const names = new Set<string>();
        const args = new Proxy(
          {},
          {
            get: (_target, name) => {
              names.add(String(name));
              return undefined;
            },
          },
        );
        complexity(args, context, field);
        read.set(`${type.name}.${field.name}`, names);
      }
    }
    return read;
  }

  it.each([
    ['the schema', schema],
    ['the federation subgraph', subgraphSchema()],
  ])('in %s, each is one the remembered cost knows of (COST_ARGUMENTS)', (_name, served) => {
    const read = argumentsRead(served);
    const unknown = [...read].flatMap(([field, names]) =>
      [...names].filter((name) => !COST_ARGUMENTS.has(name)).map((name) => `${field}: ${name}`),
    );
    expect(unknown).toEqual([]);
    // Fields that read arguments were found at all: the walk itself works.
    expect(read.get('Query.shortestPath')).toEqual(new Set(['maxLength']));
    expect(read.get('Query.neighborhood')).toEqual(new Set(['depth', 'limit']));
  });
});
