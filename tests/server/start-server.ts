/** Boots the real entry point (`src/server.ts`) as a child process on a free port. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningServer {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves with the exit code once the process ends. */
  readonly exited: Promise<number | null>;
}

/** A store of its own for each server a test starts (unless the test names one): tests never share a change log. */
export function freshStore(): string {
  return join(mkdtempSync(join(tmpdir(), 'kg-store-')), 'kg.sqlite');
}

export function spawnServer(args: string[] = [], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', STORE: freshStore(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

export async function startServer(args: string[] = [], env: Record<string, string> = {}): Promise<RunningServer> {
  const { child, exited, output } = spawnServer(args, env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running: nothing else holds this process once the test has failed.
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 60 s:\n${output()}`));
    }, 60_000);
    child.stdout?.on('data', () => {
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    exited.then((code) => reject(new Error(`server exited with ${code}:\n${output()}`)));
  });
  return { url, child, exited, output };
}
