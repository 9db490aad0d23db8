/** The schema as a Federation v2 subgraph (FEDERATION=true), through yoga.fetch. */
import { Kind, type ObjectTypeDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { post } from '../http/client.js';
import { sharedGraph } from '../shared-graph.js';
import { entityRecord } from './data.js';

const graph = sharedGraph();
const federated = createYogaApp({ graph, federation: true });

/** The object types that implement Entity: one per entity kind of the data. */
const ENTITY_TYPES = ['Agency', 'Association', 'Company', 'Event', 'Person', 'Strike', 'Studio', 'Union'];

describe('FEDERATION=true: an Apollo Federation v2 subgraph', () => {
  it('gives its SDL in _service, linking Federation v2 and keying every entity type by slug', async () => {
    const { data } = await post<{ _service: { sdl: string } }>(federated, { query: '{ _service { sdl } }' });
    const sdl = data?._service.sdl as string;
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key"\]\)/);
    const keyed = parse(sdl)
      .definitions.filter((node): node is ObjectTypeDefinitionNode => node.kind === Kind.OBJECT_TYPE_DEFINITION)
      .filter((node) =>
        node.directives?.some(
          (directive) =>
            directive.name.value === 'key' &&
            directive.arguments?.some(
              (arg) => arg.name.value === 'fields' && arg.value.kind === Kind.STRING && arg.value.value === 'slug',
            ),
        ),
      )
      .map((node) => node.name.value)
      .sort();
    expect(keyed).toEqual(ENTITY_TYPES);
  });

  it('resolves entity references by slug, null for an unknown slug or one of another kind', async () => {
    const response = await post(federated, {
      query: `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          __typename
          ... on Person { slug name }
          ... on Union { slug name }
          ... on Association { slug name }
        }
      }`,
      variables: {
        representations: [
          { __typename: 'Person', slug: 'nick-counter' },
          { __typename: 'Union', slug: 'writers-guild-of-america-west' },
          { __typename: 'Association', slug: 'amptp' },
          { __typename: 'Person', slug: 'amptp' },
          { __typename: 'Person', slug: 'nobody' },
        ],
      },
    });
    const expected = (slug: string) => {
      const { kind, name } = entityRecord(slug);
      return { __typename: kind === 'UNION' ? 'Union' : kind === 'PERSON' ? 'Person' : 'Association', slug, name };
    };
    expect(response).toEqual({
      status: 200,
      data: {
        _entities: [expected('nick-counter'), expected('writers-guild-of-america-west'), expected('amptp'), null, null],
      },
    });
  });

  it('prices _entities by its representations, and refuses one over the cost limit', async () => {
    const ask = (count: number) =>
      post(federated, {
        query: `query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Person { relations(first: 100) { edges { node { citations { section } } } } }
          }
        }`,
        variables: {
          representations: Array.from({ length: count }, () => ({ __typename: 'Person', slug: 'nick-counter' })),
        },
      });
    // A Person's selection costs relations 1 + 100 × (edges 1 + node 1 + citations 1 + 6 ×
    // section 1) = 901 (6: the most citations of one record in the dataset, see the README), so
    // 1 representation passes and 100 cost 1 + 100 × 901 = 90,101.
    const one = await ask(1);
    expect(one.errors).toBeUndefined();
    const hundred = await ask(100);
    expect(hundred.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 90_101, maxCost: 20_000 });
    expect(hundred.data).toBeNull();
  });

  it('keeps the plain schema when off: no _service, no _entities', async () => {
    const plain = createYogaApp({ graph });
    const response = await post(plain, { query: '{ _service { sdl } }' });
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers the plain API the same way', async () => {
    const query = '{ entity(slug: "amptp") { name ... on Association { presidents(asOf: "2009") { slug } } } }';
    const plain = createYogaApp({ graph });
    expect(await post(federated, { query })).toEqual(await post(plain, { query }));
  });
});

describe('FEDERATION=true: the price of _entities at the cost limit', () => {
  it('answers a query that costs exactly the limit, and refuses the next representation', async () => {
    // Ten relation lists, nine of 100 and one of 49: each costs 1 + first × (edges 1 + node 1 +
    // key 1), so a Person's selection costs 10 + 3 × (9 × 100 + 49) = 2,857, and 7 representations
    // cost 1 + 7 × 2,857 = 20,000: the limit (maxCost in src/limits.ts), which is allowed.
    const lists = Array.from({ length: 10 }, (_, index) => index);
    const selection = lists
      .map((index) => `r${index}: relations(first: ${index === 9 ? 49 : 100}) { edges { node { key } } }`)
      .join(' ');
    const ask = (count: number) =>
      post(federated, {
        query: `query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Person { ${selection} } }
        }`,
        variables: {
          representations: Array.from({ length: count }, () => ({ __typename: 'Person', slug: 'nick-counter' })),
        },
      });
    const atLimit = await ask(7);
    expect(atLimit.errors).toBeUndefined();
    const over = await ask(8);
    expect(over.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', cost: 1 + 8 * 2_857, maxCost: 20_000 });
  });
});
