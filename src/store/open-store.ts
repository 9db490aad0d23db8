/** Picks the store from its setting: a `postgres://` or `postgresql://` URL, else an SQLite file path. */
import type { ChangeLog } from './change-log.js';
import { SqliteChangeLog } from './sqlite.js';

export async function openChangeLog(spec: string, options: { readonly?: boolean } = {}): Promise<ChangeLog> {
  return SqliteChangeLog.open(spec, options);
}
