/**
 * Starting and stopping the servers of the HTTP bench as child processes, timing their start and
 * reading their memory from /proc (Linux; elsewhere the memory figures are NaN).
 *
 * A server's stdout and stderr go to a log file, not a pipe: our server logs a JSON line per
 * request, and a file costs the bench process nothing while it generates load. The bench polls
 * the file for the `listening on http://…` line every few milliseconds.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildServer } from '../../scripts/build.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the bench's own servers (the peers) are compiled to. */
const COMPILED_PEERS = join(ROOT, 'bench', 'generated', 'servers');

/**
 * Every server of the bench compiled as ours is deployed, none run through tsx (whose keepNames
 * costs a request CPU, see scripts/build.ts): ours by `npm run build` into dist/, each peer
 * (mercurius, the ceiling) bundled by esbuild with its imports of src/, node_modules left out.
 * Returns the script to give node for each peer, by its file name (`mercurius`, `ceiling`). Done
 * once per bench run, whichever sections ask.
 */
export function compileServers(): Promise<CompiledPeers> {
  compiled ??= compile();
  return compiled;
}
type CompiledPeers = Record<'mercurius' | 'ceiling', string>;
let compiled: Promise<CompiledPeers> | undefined;

async function compile(): Promise<CompiledPeers> {
  await buildServer();
  const peers = { mercurius: join(COMPILED_PEERS, 'mercurius.mjs'), ceiling: join(COMPILED_PEERS, 'ceiling.mjs') };
  for (const [name, outfile] of Object.entries(peers)) {
    await build({
      entryPoints: [join(ROOT, 'bench', 'servers', `${name}.ts`)],
      outfile,
      bundle: true,
      packages: 'external',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
  }
  return peers;
}

const LISTENING = /listening on (http:\/\/[^\s"]+)/;
const POLL_MS = 5;

export interface ServerCommand {
  readonly name: string;
  /** Arguments to node, script first (relative to the repository root). */
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

export interface MemoryFigures {
  /** Resident set size now, bytes. */
  readonly rss: number;
  /** Peak resident set size so far, bytes. */
  readonly peakRss: number;
}

export interface RunningServer {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** From spawn to the `listening on` line, milliseconds. */
  readonly startMs: number;
  /** Right after the `listening on` line. */
  readonly startMemory: MemoryFigures;
  readonly logFile: string;
  memory(): MemoryFigures;
  /** CPU time used so far, milliseconds. */
  cpuMs(): number;
  /** SIGTERM, then the exit code (SIGKILL after `graceMs`, and a null code). */
  stop(graceMs?: number): Promise<number | null>;
}

/** VmRSS and VmHWM of a process, from /proc/PID/status. */
export function processMemory(pid: number): MemoryFigures {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field: string) => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] ? Number(match[1]) * 1024 : Number.NaN;
    };
    return { rss: kB('VmRSS'), peakRss: kB('VmHWM') };
  } catch {
    return { rss: Number.NaN, peakRss: Number.NaN };
  }
}

let clockTicks: number | null = null;

/** User + system CPU time a process has used so far, in milliseconds, from /proc/PID/stat (NaN elsewhere). */
export function processCpuMs(pid: number): number {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: state is the first.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return Number.NaN;
  }
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Spawns `node ARGS` with stdout and stderr to `logFile`, and resolves once it prints its URL. */
export async function startServer(
  command: ServerCommand,
  logFile: string,
  timeoutMs = 300_000,
): Promise<RunningServer> {
  const log = openSync(logFile, 'w');
  const started = performance.now();
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, command.args, {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...command.env },
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const poll = () => {
      const match = LISTENING.exec(readLog(logFile));
      if (match?.[1]) return resolve(match[1]);
      if (exitCode !== undefined) {
        return reject(new Error(`${command.name} exited with ${exitCode} before listening:\n${readLog(logFile)}`));
      }
      if (performance.now() - started > timeoutMs) {
        child.kill('SIGKILL');
        return reject(new Error(`${command.name} did not listen within ${timeoutMs / 1000} s:\n${readLog(logFile)}`));
      }
      setTimeout(poll, POLL_MS);
    };
    poll();
  });
  const startMs = performance.now() - started;
  const pid = child.pid as number;

  return {
    name: command.name,
    url,
    pid,
    startMs,
    startMemory: processMemory(pid),
    logFile,
    memory: () => processMemory(pid),
    cpuMs: () => processCpuMs(pid),
    async stop(graceMs = 20_000) {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Stops a server, removes its log, and says so when it did not exit cleanly. */
export async function stopServer(server: RunningServer): Promise<void> {
  const code = await server.stop();
  if (code !== 0) {
    const tail = readLog(server.logFile).split('\n').slice(-5).join('\n');
    console.log(`  warning: ${server.name} exited with ${code ?? 'a signal'} on SIGTERM; last log lines:\n${tail}`);
  }
  rmSync(server.logFile, { force: true });
}
