/**
 * The change log in PostgreSQL (node-postgres), shared by every replica pointed at one database.
 * Appends take a transaction-level advisory lock, so sequence numbers commit in order without
 * gaps, and notify the other replicas (NOTIFY); each replica listens on a connection of its own
 * and, on a notification or after reconnecting, catches up by sequence number, so a notification
 * lost while disconnected loses nothing. Rows carry the same checksum as the SQLite store's, and
 * opening reads the whole log through, so a damaged history is refused rather than served.
 */
import pg from 'pg';
import {
  type AppendResult,
  type Change,
  type ChangeDraft,
  type ChangeLog,
  StoreError,
  StoreUnavailableError,
} from './change-log.js';
import { changeFromRow, checkSequence, checksumOf } from './sqlite.js';

/** The channel appends notify on; the payload is the new sequence number. */
const CHANNEL = 'kg_changes';
/** Advisory lock keys (arbitrary constants, unique to this program): one for appends, one for migrations. */
const APPEND_LOCK = 727_100_001;
const MIGRATION_LOCK = 727_100_002;

/**
 * Schema versions, applied in order at open under the migration lock; the version reached is kept
 * in `kg_meta`. Append a new entry to change the schema; never edit one that has shipped.
 */
const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    // Text columns: the checksum covers the exact strings written (jsonb would reorder keys).
    sql: `CREATE TABLE IF NOT EXISTS kg_changes (
        seq bigint PRIMARY KEY, at text NOT NULL, actor text NOT NULL, operation text NOT NULL,
        key text NOT NULL, payload text NOT NULL, reason text NOT NULL, checksum text NOT NULL)`,
  },
];
const SCHEMA_VERSION = MIGRATIONS.length;

/** Bounds on every wait, so that a database that went away makes writes fail fast, not hang. */
const TIMEOUTS = {
  connectMs: 2_000,
  /** Server and client side: covers waiting for the append lock behind other replicas, too. */
  statementMs: 5_000,
  /** Frees the append lock if a replica stops answering in the middle of a transaction. */
  idleInTransactionMs: 10_000,
  /** How often the listening connection is checked, to notice a silent network failure. */
  heartbeatMs: 5_000,
  reconnectMinMs: 100,
  reconnectMaxMs: 2_000,
};

interface ChangeRow {
  seq: string;
  at: string;
  actor: string;
  operation: string;
  key: string;
  payload: string;
  reason: string;
  checksum: string;
}

/** Where the database is, for messages: user, host, port and database, never the password. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || parsed.username || 'postgres';
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    return `${user}${host}:${parsed.port || '5432'}/${database}`;
  } catch {
    return 'an unparseable URL';
  }
}

/**
 * SQLSTATE classes that mean "the database cannot take this write now" rather than "this write
 * is wrong": connection exceptions, operator intervention (shutdown, restart), insufficient
 * resources, a statement or lock timeout, a read-only (standby) server. Exported for a table test:
 * class 08 (connection exception) comes from drivers and poolers, and from PostgreSQL only for a
 * client that breaks the protocol, so no outage of a real server brings it through this store.
 */
export function isUnavailableState(code: string): boolean {
  return (
    code.startsWith('08') ||
    code.startsWith('57P') ||
    code.startsWith('53') ||
    code === '57014' ||
    code === '55P03' ||
    code === '25006'
  );
}

export class PostgresChangeLog implements ChangeLog {
  readonly description: string;
  readonly #where: string;
  readonly #config: pg.PoolConfig;
  readonly #pool: pg.Pool;
  readonly #readonly: boolean;
  readonly #followers = new Set<() => void>();
  // Stryker disable next-line BooleanLiteral: open() reads the log through (readAfter sets this) before any caller sees the log
  #available = true;
  #appending: Promise<unknown> = Promise.resolve();
  #closed = false;
  #listener: pg.Client | undefined;
  #reconnectDelay = TIMEOUTS.reconnectMinMs;
  #reconnectTimer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;

