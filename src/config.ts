/**
 * The server's settings, from the environment and the command line (the README's configuration
 * table lists them). A malformed value is an error naming the variable, never a silent default.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WriteTokens } from './http/write-tokens.js';
import { REQUEST_LIMITS } from './limits.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const DEFAULT_STORE = fileURLToPath(new URL('../var/kg.sqlite', import.meta.url));
const DEFAULT_SNAPSHOTS = fileURLToPath(new URL('../var/snapshots', import.meta.url));

export interface Config {
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  /** NODE_ENV=production. */
  readonly production: boolean;
  readonly graphiql: boolean;
  /** The visual explorer on /explore: on in production too (it only uses the public API). */
  readonly explorer: boolean;
  readonly introspection: boolean;
  readonly logLevel: LogLevel;
  readonly deadlineMs: number;
  readonly maxBodyBytes: number;
  readonly shutdownGraceMs: number;
  readonly responseCacheEntries: number;
  /** Serve Prometheus metrics on GET /metrics (METRICS; on by default when METRICS_TOKEN is set). */
  readonly metrics: boolean;
  /** The bearer token GET /metrics requires (METRICS_TOKEN), or null for none. */
  readonly metricsToken: string | null;
  /** Also an Apollo Federation v2 subgraph (FEDERATION). */
  readonly federation: boolean;
  readonly responseCacheBytes: number;
  /** The change log: an SQLite file path, or a postgres:// URL. */
  readonly store: string;
  /** Who may write (WRITE_TOKENS); none configured: read-only. */
  readonly writeTokens: WriteTokens;
  /** Change streams (Subscription.changes) open at once. */
  readonly maxChangeStreams: number;
  /** Where a large dataset's validated snapshot is kept (SNAPSHOT_DIR); null (`off`): validate at every start. */
  readonly snapshotDir: string | null;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return raw as LogLevel;
}

/** Long enough that guessing it over HTTP is hopeless. */
const MIN_TOKEN_LENGTH = 16;

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_TOKEN_LENGTH || /\s/.test(raw)) {
    throw new ConfigError(`METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters with no spaces`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env, argv: string[] = process.argv.slice(2)): Config {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, store: { type: 'string' } } });
  let writeTokens: WriteTokens;
  try {
    writeTokens = WriteTokens.parse(env.WRITE_TOKENS);
  } catch (error) {
    throw new ConfigError(`WRITE_TOKENS must be comma-separated actor=token pairs: ${(error as Error).message}`);
  }
  const production = env.NODE_ENV === 'production';
  const token = metricsToken(env);
  return {
    dataDir: values.data ?? env.DATA_DIR ?? DEFAULT_DATA_DIR,
    port: integer(env, 'PORT', 4000, 0, 65_535),
    host: env.HOST || '127.0.0.1',
    production,
    graphiql: boolean(env, 'GRAPHIQL', !production),
    explorer: boolean(env, 'EXPLORER', true),
    introspection: boolean(env, 'INTROSPECTION', !production),
    logLevel: logLevel(env),
    deadlineMs: integer(env, 'DEADLINE_MS', REQUEST_LIMITS.deadlineMs, 1, 600_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', REQUEST_LIMITS.maxBodyBytes, 1_024, 100 * 1_048_576),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    responseCacheEntries: integer(env, 'RESPONSE_CACHE_ENTRIES', REQUEST_LIMITS.responseCacheEntries, 0, 1_000_000),
    metrics: boolean(env, 'METRICS', token !== null),
    metricsToken: token,
    federation: boolean(env, 'FEDERATION', false),
    responseCacheBytes: integer(env, 'RESPONSE_CACHE_BYTES', REQUEST_LIMITS.responseCacheBytes, 0, 16 * 1_073_741_824),
    store: values.store ?? (env.STORE || DEFAULT_STORE),
    writeTokens,
    maxChangeStreams: integer(env, 'MAX_CHANGE_STREAMS', REQUEST_LIMITS.maxChangeStreams, 0, 100_000),
    snapshotDir: env.SNAPSHOT_DIR === 'off' ? null : env.SNAPSHOT_DIR || DEFAULT_SNAPSHOTS,
  };
}
