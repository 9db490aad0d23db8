/**
 * The change log in an SQLite file (better-sqlite3), for one machine: WAL mode, and every append
 * is committed (synchronous=FULL) before it is acknowledged, so a `kill -9` at any moment leaves
 * each change either whole or absent. Each row carries a checksum of its content, and opening
 * runs SQLite's own integrity check, so a damaged file is refused rather than read as a
 * different history. Other processes may read the file while a server has it open (`kg export`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  type AppendResult,
  CHANGE_OPERATIONS,
  type Change,
  type ChangeDraft,
  type ChangeLog,
  type ChangeOperation,
  StoreError,
} from './change-log.js';

interface ChangeRow {
  seq: number;
  at: string;
  actor: string;
  operation: string;
  key: string;
  payload: string;
  reason: string;
  checksum: string;
}

const FORMAT = 1;

/** What a row's checksum covers: every column but the checksum, in a fixed order. */
export function checksumOf(row: Omit<ChangeRow, 'checksum'>): string {
  return createHash('sha256')
    .update(JSON.stringify([row.seq, row.at, row.actor, row.operation, row.key, row.payload, row.reason]))
    .digest('hex');
}

/** Turns a stored row back into a change, refusing one whose content no longer matches its checksum. */
export function changeFromRow(row: ChangeRow, where: string): Change {
  if (checksumOf(row) !== row.checksum) {
    throw new StoreError(`${where}: change ${row.seq} does not match its checksum: the store is damaged`);
  }
  if (!(CHANGE_OPERATIONS as readonly string[]).includes(row.operation)) {
    throw new StoreError(`${where}: change ${row.seq} has an unknown operation "${row.operation}"`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(row.payload);
  } catch {
    throw new StoreError(`${where}: change ${row.seq} has a payload that is not JSON`);
  }
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    operation: row.operation as ChangeOperation,
    key: row.key,
    payload: payload as Record<string, unknown>,
    reason: row.reason,
  };
}

/** Checks that sequence numbers run 1, 2, 3, ... from `first`; a gap means a damaged store. */
export function checkSequence(changes: readonly Change[], after: number, where: string): void {
  changes.forEach((change, index) => {
    if (change.seq !== after + index + 1) {
      throw new StoreError(`${where}: expected change ${after + index + 1}, found ${change.seq}: the store is damaged`);
    }
  });
}

export class SqliteChangeLog implements ChangeLog {
  readonly description: string;
  readonly #db: Database.Database;
  readonly #path: string;

  private constructor(db: Database.Database, path: string) {
    this.#db = db;
    this.#path = path;
    this.description = `sqlite ${path}`;
  }

  /**
   * Opens (creating when absent, unless `readonly`) and checks the store; StoreError when the file
   * is not a store of ours or is damaged.
   */
  static open(path: string, { readonly = false }: { readonly?: boolean } = {}): SqliteChangeLog {
    let db: Database.Database;
    try {
      if (!readonly) mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { readonly, fileMustExist: readonly });
    } catch (error) {
      throw new StoreError(`cannot open the store ${path}: ${(error as Error).message}`);
    }
    try {
      if (!readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
      }
      db.pragma('busy_timeout = 5000');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new StoreError(`the store ${path} is damaged (SQLite quick_check: ${String(check)})`);
      if (!readonly) {
        db.exec(`CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
          CREATE TABLE IF NOT EXISTS changes (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, operation TEXT NOT NULL,
            key TEXT NOT NULL, payload TEXT NOT NULL, reason TEXT NOT NULL, checksum TEXT NOT NULL);`);
        db.prepare('INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)').run('format', String(FORMAT));
      }
      const format = db.prepare("SELECT value FROM meta WHERE name = 'format'").pluck().get();
      if (format !== String(FORMAT)) {
        throw new StoreError(`the store ${path} has format ${String(format)}, this server reads format ${FORMAT}`);
      }
      const log = new SqliteChangeLog(db, path);
      // Read once through: every checksum and the sequence are checked before anything is served.
      log.#readAfterSync(0);
      return log;
    } catch (error) {
      db.close();
      if (error instanceof StoreError) throw error;
      throw new StoreError(`the store ${path} cannot be read: ${(error as Error).message}`);
    }
  }

  #readAfterSync(afterSeq: number): Change[] {
    const rows = this.#db.prepare('SELECT * FROM changes WHERE seq > ? ORDER BY seq').all(afterSeq) as ChangeRow[];
    const changes = rows.map((row) => changeFromRow(row, this.#path));
    checkSequence(changes, afterSeq, this.#path);
    return changes;
  }

  async readAfter(afterSeq: number): Promise<Change[]> {
    return this.#readAfterSync(afterSeq);
  }

  async append(afterSeq: number, prepare: (missed: readonly Change[]) => ChangeDraft): Promise<AppendResult> {
    // IMMEDIATE: the write lock is taken before reading, so two processes on one file serialise.
    const run = this.#db.transaction((): AppendResult => {
      const missed = this.#readAfterSync(afterSeq);
      const draft = prepare(missed);
      const seq = afterSeq + missed.length + 1;
      const row = {
        seq,
        at: new Date().toISOString(),
        actor: draft.actor,
        operation: draft.operation,
        key: draft.key,
        payload: JSON.stringify(draft.payload),
        reason: draft.reason,
      };
      this.#db
        .prepare(
          'INSERT INTO changes (seq, at, actor, operation, key, payload, reason, checksum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(row.seq, row.at, row.actor, row.operation, row.key, row.payload, row.reason, checksumOf(row));
      return { missed, change: { ...draft, seq, at: row.at } };
    });
    return run.immediate();
  }

  follow(): () => void {
    return () => {};
  }

  isAvailable(): boolean {
    return this.#db.open;
  }

  async close(): Promise<void> {
    // Stryker disable next-line ConditionalExpression: better-sqlite3's close() on a closed database does nothing
    if (this.#db.open) this.#db.close();
  }
}
