/**
 * `npm start` under a supervisor: a signal sent to any process of the start command (npm, a
 * shell if there is one, node) must stop the server cleanly, never leave it running orphaned.
 * Each run starts `npm start` for real, as a supervisor would, in its own process group.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SMALL_FIXTURE } from '../graph/fixture.js';
import { freshStore } from './start-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface NpmStart {
  readonly npm: ChildProcess;
  readonly url: string;
  /** The pid the server logged in its `listening on` line. */
  readonly serverPid: number;
  readonly exited: Promise<number | null>;
  readonly output: () => string;
}

const started: ChildProcess[] = [];

async function npmStart(): Promise<NpmStart> {
  const npm = spawn('npm', ['start', '--silent', '--', '--data', SMALL_FIXTURE], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', STORE: freshStore() },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as under a supervisor, and so that cleanup can reach every process.
    detached: true,
  });
  started.push(npm);
  let output = '';
  npm.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  npm.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  const listening = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not listen:\n${output}`)), 60_000);
    npm.stdout?.on('data', () => {
      const line = output.split('\n').find((text) => text.includes('listening on'));
      if (!line) return;
      clearTimeout(timer);
      const { url, pid } = JSON.parse(line) as { url: string; pid: number };
      resolve({ url, pid });
    });
    exited.then((code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return { npm, url: listening.url, serverPid: listening.pid, exited, output: () => output };
}

/** The parent pid of a live process, from /proc (Linux). */
function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name, in parentheses, may hold spaces: the fields after it are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** The processes from npm down to the server, e.g. [npm, node] or [npm, sh, node]. */
function processChain(npmPid: number, serverPid: number): number[] {
  const chain = [serverPid];
  while (chain[0] !== npmPid) {
    const parent = parentOf(chain[0] as number);
    if (parent <= 1) throw new Error(`the server (pid ${serverPid}) does not descend from npm (pid ${npmPid})`);
    chain.unshift(parent);
  }
  return chain;
}

function isRunning(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return false;
  // A zombie has exited and only waits to be reaped.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    return false;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

const QUERY = JSON.stringify({ query: '{ entities { totalCount } }' });

/**
 * A request the server is surely handling when the signal comes: it asks first (Expect:
 * 100-continue), and its body is sent only after the server has invited it and `signal` ran.
 */
function requestInFlightDuring(url: string, signal: () => void): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(QUERY),
        expect: '100-continue',
      },
    });
    req.once('continue', () => {
      signal();
      // Late enough that the shutdown has begun (its log line is written first thing).
      setTimeout(() => req.end(QUERY), 200);
    });
    req.once('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.flushHeaders();
  });
}

afterEach(() => {
  // Whatever a failed run left behind: the whole process group of each npm start.
  for (const npm of started.splice(0)) {
    try {
      if (npm.pid) process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

// Each run starts a server: slow on a busy machine.
describe.skipIf(!existsSync('/proc/self/stat'))('npm start under a supervisor', { timeout: 90_000 }, () => {
  // How many processes the start command has is found at run time; each then gets its own run.
  let chainLength = 0;

  it('runs the server as the process npm started, or below it, and passes `-- --data DIR` on', async () => {
    const run = await npmStart();
    const chain = processChain(run.npm.pid as number, run.serverPid);
    chainLength = chain.length;
    expect(chain[0]).toBe(run.npm.pid);
    expect(chain.at(-1)).toBe(run.serverPid);
    const response = await fetch(run.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entities { totalCount } }' }),
    });
    // The small fixture has 5 entities (the default dataset has far more).
    expect(await response.json()).toEqual({ data: { entities: { totalCount: 5 } } });
  });

  for (const position of [0, 1, 2]) {
    it(`SIGTERM to process ${position} of the chain (0 is npm) stops the server: port closed, exit 0`, async (context) => {
      if (position >= chainLength) context.skip();
      const run = await npmStart();
      const chain = processChain(run.npm.pid as number, run.serverPid);
      const response = await requestInFlightDuring(run.url, () => process.kill(chain[position] as number, 'SIGTERM'));
      expect(response).toEqual({ status: 200, body: JSON.stringify({ data: { entities: { totalCount: 5 } } }) });
      // npm exits with the server's exit code.
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain('SIGTERM: finishing in-flight requests');
      expect(run.output()).toContain('closed; exiting');
      expect(isRunning(run.serverPid)).toBe(false);
      expect(await refusesConnections(run.url)).toBe(true);
    });
  }

  it('Ctrl-C (SIGINT to the whole process group) stops the server once, exit 0', async () => {
    const run = await npmStart();
    const response = await requestInFlightDuring(run.url, () => process.kill(-(run.npm.pid as number), 'SIGINT'));
    expect(response.status).toBe(200);
    expect(await run.exited).toBe(0);
    expect(run.output().match(/SIGINT: finishing in-flight requests/g)).toHaveLength(1);
    expect(isRunning(run.serverPid)).toBe(false);
    expect(await refusesConnections(run.url)).toBe(true);
  });
});

describe('node dist/server.js, compiled by npm run build', () => {
  it('serves, then stops on SIGTERM after its in-flight request, exit 0', async () => {
    await new Promise<void>((resolve, reject) =>
      execFile('npm', ['run', 'build', '--silent'], { cwd: ROOT }, (error, stdout, stderr) =>
        error ? reject(new Error(`npm run build failed:\n${stdout}${stderr}`)) : resolve(),
      ),
    );
    const server = spawn(process.execPath, ['dist/server.js', '--data', SMALL_FIXTURE], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', STORE: freshStore() },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    started.push(server);
    let output = '';
    server.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout?.on('data', () => {
        const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      exited.then((code) => reject(new Error(`dist/server.js exited with ${code}:\n${output}`)));
    });
    const response = await requestInFlightDuring(url, () => server.kill('SIGTERM'));
    expect(response).toEqual({ status: 200, body: JSON.stringify({ data: { entities: { totalCount: 5 } } }) });
    expect(await exited).toBe(0);
    expect(await refusesConnections(url)).toBe(true);
  }, 240_000);
});
