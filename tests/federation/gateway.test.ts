/**
 * The knowledge graph as a subgraph behind Hive Gateway, beside a second subgraph that extends
 * `Person` (tests/federation/bookmarks-subgraph.ts): both subgraphs and the gateway run as real
 * processes on 127.0.0.1, the supergraph is composed with @theguild/federation-composition from
 * each subgraph's `_service { sdl }`, and queries cross both through the gateway.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore } from '../server/start-server.js';
import { entityRecord } from './data.js';
import { freePort, type RunningProcess, startProcess } from './processes.js';

const BOOKMARKS = ['nick-counter', 'carol-lombardini'];
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+\/graphql)/i;

async function graphql<Data>(url: string, query: string): Promise<{ data?: Data; errors?: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: Data; errors?: unknown[] };
}

async function subgraphSdl(url: string): Promise<string> {
  const { data } = await graphql<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  return data?._service.sdl as string;
}

describe('Hive Gateway over the knowledge graph and a second subgraph', () => {
  const running: RunningProcess[] = [];
  let gateway: string;

  beforeAll(async () => {
    const [kg, bookmarks] = await Promise.all([
      startProcess(
        process.execPath,
        ['--import', 'tsx', 'src/server.ts'],
        { FEDERATION: 'true', PORT: '0', HOST: '127.0.0.1', STORE: freshStore() },
        LISTENING,
      ),
      startProcess(
        process.execPath,
        ['--import', 'tsx', 'tests/federation/bookmarks-subgraph.ts'],
        { PORT: '0', BOOKMARKS: BOOKMARKS.join(',') },
        LISTENING,
      ),
    ]);
    running.push(kg, bookmarks);
    const composed = composeServices([
      { name: 'kg', typeDefs: parse(await subgraphSdl(kg.url)), url: kg.url },
      { name: 'bookmarks', typeDefs: parse(await subgraphSdl(bookmarks.url)), url: bookmarks.url },
    ]);
    expect(composed.errors?.map(String)).toBeUndefined();
    const file = join(mkdtempSync(join(tmpdir(), 'kg-supergraph-')), 'supergraph.graphql');
    writeFileSync(file, composed.supergraphSdl as string);
    const port = await freePort();
    const hive = await startProcess(
      join('node_modules', '.bin', 'hive-gateway'),
      ['supergraph', file, '--host', '127.0.0.1', '--port', String(port)],
      { NO_COLOR: '1' },
      /Listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    running.push(hive);
    gateway = `${hive.url}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(running.map((process) => process.stop()));
  });

  it('answers a field of the other subgraph with names from the knowledge graph', async () => {
    const result = await graphql(gateway, '{ bookmarks { slug name kind bookmarked } }');
    expect(result).toEqual({
      data: {
        bookmarks: BOOKMARKS.map((slug) => ({ slug, name: entityRecord(slug).name, kind: 'PERSON', bookmarked: true })),
      },
    });
  });

  it('adds the other subgraph field to people the knowledge graph returns', async () => {
    const result = await graphql<{
      nick: unknown;
      entities: { edges: { node: { slug: string; name: string; bookmarked?: boolean } }[] };
    }>(
      gateway,
      `{
        nick: entity(slug: "nick-counter") { name ... on Person { bookmarked } }
        entities(kinds: [PERSON], first: 10) { edges { node { slug name ... on Person { bookmarked } } } }
      }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nick).toEqual({
      name: entityRecord('nick-counter').name,
      bookmarked: true,
    });
    const people = result.data?.entities.edges.map((edge) => edge.node) ?? [];
    expect(people).toHaveLength(10);
    for (const person of people) {
      expect(person).toEqual({
        slug: person.slug,
        name: entityRecord(person.slug).name,
        bookmarked: BOOKMARKS.includes(person.slug),
      });
    }
  });

  it('passes the knowledge graph errors on with their codes', async () => {
    const result = await graphql<unknown>(gateway, '{ entities(first: 1000) { totalCount } }');
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });
});
