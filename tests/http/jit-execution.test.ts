/**
 * Errors from a document graphql-jit runs (its second execution on) keep what graphql-js gives
 * them: the location of the field that failed, found through aliases, inline fragments and named
 * fragments. Expected locations are counted by hand in the query text.
 */
import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { capturingLogger, graphWithAlteredEntity } from '../security/helpers.js';
import { sharedGraph } from '../shared-graph.js';
import { post } from './client.js';

const yoga = createYogaApp({ graph: sharedGraph() });

// Both `first` and `last` on a connection: its resolver refuses them (BAD_USER_INPUT).
const BAD_PAGE = 'relations(first: 1, last: 1) { totalCount }';
const THROUGH_NAMED = [
  'query Named {',
  '  entity(slug: "amptp") { name ...Page }',
  '}',
  `fragment Page on Entity { named: ${BAD_PAGE} }`,
].join('\n');
const THROUGH_INLINE = `query Inline {\n  entity(slug: "amptp") { name ... on Entity { inline: ${BAD_PAGE} } }\n}`;

/** 1-based line and column of `text` in `query`. */
function locationOf(query: string, text: string): { line: number; column: number } {
  const before = query.slice(0, query.indexOf(text)).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

interface Located {
  path: string[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string };
}

describe('errors of a jit-compiled document', () => {
  it.each([
    { name: 'a named fragment', query: THROUGH_NAMED, key: 'named', at: { line: 4, column: 27 } },
    { name: 'an inline fragment', query: THROUGH_INLINE, key: 'inline', at: { line: 2, column: 48 } },
  ])('point at the failing field through $name, before and after compiling', async ({ query, key, at }) => {
    expect(locationOf(query, `${key}:`)).toEqual(at);
    // Three times: graphql-js executes the first, graphql-jit the later ones.
    for (let time = 0; time < 3; time++) {
      const answer = await post<unknown>(yoga, { query });
      const errors = (answer.errors ?? []) as Located[];
      expect(
        errors.map((error) => ({ path: error.path, locations: error.locations, code: error.extensions?.code })),
        `execution ${time + 1}`,
      ).toEqual([{ path: ['entity', key], locations: [at], code: 'BAD_USER_INPUT' }]);
      expect(answer.data).toEqual({ entity: null });
    }
  });
});

describe('errors jit raises itself', () => {
  it('a null in a non-null field is masked as unexpected on every execution, and logged as what it is', async () => {
    const { logger, lines } = capturingLogger();
    const broken = createYogaApp({ graph: graphWithAlteredEntity(sharedGraph(), 'amptp', { name: null }), logger });
    const query = '{ entity(slug: "amptp") { slug name } }';
    // Three times: graphql-js executes the first, graphql-jit the later ones.
    for (let time = 0; time < 3; time++) {
      const answer = await post<unknown>(broken, { query });
      expect(answer.data, `execution ${time + 1}`).toEqual({ entity: null });
      expect(answer.errors, `execution ${time + 1}`).toEqual([
        {
          message: 'Unexpected error.',
          path: ['entity', 'name'],
          locations: [locationOf(query, 'name')],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
    }
    // The AMPTP is an association (data/): the log names the field that broke.
    const logged = lines()
      .filter((line) => line.level === 50)
      .map((line) => (line.err as { message?: string }).message);
    expect(logged).toEqual(Array(3).fill('Cannot return null for non-nullable field Association.name.'));
  });
});