  private constructor(url: string, readonly: boolean) {
    this.#where = describe(url);
    this.description = `postgres ${this.#where}`;
    this.#readonly = readonly;
    this.#config = {
      connectionString: url,
      application_name: 'amptp-knowledge-graph',
      connectionTimeoutMillis: TIMEOUTS.connectMs,
      statement_timeout: TIMEOUTS.statementMs,
      query_timeout: TIMEOUTS.statementMs + 1_000,
      idle_in_transaction_session_timeout: TIMEOUTS.idleInTransactionMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    };
    this.#pool = new pg.Pool({ ...this.#config, max: 4 });
    // An idle pooled connection the server closes (a restart) reports here; without a listener
    // the error would end the process.
    this.#pool.on('error', () => {
      this.#available = false;
    });
    // A session the server ends while it is checked out (an append waiting for the lock) fails
    // the query in hand, then reports on the client: the query's rejection says it all, and an
    // error event without a listener would end the process.
    this.#pool.on('connect', (client) => {
      client.on('error', () => {});
    });
  }

  /**
   * Connects, runs the migrations (unless `readonly`), reads the log through once to check it, and
   * starts listening for other replicas' appends. StoreError when the database cannot be reached,
   * has a schema newer than this server's, or holds a damaged log.
   */
  static async open(url: string, { readonly = false }: { readonly?: boolean } = {}): Promise<PostgresChangeLog> {
    const log = new PostgresChangeLog(url, readonly);
    try {
      await log.#migrate();
      await log.readAfter(0);
      if (!readonly) await log.#listen();
      return log;
    } catch (error) {
      await log.close();
      if (error instanceof StoreError) throw error;
      throw new StoreError(`cannot open the store in PostgreSQL at ${log.#where}: ${(error as Error).message}`);
    }
  }

  async #migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      // Two replicas starting at once would race on CREATE TABLE IF NOT EXISTS otherwise.
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (!this.#readonly) {
        await client.query('CREATE TABLE IF NOT EXISTS kg_meta (name text PRIMARY KEY, value text NOT NULL)');
      }
      // Stryker disable next-line OptionalChaining: a SELECT without FROM always returns its one row
      const hasMeta = (await client.query("SELECT to_regclass('kg_meta') IS NOT NULL AS found")).rows[0]?.found;
      const found = hasMeta
        ? await client.query<{ value: string }>("SELECT value FROM kg_meta WHERE name = 'schema_version'")
        : undefined;
      const current = Number(found?.rows[0]?.value ?? 0);
      if (current > SCHEMA_VERSION) {
        throw new StoreError(
          `the store in PostgreSQL at ${this.#where} has schema version ${current}, this server knows up to ${SCHEMA_VERSION}: upgrade the server`,
        );
      }
      if (this.#readonly && current < SCHEMA_VERSION) {
        throw new StoreError(
          `the store in PostgreSQL at ${this.#where} has schema version ${current}, not ${SCHEMA_VERSION}: start a server on it first`,
        );
      }
      for (const migration of MIGRATIONS.filter((m) => m.version > current)) await client.query(migration.sql);
      if (current < SCHEMA_VERSION) {
        await client.query(
          `INSERT INTO kg_meta (name, value) VALUES ('schema_version', $1)
           ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
          [String(SCHEMA_VERSION)],
        );
      }
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      // A broken connection is thrown away rather than handed back to the pool.
      client.release(error as Error);
      throw error;
    }
  }

  /** A StoreUnavailableError for a database that went away (and marks the log unavailable); else a StoreError. */
  #storeError(error: unknown, doing: string): Error {
    if (error instanceof StoreError || error instanceof StoreUnavailableError) return error;
    const message = error instanceof Error ? error.message : String(error);
    const state = error instanceof pg.DatabaseError ? error.code : undefined;
    if (state === undefined || isUnavailableState(state)) {
      // Not an answer from the server (refused, reset, timed out) or the server saying it cannot serve.
      this.#available = false;
      return new StoreUnavailableError(`PostgreSQL at ${this.#where} is unavailable (${doing}): ${message}`);
    }
    return new StoreError(`PostgreSQL at ${this.#where} failed (${doing}): ${message}`);
  }

  #changesFrom(rows: readonly ChangeRow[], afterSeq: number): Change[] {
    const changes = rows.map((row) => changeFromRow({ ...row, seq: Number(row.seq) }, this.description));
    checkSequence(changes, afterSeq, this.description);
    return changes;
  }

  async readAfter(afterSeq: number): Promise<Change[]> {
    let rows: ChangeRow[];
    try {
      rows = (await this.#pool.query<ChangeRow>('SELECT * FROM kg_changes WHERE seq > $1 ORDER BY seq', [afterSeq]))
        .rows;
    } catch (error) {
      throw this.#storeError(error, 'reading the log');
    }
    this.#available = true;
    return this.#changesFrom(rows, afterSeq);
  }

  append(afterSeq: number, prepare: (missed: readonly Change[]) => ChangeDraft): Promise<AppendResult> {
    // One append at a time from this process: they are serialised by the advisory lock anyway,
    // and a burst of writes would otherwise hold every pooled connection waiting for that lock,
    // leaving reads to time out waiting for a connection.
    const appended = this.#appending.then(() => this.#appendNow(afterSeq, prepare));
    this.#appending = appended.catch(() => {});
    return appended;
  }

  async #appendNow(afterSeq: number, prepare: (missed: readonly Change[]) => ChangeDraft): Promise<AppendResult> {
    if (this.#readonly) throw new StoreError(`${this.description} was opened read-only`);
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw this.#storeError(error, 'connecting');
    }
    // Errors from `prepare` are the caller's and pass through unchanged; only the database's are wrapped.
    let preparing = false;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
      const last = Number(
        (await client.query<{ last: string }>('SELECT coalesce(max(seq), 0) AS last FROM kg_changes')).rows[0]?.last,
      );
      if (last < afterSeq) {
        throw new StoreError(`${this.description}: asked to append after change ${afterSeq}, the log ends at ${last}`);
      }
      const rows = await client.query<ChangeRow>('SELECT * FROM kg_changes WHERE seq > $1 ORDER BY seq', [afterSeq]);
      const missed = this.#changesFrom(rows.rows, afterSeq);
      preparing = true;
      const draft = prepare(missed);
      preparing = false;
      const row = {
        seq: afterSeq + missed.length + 1,
        at: new Date().toISOString(),
        actor: draft.actor,
        operation: draft.operation,
        key: draft.key,
        payload: JSON.stringify(draft.payload),
        reason: draft.reason,
      };
      await client.query(
        'INSERT INTO kg_changes (seq, at, actor, operation, key, payload, reason, checksum) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [row.seq, row.at, row.actor, row.operation, row.key, row.payload, row.reason, checksumOf(row)],
      );
      // Delivered by PostgreSQL at commit, and only if the commit succeeds.
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, String(row.seq)]);
      // If the connection breaks during COMMIT the change may or may not be in the log; the caller
      // gets UNAVAILABLE (never an acknowledgement for a change that is absent), and catching up
      // by sequence later applies it if it did commit.
      await client.query('COMMIT');
      client.release();
      this.#available = true;
      return { missed, change: { ...draft, seq: row.seq, at: row.at } };
    } catch (error) {
      const rollback = await client.query('ROLLBACK').then(
        () => undefined,
        // Stryker disable next-line ArrowFunction: ROLLBACK fails only on a broken session, which pg-pool drops on release anyway (not queryable)
        (rollbackError: Error) => rollbackError,
      );
      client.release(rollback);
      if (preparing) throw error;
      throw this.#storeError(error, 'appending');
    }
  }

  /**
   * Calls `onAppended` on every notification of an append (this replica's own included), after
   * every reconnection of the listening connection, and once just after it is registered, so that
   * an append between the caller's last read and this call is not missed.
   */
  follow(onAppended: () => void): () => void {
    const follower = () => onAppended();
    this.#followers.add(follower);
    setImmediate(() => {
      if (this.#followers.has(follower)) follower();
    });
    return () => {
      this.#followers.delete(follower);
    };
  }

  #notifyFollowers(): void {
    for (const follower of this.#followers) follower();
  }

  /** Opens the listening connection; on failure rejects (at open) or schedules another try (later). */
  async #listen(): Promise<void> {
    const client = new pg.Client(this.#config);
    const drop = () => {
      // Once per client, though its error and its end both come here; a later error is swallowed.
      client.off('error', drop);
      client.off('end', drop);
      client.on('error', () => {});
      client.removeAllListeners('notification');
      client.end().catch(() => {});
      // Stryker disable next-line ConditionalExpression,EqualityOperator: drop runs once per client, while it is the listener or none is; a dead client left here is harmless (the heartbeat's failed query ends in its spent drop, end() on it resolves)
      if (this.#listener === client) this.#listener = undefined;
      // After close() this only marks a closed log unavailable; #scheduleReconnect refuses.
      this.#available = false;
      this.#scheduleReconnect();
    };
    client.on('error', drop);
    client.on('end', drop);
    // This session listens on CHANNEL only, so every notification it gets is an append.
    client.on('notification', () => this.#notifyFollowers());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => {});
      await client.end().catch(() => {});
      throw error;
    }
    this.#listener = client;
    this.#available = true;
    this.#reconnectDelay = TIMEOUTS.reconnectMinMs;
    this.#startHeartbeat();
  }

  #scheduleReconnect(): void {
    if (this.#closed || this.#reconnectTimer) return;
    const delay = this.#reconnectDelay;
    this.#reconnectDelay = Math.min(delay * 2, TIMEOUTS.reconnectMaxMs);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = undefined;
      this.#listen().then(
        // Whatever was appended while disconnected is caught up by sequence number.
        () => this.#notifyFollowers(),
        () => {
          this.#available = false;
          this.#scheduleReconnect();
        },
      );
    }, delay);
    this.#reconnectTimer.unref();
  }

  /** A network that fails silently never closes the socket: a periodic query notices it. */
  #startHeartbeat(): void {
    if (this.#heartbeat) return;
    this.#heartbeat = setInterval(() => {
      const listener = this.#listener;
      if (!listener) return;
      listener.query('SELECT 1').catch(() => listener.emit('error', new Error('heartbeat failed')));
    }, TIMEOUTS.heartbeatMs);
    this.#heartbeat.unref();
  }

  isAvailable(): boolean {
    return !this.#closed && this.#available;
  }

  async close(): Promise<void> {
    // Stryker disable next-line ConditionalExpression: closing again only repeats idempotent steps (pg-pool's second end() rejects, and is caught)
    if (this.#closed) return;
    this.#closed = true;
    this.#followers.clear();
    clearTimeout(this.#reconnectTimer);
    clearInterval(this.#heartbeat);
    const listener = this.#listener;
    this.#listener = undefined;
    await Promise.all([listener?.end().catch(() => {}), this.#pool.end().catch(() => {})]);
  }
}
