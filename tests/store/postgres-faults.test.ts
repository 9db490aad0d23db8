/**
 * The PostgreSQL change log's handling of faults that a plain outage does not show: which SQLSTATEs
 * count as "unavailable", the backoff of the listening session's reconnection (seen through a TCP
 * proxy that holds every new connection unanswered), and TCP keep-alive on its connections.
 */
import { execFile, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeLog } from '../../src/store/change-log.js';
import { openChangeLog } from '../../src/store/open-store.js';
import { isUnavailableState } from '../../src/store/postgres.js';
import { describeWithPostgres, draft, sql } from './pg-cluster.js';

const run = promisify(execFile);

describe('the SQLSTATEs the PostgreSQL change log takes as "unavailable"', () => {
  // Names from PostgreSQL's table of error codes (the manual's appendix A).
  const unavailable = {
    '08000': 'connection_exception',
    '08003': 'connection_does_not_exist',
    '08006': 'connection_failure',
    '08P01': 'protocol_violation',
    '57P01': 'admin_shutdown',
    '57P02': 'crash_shutdown',
    '57P03': 'cannot_connect_now',
    '53000': 'insufficient_resources',
    '53300': 'too_many_connections',
    '57014': 'query_canceled',
    '55P03': 'lock_not_available',
    '25006': 'read_only_sql_transaction',
  };
  const wrongWrite = {
    '23505': 'unique_violation',
    '23514': 'check_violation',
    '40001': 'serialization_failure',
    '42P01': 'undefined_table',
    '22P02': 'invalid_text_representation',
    '22008': 'datetime_field_overflow',
    '57000': 'operator_intervention',
    '55000': 'object_not_in_prerequisite_state',
    '25001': 'active_sql_transaction',
    XX000: 'internal_error',
  };

  it.each(Object.entries(unavailable))('takes %s (%s) as unavailable', (code) => {
    expect(isUnavailableState(code)).toBe(true);
  });

  it.each(Object.entries(wrongWrite))('takes %s (%s) as a failed write, not an outage', (code) => {
    expect(isUnavailableState(code)).toBe(false);
  });
});

/**
 * The store's sessions on the database of `url`, checked to be the two an opened log keeps: one
 * pooled session, idle after opening read the log on it, and the listening one.
 */
async function storeSessions(url: string): Promise<{ pid: number; client_port: number; query: string }[]> {
  const database = new URL(url).pathname.slice(1);
  const { rows } = await sql(
    url,
    `SELECT pid, client_port, query FROM pg_stat_activity WHERE datname = '${database}' AND application_name = 'amptp-knowledge-graph'`,
  );
  expect(rows.map((row) => row.query).sort()).toEqual([
    'LISTEN kg_changes',
    'SELECT * FROM kg_changes WHERE seq > $1 ORDER BY seq',
  ]);
  return rows;
}

// Captured before any test fakes the timers: polling goes on in real time.
const realSetTimeout = globalThis.setTimeout;
/** Waits, in real time even while the test's timers are fake, until `condition` holds. */
async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => realSetTimeout(resolve, 20));
  }
}

const open: ChangeLog[] = [];
async function openLog(url: string): Promise<ChangeLog> {
  const log = await openChangeLog(url);
  open.push(log);
  return log;
}
const proxies: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.useRealTimers();
  // The proxies first: the connections they hold end, so the logs close at once.
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
  await Promise.all(open.splice(0).map((log) => log.close()));
});

interface Accepted {
  readonly socket: Socket;
  /** The client's port, kept: a closed socket no longer tells it. */
  readonly clientPort: number | undefined;
  closed: boolean;
}

/**
 * What the proxy does with a new connection: pass it on to the server; hold it, never answering,
 * as a server that stopped responding would (the client's connect timeout ends it); or close it at
 * once, as a server going down would.
 */
type ProxyMode = 'pass' | 'hold' | 'close';

