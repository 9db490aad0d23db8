/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temporary directory, a server on a free
 * port of 127.0.0.1, trust authentication, removed at the end. PostgreSQL refuses to run as root,
 * so under root every command runs as the `postgres` user (runuser), which owns the directory.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ChangeDraft } from '../../src/store/change-log.js';

const run = promisify(execFile);

export const INSTALL_HINT = 'install PostgreSQL (Debian/Ubuntu: `apt-get install -y postgresql`) to run them';

/** The directory holding initdb and pg_ctl: the PATH first, then Debian's versioned directories. */
function binaryDirectory(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join('/usr/lib/postgresql', version, 'bin'))
    : [];
  return [...onPath, ...debian].find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

const runsAsRoot = process.getuid?.() === 0;

/** Why the PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  if (!binaryDirectory()) return `PostgreSQL server binaries (initdb, pg_ctl) not found: ${INSTALL_HINT}`;
  if (runsAsRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return `running as root and there is no \`postgres\` user to run the server as: ${INSTALL_HINT}`;
  }
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface PgCluster {
  readonly port: number;
  /** A URL for a database of this cluster (the `postgres` database unless named). */
  url(database?: string): string;
  /** Creates an empty database of its own for one test and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown: open connections are closed); the data stays. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes everything. */
  destroy(): Promise<void>;
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = binaryDirectory();
  if (!bin) throw new Error(`PostgreSQL server binaries not found: ${INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'kg-pg-'));
  if (runsAsRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();
  const command = (tool: string, args: string[]) => {
    const file = join(bin, tool);
    return runsAsRoot ? { file: 'runuser', args: ['-u', 'postgres', '--', file, ...args] } : { file, args };
  };
  const pgCtl = async (args: string[]) => {
    const { file, args: all } = command('pg_ctl', ['-D', data, ...args]);
    try {
      await run(file, all, { cwd: dir });
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      throw new Error(`pg_ctl ${args.at(-1)} failed: ${(error as Error).message}\n${log}`);
    }
  };
  // Stops the server even when the test run ends abruptly, so no postgres outlives it.
  const stopNow = () => {
    const { file, args } = command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    spawnSync(file, args, { cwd: dir, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);

  const init = command('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  await run(init.file, init.args, { cwd: dir });
  // fsync off: a throwaway cluster has nothing to keep across a crash of this machine.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => pgCtl(['-l', logFile, '-w', '-t', '60', '-o', options, 'start']);
  await start();

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let databases = 0;
  return {
    port,
    url,
    async createDatabase() {
      databases += 1;
      const name = `kg_test_${databases}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: () => pgCtl(['-m', 'fast', '-w', 'stop']),
    start,
    async destroy() {
      process.removeListener('exit', stopNow);
      await pgCtl(['-m', 'fast', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A describe block with a running cluster. Without PostgreSQL the block is skipped with a plain
 * message saying how to install it; on CI (CI=true) it fails instead, so CI never passes by skipping.
 */
export function describeWithPostgres(name: string, body: (cluster: () => PgCluster) => void): void {
  const missing = postgresMissing();
  if (missing && process.env.CI === 'true') {
    describe(name, () => {
      it('has PostgreSQL to run against', () => {
        throw new Error(`CI=true and ${missing}`);
      });
    });
    return;
  }
  if (missing) {
    console.warn(`Skipped the PostgreSQL tests "${name}": ${missing}.`);
    describe.skip(`${name} (skipped: ${missing})`, () => body(() => undefined as never));
    return;
  }
  describe(name, () => {
    let cluster: PgCluster | undefined;
    beforeAll(async () => {
      cluster = await startPgCluster();
    }, 90_000);
    afterAll(async () => {
      await cluster?.destroy();
    }, 60_000);
    body(() => {
      if (!cluster) throw new Error('the PostgreSQL cluster did not start');
      return cluster;
    });
  });
}

/** The n-th change an actor appends in these tests: a new source, its key naming both. */
export function draft(actor: string, n: number): ChangeDraft {
  return {
    operation: 'ADD_SOURCE',
    key: `${actor}-source-${n}`,
    payload: { title: `Source ${n} from ${actor}`, url: `https://example.org/${actor}/${n}` },
    actor,
    reason: `test change ${n}`,
  };
}

/** One statement on a connection of its own, outside the store under test. */
export async function sql(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}
