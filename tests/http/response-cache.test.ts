import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { createYogaApp, EXAMPLE_QUERY } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';

const graph = loadDataset(DEFAULT_DATA);
const cached = createYogaApp({ graph });
const plain = createYogaApp({ graph, responseCacheEntries: 0 });

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const QUERIES = [
  EXAMPLE_QUERY,
  ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] as string),
  '{ search(text: "Netflx") { score matched entity { slug } } }',
  '{ neighborhood(of: "amptp", depth: 2, limit: 5) { truncated entities { slug } } }',
  '{ entity(slug: "amptp") { relations(asOf: "2009-13") { totalCount } } }',
  '{ entity(slug: "amptp") { nosuchfield } }',
  '{ shortestPath(from: "nobody", to: "amptp") { length } }',
];

async function answer(yoga: typeof cached, query: string, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    body: await response.text(),
  };
}

describe('the response cache', () => {
  it('gives the same status, content type and body as the server without it, hit or miss', async () => {
    for (const query of QUERIES) {
      const expected = await answer(plain, query);
      const miss = await answer(cached, query);
      const hit = await answer(cached, query);
      for (const got of [miss, hit]) {
        expect({ status: got.status, type: got.type, body: got.body }).toEqual({
          status: expected.status,
          type: expected.type,
          body: expected.body,
        });
      }
    }
  });

  it('stores only error-free answers, and gives those an ETag', async () => {
    const good = await answer(cached, '{ entity(slug: "netflix") { name } }');
    expect(good.etag).toMatch(/^"[\w-]+"$/);
    const bad = await answer(cached, '{ entity(slug: "amptp") { relations(asOf: "1999-00") { totalCount } } }');
    expect(bad.status).toBe(400);
    expect(bad.etag).toBeNull();
  });

  it('answers a GET with a matching If-None-Match with 304, and bypasses requests with credentials', async () => {
    const url = `http://yoga/graphql?query=${encodeURIComponent('{ entity(slug: "cbs") { name } }')}`;
    const headers = { accept: 'application/graphql-response+json' };
    const first = await cached.fetch(url, { headers });
    const etag = first.headers.get('etag') as string;
    expect(first.status).toBe(200);
    const again = await cached.fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const withCookie = await cached.fetch(url, { headers: { ...headers, 'if-none-match': etag, cookie: 'a=b' } });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get('etag')).toBeNull();
  });

  it('is bounded: the least recently used entry goes first', async () => {
    const small = createYogaApp({ graph, responseCacheEntries: 2 });
    const url = (slug: string) =>
      `http://yoga/graphql?query=${encodeURIComponent(`{ entity(slug: "${slug}") { name } }`)}`;
    const headers = { accept: 'application/graphql-response+json' };
    const etags: string[] = [];
    for (const slug of ['abc', 'cbs', 'nbc'])
      etags.push((await small.fetch(url(slug), { headers })).headers.get('etag') as string);
    const status = async (slug: string, etag: string) =>
      (await small.fetch(url(slug), { headers: { ...headers, 'if-none-match': etag } })).status;
    expect(await status('abc', etags[0] as string)).toBe(200);
    expect(await status('nbc', etags[2] as string)).toBe(304);
  });
});