/** A TCP proxy in front of the cluster, recording every connection it accepts, in order; closed after the test. */
async function startProxy(targetPort: number) {
  const accepted: Accepted[] = [];
  const probes = new Set<number>();
  let mode: ProxyMode = 'pass';
  const server = createServer((socket) => {
    const entry: Accepted = { socket, clientPort: socket.remotePort, closed: false };
    accepted.push(entry);
    socket.on('error', () => {});
    // Comes after the client closed its end (the socket is read, so that end is noticed). The log
    // schedules its next try in the same turn as its socket closes, so once this is seen the fake
    // clock may move on without outrunning that try.
    socket.on('close', () => {
      entry.closed = true;
    });
    if (mode !== 'pass') {
      socket.resume();
      if (mode === 'close') socket.end();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const proxy = {
    port,
    set(next: ProxyMode) {
      mode = next;
    },
    /** The connections accepted so far, the probes left out. */
    connections: () => accepted.filter((entry) => !probes.has(entry.clientPort ?? -1)),
    /**
     * Resolves once every connection started before the call has been accepted: a probe connection
     * is made, and the kernel queues connections to a listening socket in the order they come.
     */
    async barrier(): Promise<void> {
      const probe = connect(port, '127.0.0.1');
      probe.on('error', () => {});
      await once(probe, 'connect');
      const probePort = probe.localPort ?? -1;
      probes.add(probePort);
      await until(() => accepted.some((entry) => entry.clientPort === probePort), 'the probe connection');
      probe.destroy();
    },
    async close(): Promise<void> {
      for (const entry of accepted) entry.socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  proxies.push(proxy);
  return proxy;
}

/** Ends the store's listening session from the server, as an administrator would, and waits until the log notices. */
async function endListeningSession(url: string, log: ChangeLog): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  const { rows } = await sql(
    url,
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = '${database}' AND query = 'LISTEN kg_changes'`,
  );
  expect(rows).toEqual([{ ended: true }]);
  await until(() => !log.isAvailable(), 'the log to notice its listening session ended');
}

describeWithPostgres('the PostgreSQL change log under faults', (cluster) => {
  /** A fresh database, a proxy in front of the cluster, the test's timers faked, and a log opened through the proxy. */
  async function logBehindProxy() {
    const url = await cluster().createDatabase();
    const proxy = await startProxy(cluster().port);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const log = await openLog(url.replace(`:${cluster().port}/`, `:${proxy.port}/`));
    return { url, proxy, log };
  }

  it('tries to reconnect its listening session after 100 ms, then after twice the previous wait up to 2 s, catches up once back, and tries no more once closed', async () => {
    const { url, proxy, log } = await logBehindProxy();
    let calls = 0;
    log.follow(() => {
      calls += 1;
    });
    await until(() => calls >= 1, 'the call made when following starts');

    // New connections go unanswered; the server ends the listening session.
    proxy.set('hold');
    const before = proxy.connections().length;
    await endListeningSession(url, log);

    // Each try ends in the 2 s connect timeout, after which the next wait starts.
    const waits = [100, 200, 400, 800, 1_600, 2_000, 2_000];
    for (const [done, wait] of waits.entries()) {
      vi.advanceTimersByTime(wait - 1);
      await proxy.barrier();
      expect(proxy.connections().length - before, `tries ${wait - 1} ms into wait ${done + 1}`).toBe(done);
      vi.advanceTimersByTime(1);
      await until(() => proxy.connections().length - before === done + 1, `try ${done + 1}`);
      vi.advanceTimersByTime(2_000);
      await until(() => proxy.connections()[before + done]?.closed === true, `try ${done + 1} to time out`);
    }

    // The database answers again, and another replica appends meanwhile: the next try (2 s
    // later still) reconnects, and followers are told, so the missed append is caught up.
    proxy.set('pass');
    const other = await openLog(url);
    const { change } = await other.append(0, () => draft('bob', 1));
    await other.close();
    const told = calls;
    vi.advanceTimersByTime(2_000);
    await until(() => log.isAvailable() && calls > told, 'the listening session to be back');
    expect(await log.readAfter(0)).toEqual([change]);

    // Closing ends the listening session: no try follows within the longest wait. The clock moves
    // 100 ms at a time, less than the connect timeout, so a try would reach the proxy before
    // that timeout could end it.
    await log.close();
    const atClose = proxy.connections().length;
    for (let waited = 0; waited < 2_000; waited += 100) {
      vi.advanceTimersByTime(100);
      await proxy.barrier();
    }
    expect(proxy.connections().length).toBe(atClose);
  });

  it('makes one try at a time when the server closes each try at once: the next after twice the wait', async () => {
    const { url, proxy, log } = await logBehindProxy();
    proxy.set('close');
    const before = proxy.connections().length;
    await endListeningSession(url, log);
    // A try closed at once ends twice over (its connect fails, its session ends): one next try all the same.
    for (const [done, wait] of [100, 200, 400, 800].entries()) {
      vi.advanceTimersByTime(wait - 1);
      await proxy.barrier();
      expect(proxy.connections().length - before, `tries ${wait - 1} ms into wait ${done + 1}`).toBe(done);
      vi.advanceTimersByTime(1);
      await until(() => proxy.connections().length - before === done + 1, `try ${done + 1}`);
      await until(() => proxy.connections()[before + done]?.closed === true, `try ${done + 1} to be closed`);
    }
    expect(log.isAvailable()).toBe(false);
  });

  /** `ss` (iproute2) on Linux shows a socket's TCP timers; elsewhere the test says what is missing. */
  const ssMissing =
    process.platform !== 'linux' || spawnSync('ss', ['-V']).status !== 0 ? 'needs `ss` (iproute2) on Linux' : undefined;

  it('keeps TCP keep-alive on with a first probe after 10 s of silence, on its pooled and listening connections', async () => {
    if (ssMissing) {
      if (process.env.CI === 'true') throw new Error(`CI=true and this test ${ssMissing}`);
      console.warn(`Skipped the keep-alive test: it ${ssMissing}.`);
      return;
    }
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    await log.readAfter(0);
    for (const { client_port: port } of await storeSessions(url)) {
      // The client's end of the connection: from its port to the server's.
      const { stdout } = await run('ss', [
        '-tnoH',
        'state',
        'established',
        `( sport = :${port} and dport = :${cluster().port} )`,
      ]);
      // ss writes the time left as [Nmin][S. or Ssec][MMMms]: "9.960ms" is 9.96 s, "119min" two
      // hours (the system's default first probe). Without keep-alive an idle socket has no timer.
      const timer = /timer:\(keepalive,(?:(\d+)min)?(?:(\d+)(?:sec|\.))?(?:(\d+)ms)?,/.exec(stdout);
      expect(timer, `keep-alive on the connection from port ${port}: ${stdout}`).not.toBeNull();
      const [, minutes = '0', seconds = '0', milliseconds = '0'] = timer as RegExpExecArray;
      const dueInMs = Number(minutes) * 60_000 + Number(seconds) * 1_000 + Number(milliseconds);
      expect(dueInMs).toBeGreaterThan(0);
      expect(dueInMs).toBeLessThanOrEqual(10_000);
    }
  });

  it('reads unavailable again when a reconnection try fails after a read on a pooled connection made it available', async () => {
    const { url, proxy, log } = await logBehindProxy();
    // Opening read the log on a pooled connection, which stays open, idle, beside the listening one.
    await storeSessions(url);

    // New connections go unanswered; the server ends the listening session.
    proxy.set('hold');
    const before = proxy.connections().length;
    await endListeningSession(url, log);

    // A read on the open pooled connection succeeds (no new connection), and the log reads available.
    expect(await log.readAfter(0)).toEqual([]);
    expect(proxy.connections().length).toBe(before);
    expect(log.isAvailable()).toBe(true);

    // The first try (after 100 ms) ends in the 2 s connect timeout; the second coming (200 ms
    // later) shows the failure was handled: the log reads unavailable again.
    vi.advanceTimersByTime(100);
    await until(() => proxy.connections().length - before === 1, 'try 1');
    vi.advanceTimersByTime(2_000);
    await until(() => proxy.connections()[before]?.closed === true, 'try 1 to time out');
    vi.advanceTimersByTime(200);
    await until(() => proxy.connections().length - before === 2, 'try 2');
    expect(log.isAvailable()).toBe(false);

    // Once connections pass again, the try after the next wait (400 ms) brings the log back.
    vi.advanceTimersByTime(2_000);
    await until(() => proxy.connections()[before + 1]?.closed === true, 'try 2 to time out');
    proxy.set('pass');
    vi.advanceTimersByTime(400);
    await until(() => log.isAvailable(), 'the listening session to be back');
    expect(proxy.connections().length - before).toBe(3);
  });
});
