/** Picks the store from its setting: a `postgres://` or `postgresql://` URL, else an SQLite file path. */
import type { ChangeLog } from './change-log.js';
import { PostgresChangeLog } from './postgres.js';
import { SqliteChangeLog } from './sqlite.js';

function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export async function openChangeLog(spec: string, options: { readonly?: boolean } = {}): Promise<ChangeLog> {
  if (isPostgresUrl(spec)) return PostgresChangeLog.open(spec, options);
  return SqliteChangeLog.open(spec, options);
}
