/**
 * The response cache sits in front of yoga in the real server (src/http/node-handler.ts), so it is
 * tested through the real listening server: a replayed answer must be what yoga itself answers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { createYogaApp, EXAMPLE_QUERY } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';
import { type RunningServer, startServer } from './start-server.js';

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

async function post(server: RunningServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    etag: response.headers.get('etag'),
    id: response.headers.get('x-request-id'),
    body: await response.text(),
  };
}

describe('the response cache, in front of yoga', () => {
  let cached: RunningServer;
  let plain: RunningServer;
  beforeAll(async () => {
    [cached, plain] = await Promise.all([startServer(), startServer([], { RESPONSE_CACHE_ENTRIES: '0' })]);
  });
  afterAll(() => {
    cached.child.kill('SIGKILL');
    plain.child.kill('SIGKILL');
  });

  it('replays exactly what yoga answers: status, content type and body, hit or miss', async () => {
    for (const query of QUERIES) {
      const expected = await post(plain, query);
      const miss = await post(cached, query);
      const hit = await post(cached, query);
      for (const got of [miss, hit]) {
        expect({ status: got.status, type: got.type, body: got.body }).toEqual({
          status: expected.status,
          type: expected.type,
          body: expected.body,
        });
      }
    }
  });

  it('keeps only error-free answers, gives each its own request id, and bypasses credentials', async () => {
    const query = '{ entity(slug: "netflix") { name } }';
    const first = await post(cached, query, { 'x-request-id': 'first-one' });
    const second = await post(cached, query, { 'x-request-id': 'second-one' });
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    expect(second.etag).toBe(first.etag);
    expect([first.id, second.id]).toEqual(['first-one', 'second-one']);
    expect(
      (await post(cached, '{ entity(slug: "amptp") { relations(asOf: "1999-00") { totalCount } } }')).etag,
    ).toBeNull();
    expect((await post(cached, query, { authorization: 'Bearer x' })).etag).toBeNull();
  });

  it('answers a GET with a kept ETag in If-None-Match with 304', async () => {
    const url = `${cached.url}?query=${encodeURIComponent('{ entity(slug: "cbs") { name } }')}`;
    const headers = { accept: 'application/graphql-response+json' };
    const first = await fetch(url, { headers });
    const etag = first.headers.get('etag') as string;
    expect(first.status).toBe(200);
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const withCookie = await fetch(url, { headers: { ...headers, 'if-none-match': etag, cookie: 'a=b' } });
    expect(withCookie.status).toBe(200);
  });

  it('keeps answers apart by Origin, whose CORS headers yoga echoes', async () => {
    const query = '{ entity(slug: "fox") { name } }';
    for (const origin of ['https://a.example', 'https://b.example', 'https://a.example']) {
      const response = await fetch(cached.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('sends 304 only for the ETag of that very request', async () => {
    const headers = { accept: 'application/graphql-response+json' };
    const url = (slug: string) => `${cached.url}?query=${encodeURIComponent(`{ entity(slug: "${slug}") { name } }`)}`;
    const etag = (await fetch(url('abc'), { headers })).headers.get('etag') as string;
    await fetch(url('nbc'), { headers });
    const other = await fetch(url('nbc'), { headers: { ...headers, 'if-none-match': etag } });
    expect(other.status).toBe(200);
    expect(await other.text()).toContain('NBC');
    const invalid = await fetch(`${cached.url}?query=${encodeURIComponent('{ nope }')}`, {
      headers: { ...headers, 'if-none-match': etag },
    });
    expect(invalid.status).toBe(400);
  });

  it('answers a request whose Host header makes no URL, instead of failing', async () => {
    const { request } = await import('node:http');
    const { port } = new URL(cached.url);
    const ask = (method: string, path: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const outgoing = request(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            headers: { host: '[bad', 'content-type': 'application/json', accept: 'application/json' },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        outgoing.on('error', reject);
        outgoing.end(body);
      });
    expect(await ask('GET', '/health')).toBe(200);
    expect(await ask('POST', '/graphql', JSON.stringify({ query: '{ entity(slug: "abc") { name } }' }))).toBe(200);
  });

  it('is bounded: the least recently used answer goes first', async () => {
    const small = await startServer([], { RESPONSE_CACHE_ENTRIES: '2' });
    try {
      const url = (slug: string) => `${small.url}?query=${encodeURIComponent(`{ entity(slug: "${slug}") { name } }`)}`;
      const headers = { accept: 'application/graphql-response+json' };
      const etags: string[] = [];
      for (const slug of ['abc', 'cbs', 'nbc'])
        etags.push((await fetch(url(slug), { headers })).headers.get('etag') as string);
      const status = async (slug: string, etag: string) =>
        (await fetch(url(slug), { headers: { ...headers, 'if-none-match': etag } })).status;
      expect(await status('abc', etags[0] as string)).toBe(200);
      expect(await status('nbc', etags[2] as string)).toBe(304);
    } finally {
      small.child.kill('SIGKILL');
    }
  });
});

describe('cache marks inside yoga', () => {
  it('an error-free answer carries an ETag, an answer with errors none', async () => {
    const yoga = createYogaApp({ graph: loadDataset(DEFAULT_DATA) });
    const ask = (query: string) =>
      yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    expect((await ask('{ entity(slug: "abc") { name } }')).headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect((await ask('{ entity(slug: "abc") { nosuchfield } }')).headers.get('etag')).toBeNull();
  });
});
