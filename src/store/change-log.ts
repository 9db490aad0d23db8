/**
 * The durable, append-only log of changes made through the API: the one interface the server
 * writes through, whatever keeps it (src/store/sqlite.ts for one machine, src/store/postgres.ts for
 * replicas sharing one database). The dataset directory is the starting point; the log replayed
 * over it in sequence order gives the graph. Sequence numbers are 1, 2, 3, ... without gaps.
 */

export const CHANGE_OPERATIONS = [
  'ADD_ENTITY',
  'UPDATE_ENTITY',
  'ADD_RELATION',
  'UPDATE_RELATION',
  'RETRACT_RELATION',
  'ADD_SOURCE',
] as const;

export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** A change before it is committed. */
export interface ChangeDraft {
  readonly operation: ChangeOperation;
  /** The slug of the entity, or the key of the relation or source, the change is about. */
  readonly key: string;
  /**
   * What the change says, in the data files' shapes: the whole record for ADD_*, the fields given
   * (null clears one) for UPDATE_*, `{}` for RETRACT_RELATION.
   */
  readonly payload: Readonly<Record<string, unknown>>;
  /** Who made it (the actor named by the write token). */
  readonly actor: string;
  readonly reason: string;
}

/** A committed change. */
export interface Change extends ChangeDraft {
  readonly seq: number;
  /** When it was committed, an ISO-8601 instant. */
  readonly at: string;
}

export interface AppendResult {
  /** Changes others committed after the `afterSeq` given, applied by `prepare` before the new one. */
  readonly missed: readonly Change[];
  readonly change: Change;
}

export interface ChangeLog {
  /** For logs and errors: what kind of store, and where (never a password). */
  readonly description: string;
  /** Every committed change with a sequence number above `afterSeq`, oldest first. */
  readAfter(afterSeq: number): Promise<Change[]>;
  /**
   * Appends one change under the log's write lock, so that sequence numbers commit in order:
   * `prepare` gets the changes committed after `afterSeq` by others (the caller applies them,
   * then validates its own change against the result) and returns the draft to append, or
   * throws to append nothing (the error is passed on). Resolves once the change is durable.
   */
  append(afterSeq: number, prepare: (missed: readonly Change[]) => ChangeDraft): Promise<AppendResult>;
  /**
   * Calls `onAppended` whenever another process may have appended (a shared store); returns a
   * function that stops following. A store only this process writes never calls it.
   */
  follow(onAppended: () => void): () => void;
  /** Whether the store can take writes now (false while a shared database is unreachable). */
  isAvailable(): boolean;
  close(): Promise<void>;
}

/** The store cannot be opened, or is damaged: the server refuses to start rather than serve a different graph. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The store cannot take writes right now (a shared database is unreachable); reads go on. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
