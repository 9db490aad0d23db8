/**
 * Shutdown of the real entry point, held open deterministically: requests are sent over raw
 * sockets with `Expect: 100-continue` and a chunked body, so the server's `100 Continue` says it
 * has the request in hand, and the request cannot finish before the test sends the rest of its
 * body. The server's own log line says when SIGTERM has been taken in. No sleeps.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';

interface HeldRequest {
  readonly socket: Socket;
  /** Sends the rest of the body and ends it; resolves with the final response's status and body. */
  finish(rest?: string): Promise<{ status: number; body: string }>;
  /** Resolves when the connection is closed (with whatever was received). */
  readonly closed: Promise<string>;
}

/** Opens a request whose body has not been sent; resolves once the server has answered 100 Continue. */
function holdRequest(url: string, method: string, path: string, firstPart = ''): Promise<HeldRequest> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = '';
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      const before = received;
      received += chunk.toString('latin1');
      if (!before.includes('100 Continue') && received.includes('HTTP/1.1 100 Continue\r\n\r\n')) {
        if (firstPart) socket.write(chunkOf(firstPart));
        resolve({
          socket,
          closed,
          finish: async (rest = '') => {
            socket.write(`${rest ? chunkOf(rest) : ''}0\r\n\r\n`);
            const all = await closed;
            const final = all.slice(all.indexOf('\r\n\r\n') + 4);
            const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(final)?.[1]);
            return { status, body: decodeChunked(final.slice(final.indexOf('\r\n\r\n') + 4), final) };
          },
        });
      }
    });
    socket.write(
      `${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
        'Transfer-Encoding: chunked\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n',
    );
  });
}

const chunkOf = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

/** The body of a response: decoded when it came chunked, else as it is. */
function decodeChunked(body: string, response: string): string {
  if (!/transfer-encoding: chunked/i.test(response.slice(0, response.indexOf('\r\n\r\n')))) return body;
  let out = '';
  let rest = body;
  for (;;) {
    const line = rest.indexOf('\r\n');
    const size = Number.parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}

/** Resolves once the server's output contains `text` (its log is the only signal waited on). */
function outputContains(server: RunningServer, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (server.output().includes(text)) {
        server.child.stdout?.off('data', check);
        resolve();
      }
    };
    server.child.stdout?.on('data', check);
    check();
  });
}

const QUERY = JSON.stringify({ query: '{ entity(slug: "amptp") { name } }' });

describe('shutting down the real server', () => {
  // Started together: most of each test's time is the server's start.
  let graceful: RunningServer;
  let overdue: RunningServer;
  const started: RunningServer[] = [];
  const start = (env: Record<string, string> = {}) =>
    startServer([], env).then((server) => {
      started.push(server);
      return server;
    });
  beforeAll(async () => {
    [graceful, overdue] = await Promise.all([start(), start({ SHUTDOWN_GRACE_MS: '200' })]);
  });
  afterAll(() => {
    for (const server of started) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('turns /ready 503, finishes the request in flight, then exits 0', async () => {
    const server = graceful;
    expect((await fetch(new URL('/ready', server.url))).status).toBe(200);
    const inFlight = await holdRequest(server.url, 'POST', '/graphql', QUERY.slice(0, 10));
    const probe = await holdRequest(server.url, 'POST', '/ready');

    server.child.kill('SIGTERM');
    await outputContains(server, 'SIGTERM: finishing in-flight requests');

    // No new connections once it is shutting down.
    await expect(fetch(new URL('/health', server.url))).rejects.toThrow();
    // A readiness probe already under way is told 503.
    expect((await probe.finish()).status).toBe(503);
    // The request held open across the signal completes with its answer.
    const answer = await inFlight.finish(QUERY.slice(10));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      data: { entity: { name: 'Alliance of Motion Picture and Television Producers' } },
    });
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('closed; exiting');
  });

  it('exits 1 when a request is still open at the end of the grace period', async () => {
    const server = overdue;
    const held = await holdRequest(server.url, 'POST', '/graphql', QUERY.slice(0, 10));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('in-flight requests still open after the grace period');
    expect(server.output()).not.toContain('closed; exiting');
    // The held request never got an answer beyond its 100 Continue.
    expect(await held.closed).not.toMatch(/HTTP\/1\.1 [2-5]\d\d/);
  });
});
