/**
 * The PostgreSQL change log against a real PostgreSQL: ordering and gaps under concurrent
 * appends from two logs, failed preparations, following, a database restart, migrations, and
 * the refusals at open.
 */
import pg from 'pg';
import { afterEach, expect, it, vi } from 'vitest';
import { type Change, type ChangeLog, StoreError, StoreUnavailableError } from '../../src/store/change-log.js';
import { openChangeLog } from '../../src/store/open-store.js';
import { describeWithPostgres, draft, freePort, sql } from './pg-cluster.js';

/** Waits until `condition` holds, polling; fails after `ms`. */
async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const open: ChangeLog[] = [];
async function openLog(url: string, options: { readonly?: boolean } = {}): Promise<ChangeLog> {
  const log = await openChangeLog(url, options);
  open.push(log);
  return log;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((log) => log.close()));
});

describeWithPostgres('the PostgreSQL change log', (cluster) => {
  it('is picked for postgres:// and postgresql:// settings, and describes where it is without the password', async () => {
    const url = await cluster().createDatabase();
    const a = await openLog(url);
    const b = await openLog(url.replace(/^postgres:/, 'postgresql:'));
    const database = new URL(url).pathname.slice(1);
    expect(a.description).toBe(`postgres postgres@127.0.0.1:${cluster().port}/${database}`);
    expect(b.isAvailable()).toBe(true);
  });

  it('gives two logs appending at once gap-free, ordered sequence numbers, each seeing the other’s changes as missed', async () => {
    const url = await cluster().createDatabase();
    const [a, b] = await Promise.all([openLog(url), openLog(url)]);
    const perLog = 15;
    /** Appends `perLog` changes in a row, keeping its own version as a replica would. */
    const writer = async (log: ChangeLog, actor: string) => {
      let version = 0;
      const seen: Change[] = [];
      const missed: Change[] = [];
      for (let n = 1; n <= perLog; n += 1) {
        const result = await log.append(version, (changes) => {
          // What prepare gets is what it must apply first: the changes right after its version.
          expect(changes.map((c) => c.seq)).toEqual(changes.map((_, i) => version + i + 1));
          return draft(actor, n);
        });
        expect(result.change.seq).toBe(version + result.missed.length + 1);
        seen.push(...result.missed, result.change);
        missed.push(...result.missed);
        version = result.change.seq;
      }
      return { seen, missed };
    };
    const [fromA, fromB] = await Promise.all([writer(a, 'alice'), writer(b, 'bob')]);

    const all = await a.readAfter(0);
    expect(all.map((c) => c.seq)).toEqual(Array.from({ length: 2 * perLog }, (_, i) => i + 1));
    expect(all.filter((c) => c.actor === 'alice').map((c) => c.key)).toEqual(
      Array.from({ length: perLog }, (_, i) => `alice-source-${i + 1}`),
    );
    expect(await b.readAfter(0)).toEqual(all);
    // Each log's own view, its changes and the ones it was told it missed, is a prefix of the log.
    expect(fromA.seen).toEqual(all.slice(0, fromA.seen.length));
    expect(fromB.seen).toEqual(all.slice(0, fromB.seen.length));
    // What a log missed is exactly what the other wrote, and the writers did interleave.
    expect(fromA.missed.every((c) => c.actor === 'bob')).toBe(true);
    expect(fromB.missed.every((c) => c.actor === 'alice')).toBe(true);
    expect(fromA.missed.length + fromB.missed.length).toBeGreaterThan(0);
  });

  it('takes a burst of appends from one log at once, in order, while it goes on reading', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    const burst = 30;
    const [results, reads] = await Promise.all([
      Promise.all(Array.from({ length: burst }, (_, i) => log.append(0, () => draft('alice', i + 1)))),
      Promise.all(Array.from({ length: 10 }, () => log.readAfter(0))),
    ]);
    expect(results.map((result) => result.change.seq)).toEqual(Array.from({ length: burst }, (_, i) => i + 1));
    // Each saw the ones before it as committed after version 0.
    expect(results.map((result) => result.missed.length)).toEqual(Array.from({ length: burst }, (_, i) => i));
    expect(reads.every((changes) => changes.length <= burst)).toBe(true);
    expect(log.isAvailable()).toBe(true);
  });

  it('appends nothing when prepare throws, passes its error on, and leaves no gap', async () => {
    const url = await cluster().createDatabase();
    const [a, b] = await Promise.all([openLog(url), openLog(url)]);
    await b.append(0, () => draft('bob', 1));

    const refusal = new Error('the change is not valid against the graph');
    let given: readonly Change[] = [];
    await expect(
      a.append(0, (missed) => {
        given = missed;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(given.map((c) => c.key)).toEqual(['bob-source-1']);
    expect((await a.readAfter(0)).map((c) => c.key)).toEqual(['bob-source-1']);

    const next = await a.append(1, () => draft('alice', 1));
    expect(next.change.seq).toBe(2);
    expect((await b.readAfter(0)).map((c) => c.seq)).toEqual([1, 2]);
  });

  it('tells a follower within a second of another log’s append', async () => {
    const url = await cluster().createDatabase();
    const [a, b] = await Promise.all([openLog(url), openLog(url)]);
    let calls = 0;
    a.follow(() => {
      calls += 1;
    });
    await until(() => calls >= 1, 'the call made when following starts');

    const before = calls;
    const { change } = await b.append(0, () => draft('bob', 1));
    await until(() => calls > before, 'a notification of the append', 1_000);
    expect(await a.readAfter(0)).toEqual([change]);
  });

  it('refuses writes while the database is down, and catches up once it is back', async () => {
    const url = await cluster().createDatabase();
    const [a, b] = await Promise.all([openLog(url), openLog(url)]);
    let calls = 0;
    a.follow(() => {
      calls += 1;
    });
    await a.append(0, () => draft('alice', 1));

    await cluster().stop();
    try {
      await until(() => !a.isAvailable() && !b.isAvailable(), 'both logs to notice the database is gone');
      let prepared = false;
      await expect(
        a.append(1, () => {
          prepared = true;
          return draft('alice', 2);
        }),
      ).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(prepared).toBe(false);
      await expect(b.append(1, () => draft('bob', 1))).rejects.toThrow(/unavailable/);
      await expect(a.readAfter(0)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(a.isAvailable()).toBe(false);
    } finally {
      await cluster().start();
    }

    // Another replica writes as soon as the database is back, perhaps before `a` reconnects.
    const c = await openLog(url);
    const before = calls;
    const { change } = await c.append(1, () => draft('carol', 1));
    await until(() => a.isAvailable() && b.isAvailable(), 'both logs to be available again');
    await until(() => calls > before, 'a follow call after reconnecting');
    expect(await a.readAfter(1)).toEqual([change]);

    const result = await b.append(1, () => draft('bob', 2));
    expect(result.missed).toEqual([change]);
    expect(result.change.seq).toBe(3);
  });

  it('takes a database turned read-only (SQLSTATE 25006, as on a standby) as unavailable, not as a bad write', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    await log.append(0, () => draft('alice', 1));
    const database = new URL(url).pathname.slice(1);
    await sql(url, `ALTER DATABASE "${database}" SET default_transaction_read_only = on`);
    // The log's pooled sessions predate the setting: end them, so the next ones read it.
    await sql(
      url,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
    );
    await until(() => !log.isAvailable(), 'the log to notice its sessions ended');
    await expect(log.append(1, () => draft('alice', 2))).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('runs its migrations idempotently, at once from several logs and again later, keeping the log', async () => {
    const url = await cluster().createDatabase();
    const first = await Promise.all([openLog(url), openLog(url), openLog(url)]);
    await first[0]?.append(0, () => draft('alice', 1));
    await Promise.all(first.map((log) => log.close()));

    const again = await openLog(url);
    expect((await again.readAfter(0)).map((c) => c.key)).toEqual(['alice-source-1']);
    const version = await sql(url, "SELECT value FROM kg_meta WHERE name = 'schema_version'");
    expect(version.rows).toEqual([{ value: '1' }]);
    const tables = await sql(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(['kg_changes', 'kg_meta']);
  });

  it('is no longer available once closed, refuses appends then, and a second close is harmless', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    expect(log.isAvailable()).toBe(true);
    await log.close();
    expect(log.isAvailable()).toBe(false);
    await expect(log.append(0, () => draft('alice', 1))).rejects.toThrow();
    await expect(log.close()).resolves.toBeUndefined();
  });

  it('refuses a database whose schema is newer than this server', async () => {
    const url = await cluster().createDatabase();
    await (await openLog(url)).close();
    await sql(url, "UPDATE kg_meta SET value = '99' WHERE name = 'schema_version'");
    await expect(openLog(url)).rejects.toThrow(/schema version 99.*upgrade the server/);
  });

  it('opens read-only without migrating, and refuses appends then', async () => {
    const url = await cluster().createDatabase();
    await expect(openLog(url, { readonly: true })).rejects.toBeInstanceOf(StoreError);
    // Said as it is (not wrapped again), and nothing was created.
    await expect(openLog(url, { readonly: true })).rejects.toThrow(
      /^the store in PostgreSQL at \S+ has schema version 0, not \d+: start a server on it first$/,
    );
    expect((await sql(url, "SELECT to_regclass('kg_meta') IS NULL AS absent")).rows).toEqual([{ absent: true }]);
    await (await openLog(url)).append(0, () => draft('alice', 1));
    const reader = await openLog(url, { readonly: true });
    expect((await reader.readAfter(0)).map((c) => c.key)).toEqual(['alice-source-1']);
    await expect(reader.append(1, () => draft('alice', 2))).rejects.toThrow(/read-only/);
  });

  it('refuses a log whose row was altered, or that has a gap', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    await log.append(0, () => draft('alice', 1));
    await log.append(1, () => draft('alice', 2));
    await log.append(2, () => draft('alice', 3));
    await log.close();

    await sql(url, `UPDATE kg_changes SET payload = '{"title":"altered"}' WHERE seq = 2`);
    await expect(openLog(url)).rejects.toThrow(/change 2 does not match its checksum/);
    await sql(url, 'DELETE FROM kg_changes WHERE seq = 2');
    await expect(openLog(url)).rejects.toThrow(/expected change 2, found 3/);
  });

  it('refuses to open an unreachable database, naming where without the password', async () => {
    const port = await freePort();
    const refusal = await openLog(`postgres://kg:s3cret-pw@127.0.0.1:${port}/graph`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StoreError);
    const message = (refusal as StoreError).message;
    expect(message).toContain(`kg@127.0.0.1:${port}/graph`);
    expect(message).not.toContain('s3cret-pw');

    await expect(openLog(cluster().url('no_such_database'))).rejects.toThrow(
      /no_such_database.*does not exist|does not exist.*no_such_database/,
    );
  });

  it('refuses to append after a change the log has not reached, as a store error, and stays available', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    await log.append(0, () => draft('alice', 1));
    const refusal = await log
      .append(3, () => draft('alice', 2))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as Error).message).toMatch(/asked to append after change 3, the log ends at 1$/);
    expect(log.isAvailable()).toBe(true);
    expect((await log.readAfter(0)).map((c) => c.seq)).toEqual([1]);
  });

  it('takes a row the database rejects (a check constraint) as a failed write, not an outage', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    await sql(url, "ALTER TABLE kg_changes ADD CONSTRAINT no_refused_key CHECK (key <> 'alice-source-1')");
    const refusal = await log
      .append(0, () => draft('alice', 1))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as Error).message).toMatch(/failed \(appending\).*no_refused_key/);
    expect(log.isAvailable()).toBe(true);
    expect((await log.append(0, () => draft('alice', 2))).change.seq).toBe(1);
  });

  /**
   * Holds kg_changes locked from another session while `log` appends, so the append waits for
   * the lock; `onWaiting` gets the waiting backend's pid. Resolves with what the append rejected with.
   */
  async function appendWhileLocked(
    url: string,
    log: ChangeLog,
    onWaiting: (pid: number) => Promise<unknown>,
  ): Promise<unknown> {
    const database = new URL(url).pathname.slice(1);
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE kg_changes IN ACCESS EXCLUSIVE MODE');
      const outcome = log
        .append(0, () => draft('alice', 1))
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      let waiting: number | undefined;
      const lookForWaiter = async () => {
        const found = await locker.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'",
          [database],
        );
        waiting = found.rows[0]?.pid;
      };
      // Either the append waits for the lock (then `onWaiting` acts on it) or it already failed.
      let settled = false;
      void outcome.then(() => {
        settled = true;
      });
      while (waiting === undefined && !settled) await lookForWaiter();
      if (waiting !== undefined) await onWaiting(waiting);
      return await outcome;
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  }

  it('takes an append cancelled or its session ended by an administrator as unavailable', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    const cancelled = await appendWhileLocked(url, log, (pid) => sql(url, `SELECT pg_cancel_backend(${pid})`));
    expect(cancelled).toBeInstanceOf(StoreUnavailableError);
    expect((cancelled as Error).message).toMatch(/unavailable \(appending\).*cancel/);
    expect(log.isAvailable()).toBe(false);

    const ended = await appendWhileLocked(url, log, (pid) => sql(url, `SELECT pg_terminate_backend(${pid})`));
    expect(ended).toBeInstanceOf(StoreUnavailableError);
    expect((ended as Error).message).toMatch(/unavailable \(appending\).*terminating connection/);
    expect((await log.append(0, () => draft('alice', 2))).change.seq).toBe(1);
  });

  it('takes an append that waited past lock_timeout (SQLSTATE 55P03) as unavailable', async () => {
    const url = await cluster().createDatabase();
    const database = new URL(url).pathname.slice(1);
    await (await openLog(url)).close();
    await sql(url, `ALTER DATABASE "${database}" SET lock_timeout = '50ms'`);
    const log = await openLog(url);
    const refusal = await appendWhileLocked(url, log, async () => undefined);
    expect(refusal).toBeInstanceOf(StoreUnavailableError);
    expect((refusal as Error).message).toMatch(/lock timeout/);
  });

  it('takes "too many connections" (SQLSTATE 53300) as unavailable', async () => {
    const url = await cluster().createDatabase();
    const database = new URL(url).pathname.slice(1);
    // Superusers are exempt from connection limits: the log connects as a role of its own.
    const role = `kg_limited_${database}`;
    await sql(url, `CREATE ROLE ${role} LOGIN`);
    await sql(url, `ALTER DATABASE "${database}" OWNER TO ${role}`);
    const log = await openLog(url.replace('postgres://postgres@', `postgres://${role}@`));
    await sql(url, `ALTER ROLE ${role} CONNECTION LIMIT 0`);
    await sql(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${role}'`);
    await until(() => !log.isAvailable(), 'the log to notice its sessions ended');
    const refusal = await log.readAfter(0).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StoreUnavailableError);
    expect((refusal as Error).message).toMatch(/too many connections/);
  });

  it('reads a read-only database through a read-only log, which listens on no session of its own and is available again once a read succeeds', async () => {
    const url = await cluster().createDatabase();
    const database = new URL(url).pathname.slice(1);
    const writer = await openLog(url);
    await writer.append(0, () => draft('alice', 1));
    await writer.close();
    await sql(url, `ALTER DATABASE "${database}" SET default_transaction_read_only = on`);

    const reader = await openLog(url, { readonly: true });
    expect((await reader.readAfter(0)).map((c) => c.key)).toEqual(['alice-source-1']);
    const listening = await sql(
      url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${database}' AND query LIKE 'LISTEN%'`,
    );
    expect(listening.rows).toEqual([{ n: 0 }]);

    // The server ends the reader's idle pooled sessions (a restart would): unavailable until a read works.
    await sql(
      url,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
    );
    await until(() => !reader.isAvailable(), 'the reader to notice its sessions ended');
    expect((await reader.readAfter(0)).length).toBe(1);
    expect(reader.isAvailable()).toBe(true);
  });

  it('writes nothing at open when the schema is current, and refuses a store whose log table is gone', async () => {
    const url = await cluster().createDatabase();
    await (await openLog(url)).close();
    const versionRow = "SELECT xmin::text AS version FROM kg_meta WHERE name = 'schema_version'";
    const before = (await sql(url, versionRow)).rows;
    await (await openLog(url)).close();
    expect((await sql(url, versionRow)).rows).toEqual(before);

    // kg_meta says the schema is in place: a missing table is damage, not a store to create afresh.
    await sql(url, 'DROP TABLE kg_changes');
    await expect(openLog(url)).rejects.toThrow(/kg_changes.*does not exist/);
  });

  it('never calls a follower that stopped following before its first call', async () => {
    const url = await cluster().createDatabase();
    const log = await openLog(url);
    let calls = 0;
    const stop = log.follow(() => {
      calls += 1;
    });
    stop();
    let later = 0;
    log.follow(() => {
      later += 1;
    });
    // Followers are called in the order they were registered: the second one's call comes after the first's would have.
    await until(() => later >= 1, 'the call made when the second follower starts');
    expect(calls).toBe(0);
  });

  it('refuses to open when its listening session cannot connect', async () => {
    const url = await cluster().createDatabase();
    const database = new URL(url).pathname.slice(1);
    // One session for the role: enough to migrate and read, none left to listen on.
    const role = `kg_one_session_${database}`;
    await sql(url, `CREATE ROLE ${role} LOGIN CONNECTION LIMIT 1`);
    await sql(url, `ALTER DATABASE "${database}" OWNER TO ${role}`);
    await expect(openLog(url.replace('postgres://postgres@', `postgres://${role}@`))).rejects.toThrow(
      /^cannot open the store in PostgreSQL at .*too many connections/,
    );
  });

  // Captured before any test fakes the timers: the polling below must go on with real time.
  const realSetTimeout = globalThis.setTimeout;
  /** Like `until`, with real timers while the test's are fake, and a condition that may query. */
  async function untilReal(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => realSetTimeout(resolve, 20));
    }
  }

  it('checks its listening session every 5 s, reconnects it when the server ends it or it stops answering, and leaves nothing scheduled once closed', async () => {
    const url = await cluster().createDatabase();
    const database = new URL(url).pathname.slice(1);
    /** The pid of the session whose last statement was `statement` (the listening one: nothing else runs these). */
    const sessionRunning = async (statement: string) =>
      (
        await sql(
          url,
          `SELECT pid FROM pg_stat_activity WHERE datname = '${database}' AND query = '${statement}' AND pid <> pg_backend_pid()`,
        )
      ).rows.map((row) => row.pid as number);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    let frozen: number | undefined;
    try {
      const log = await openLog(url);
      let calls = 0;
      log.follow(() => {
        calls += 1;
      });
      await untilReal(() => calls >= 1, 'the call made when following starts');

      const [listening] = await sessionRunning('LISTEN kg_changes');
      expect(listening).toBeTypeOf('number');
      vi.advanceTimersByTime(5_000);
      await untilReal(async () => (await sessionRunning('SELECT 1')).includes(listening as number), 'a heartbeat');

      // The server ends the listening session: unavailable, then back 100 ms later, and followers told.
      await sql(url, `SELECT pg_terminate_backend(${listening})`);
      await untilReal(() => !log.isAvailable(), 'the log to notice its listening session ended');
      let before = calls;
      vi.advanceTimersByTime(100);
      await untilReal(() => log.isAvailable() && calls > before, 'the listening session to be back');

      // It stops answering (as over a network that fails silently): the heartbeat's query times out.
      [frozen] = await sessionRunning('LISTEN kg_changes');
      process.kill(frozen as number, 'SIGSTOP');
      vi.advanceTimersByTime(5_000 + 6_000);
      await untilReal(() => !log.isAvailable(), 'the heartbeat to give up on the silent session');
      process.kill(frozen as number, 'SIGCONT');
      frozen = undefined;
      before = calls;
      vi.advanceTimersByTime(100);
      await untilReal(() => log.isAvailable() && calls > before, 'the listening session to be back again');

      await log.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      if (frozen !== undefined) process.kill(frozen, 'SIGCONT');
      vi.useRealTimers();
    }
  });

  it('lets the server’s 5 s statement timeout act first: the client’s own does not cut a wait of 5.5 s short', async () => {
    const url = await cluster().createDatabase();
    const database = new URL(url).pathname.slice(1);
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const log = await openLog(url);
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE kg_changes IN ACCESS EXCLUSIVE MODE');
      const appended = log.append(0, () => draft('alice', 1));
      const waiting = async () =>
        (
          await locker.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'",
            [database],
          )
        ).rows[0]?.n === 1;
      await untilReal(waiting, 'the append to wait for the lock');
      // Only the client's clock moves: the server's statement timeout has not run out.
      vi.advanceTimersByTime(5_500);
      await locker.query('COMMIT');
      expect((await appended).change.seq).toBe(1);
    } finally {
      vi.useRealTimers();
      await locker.end();
    }
  });
});
