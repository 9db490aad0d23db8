/**
 * The living graph on the real server, where HTTP and the process are the point: SIGKILL in the
 * middle of writes loses nothing acknowledged, a damaged store is refused, changes stream over
 * SSE and the streams end cleanly at shutdown, and the response cache never outlives a version.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { EventSource } from 'eventsource';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStore, type RunningServer, spawnServer, startServer } from './start-server.js';

const TOKEN = 'curator-token-0123456789';
const WRITER = { WRITE_TOKENS: `curator=${TOKEN}` };

const running: RunningServer[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

async function start(env: Record<string, string>): Promise<RunningServer> {
  const server = await startServer([], env);
  running.push(server);
  return server;
}

async function graphql(url: string, query: string, token: string | null = null) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field.
  return { status: response.status, etag: response.headers.get('etag'), ...((await response.json()) as any) };
}

const addSource = (key: string) =>
  `mutation { addSource(input: { key: "${key}", title: "Source ${key}", url: "https://example.org/${key}", publisher: "Example" }, reason: "test ${key}") { key } }`;

describe('durability', () => {
  it('after kill -9 in the middle of concurrent writes, every acknowledged change is there and no half of one', async () => {
    const store = freshStore();
    const server = await start({ ...WRITER, STORE: store });
    const acknowledged: string[] = [];
    let stop = false;
    // Four writers in parallel, each writing until the server dies under them.
    const writers = [0, 1, 2, 3].map(async (writer) => {
      for (let index = 0; !stop; index++) {
        const key = `w${writer}-n${index}`;
        try {
          const answer = await graphql(server.url, addSource(key), TOKEN);
          if (answer.data?.addSource?.key === key) acknowledged.push(key);
        } catch {
          return; // the connection died with the server
        }
      }
    });
    while (acknowledged.length < 40) await new Promise((resolve) => setImmediate(resolve));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await server.exited;

    const restarted = await start({ ...WRITER, STORE: store });
    const { data } = await graphql(
      restarted.url,
      '{ sources { key } changes(first: 100) { totalCount edges { node { seq key } } } }',
    );
    const keys = new Set(data.sources.map((source: { key: string }) => source.key));
    for (const key of acknowledged) expect(keys.has(key)).toBe(true);
    // Every change in the history is whole: its source is in the graph, and seqs run 1..n.
    const seqs = data.changes.edges.map((edge: { node: { seq: number } }) => edge.node.seq);
    expect(seqs).toEqual(seqs.map((_: number, index: number) => index + 1));
    for (const edge of data.changes.edges) expect(keys.has(edge.node.key)).toBe(true);
    expect(data.changes.totalCount).toBeGreaterThanOrEqual(acknowledged.length);
  });

  it('refuses to start on a store whose tail is damaged, saying so, exit 1', async () => {
    const store = freshStore();
    const server = await start({ ...WRITER, STORE: store });
    for (let index = 0; index < 20; index++) await graphql(server.url, addSource(`s${index}`), TOKEN);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    running.length = 0;
    expect(existsSync(`${store}-wal`) && statSync(`${store}-wal`).size > 0).toBe(false);
    // Overwrite the last 600 bytes of the file (where the newest rows are) with garbage.
    const bytes = readFileSync(store);
    bytes.fill(0x5a, bytes.length - 600);
    writeFileSync(store, bytes);

    const { exited, output } = spawnServer([], { ...WRITER, STORE: store });
    expect(await exited).toBe(1);
    expect(output()).toMatch(/refusing to start: .*(damaged|malformed|cannot be read)/);
  });
});

describe('live changes over SSE', () => {
  it('streams each committed change to a real SSE client, and ends the stream cleanly on SIGTERM', async () => {
    const server = await start(WRITER);
    const url = new URL(server.url);
    url.searchParams.set('query', 'subscription { changes { seq operation key actor reason } }');
    const source = new EventSource(url);
    const received: unknown[] = [];
    const completed = new Promise<void>((resolve) => source.addEventListener('complete', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      source.onopen = () => resolve();
      source.onerror = (event) => reject(new Error(`SSE error: ${event.message}`));
    });
    source.addEventListener('next', (event) => received.push(JSON.parse(event.data).data.changes));

    await graphql(server.url, addSource('streamed-1'), TOKEN);
    await graphql(server.url, addSource('streamed-2'), TOKEN);
    while (received.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([
      { seq: 1, operation: 'ADD_SOURCE', key: 'streamed-1', actor: 'curator', reason: 'test streamed-1' },
      { seq: 2, operation: 'ADD_SOURCE', key: 'streamed-2', actor: 'curator', reason: 'test streamed-2' },
    ]);

    server.child.kill('SIGTERM');
    await completed;
    source.close();
    expect(await server.exited).toBe(0);
    running.length = 0;
  });

  it('refuses a stream past the limit with a clear error', async () => {
    const server = await start({ ...WRITER, MAX_CHANGE_STREAMS: '1' });
    const query = encodeURIComponent('subscription { changes { seq } }');
    const first = await fetch(`${server.url}?query=${query}`, { headers: { accept: 'text/event-stream' } });
    expect(first.status).toBe(200);
    const second = await fetch(`${server.url}?query=${query}`, { headers: { accept: 'text/event-stream' } });
    const text = await second.text();
    expect(text).toContain('TOO_MANY_STREAMS');
    expect(text).toContain('at most 1 change streams');
    await first.body?.cancel();
  });
});

describe('the response cache and writes', () => {
  it('the next read after a mutation sees the change; the ETag names the version', async () => {
    const server = await start(WRITER);
    const query = '{ source(key: "cached-later") { title } }';
    const get = () =>
      fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } });
    const first = await get();
    expect(await first.json()).toEqual({ data: { source: null } });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"0-/);
    const again = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/json', 'if-none-match': etag as string },
    });
    expect(again.status).toBe(304);

    await graphql(server.url, addSource('cached-later'), TOKEN);
    const after = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/json', 'if-none-match': etag as string },
    });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ data: { source: { title: 'Source cached-later' } } });
    expect(after.headers.get('etag')).toMatch(/^"1-/);
  });
});
