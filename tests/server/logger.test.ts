/**
 * The logger's two shortcuts: the request line the fast path writes (a replayed answer, a direct
 * one), written without pino's call but the same line pino writes; and the batches in front of stdout, written out on `flush` and
 * when the process exits. Lines are compared with what pino itself writes for the same call.
 */
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { type Logger, pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { type RequestLine, requestLineWriter } from '../../src/logger.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A logger built by `build` over a stream that keeps every line as written. */
function capturing(build: (stream: Writable) => Logger): { logger: Logger; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written.push(String(chunk));
      done();
    },
  });
  return { logger: build(stream), written };
}

const request: RequestLine = { reqId: 'req-7', method: 'POST', path: '/graphql', status: 200, ms: 0.3, cached: true };
/** Each optional field present or not, and strings pino escapes. */
const lines: Record<string, RequestLine> = {
  'a replayed answer': request,
  'an executed answer with an operation': { ...request, cached: undefined, operation: 'Entity "quoted" é\u2028' },
  'an answer with errors': { ...request, cached: undefined, status: 400, errors: ['BAD_USER_INPUT', 'NOT_FOUND'] },
  'every field': {
    reqId: 'r',
    method: 'GET',
    path: '/graphql',
    status: 200,
    ms: 1,
    operation: 'Op',
    errors: ['X'],
    cached: true,
  },
};
/** A line with its `"time":N` set to 0, so that two lines written a millisecond apart compare. */
const timeless = (line: string) => line.replace(/"time":("[^"]*"|\d+)/, '"time":0');

describe('the request line written without pino', () => {
  const loggers: Record<string, (stream: Writable) => Logger> = {
    'pino defaults (pid, hostname)': (stream) => pino(stream),
    'the server’s base fields': (stream) => pino({ base: { service: 'amptp-knowledge-graph' } }, stream),
    'a child with bindings': (stream) => pino(stream).child({ replica: 'b', 'odd "key"': 1 }),
    'a mixin, a message prefix and a log hook (pino writes them)': (stream) =>
      pino(
        {
          mixin: () => ({ mixed: true }),
          msgPrefix: '[kg] ',
          hooks: {
            logMethod(args, method) {
              method.apply(this, args);
            },
          },
        },
        stream,
      ),
    'a level formatter and a custom time': (stream) =>
      pino(
        { formatters: { level: (label) => ({ severity: label }) }, timestamp: pino.stdTimeFunctions.isoTime },
        stream,
      ),
  };

  for (const [name, build] of Object.entries(loggers)) {
    for (const [what, line] of Object.entries(lines)) {
      it(`is the line pino writes for it: ${what}, ${name}`, () => {
        const { logger, written } = capturing(build);
        requestLineWriter(logger)(line);
        logger.info(line, 'request');
        expect(written).toHaveLength(2);
        const [ours, pinos] = written as [string, string];
        expect(timeless(ours)).toBe(timeless(pinos));
        expect(JSON.parse(ours)).toMatchObject(JSON.parse(JSON.stringify(line)));
      });
    }
  }

  it('a child’s bindings set later are in the line', () => {
    const { logger, written } = capturing((stream) => pino(stream).child({ replica: 'a' }));
    const log = requestLineWriter(logger);
    logger.setBindings({ replica: 'c' });
    log(request);
    expect(JSON.parse(written[0] as string)).toMatchObject({ replica: 'c', reqId: 'req-7', cached: true });
  });

  it('follows the level: nothing below it, written again once lowered', () => {
    const { logger, written } = capturing((stream) => pino({ level: 'warn' }, stream));
    const log = requestLineWriter(logger);
    log(request);
    expect(written).toEqual([]);
    logger.level = 'info';
    log(request);
    expect(written).toHaveLength(1);
  });
});

describe('the server’s logger (createLogger)', () => {
  /** Runs a script against src/logger.ts in a process of its own, stdout captured. */
  const run = (script: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  // A batch in flight when the process exits may land after the ones written at exit (sonic-boom
  // cannot wait for it then): every line is there, not necessarily in order.
  it('writes every line logged before the process exits, even without a flush', () => {
    const { stdout, status } = run(`
      import { createLogger } from './src/logger.ts';
      const logger = createLogger('info');
      for (let i = 0; i < 500; i++) logger.info({ n: i }, 'line');
      process.exit(0);
    `);
    expect(status).toBe(0);
    const numbers = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { n: number }).n)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('writes every line whole and in order, a line longer than a batch and text of multi-byte characters among them', () => {
    const { stdout, status } = run(`
      import { createLogger } from './src/logger.ts';
      const logger = createLogger('info');
      logger.info({ n: 0, text: 'x'.repeat(100000) }, 'long');
      for (let n = 1; n < 400; n++) logger.info({ n, text: 'é€😀'.repeat(n) }, 'line');
      logger.flush(() => process.exit(0));
    `);
    expect(status).toBe(0);
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { n: number; text: string });
    expect(lines.map((line) => line.n)).toEqual(Array.from({ length: 400 }, (_, n) => n));
    expect(lines[0]?.text).toBe('x'.repeat(100000));
    for (const line of lines.slice(1)) expect(line.text).toBe('é€😀'.repeat(line.n));
  });

  it('has written every line when flush calls back', () => {
    const { stdout, status } = run(`
      import { writeSync } from 'node:fs';
      import { createLogger } from './src/logger.ts';
      const logger = createLogger('info');
      logger.info({ n: 1 }, 'first');
      logger.info({ n: 2 }, 'second');
      logger.flush(() => {
        writeSync(1, 'flushed\\n');
        // Exits before any periodic write: what is above was written by the flush.
        process.kill(process.pid, 'SIGKILL');
      });
    `);
    expect(status).toBeNull();
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringContaining('"msg":"first"'),
      expect.stringContaining('"msg":"second"'),
      'flushed',
    ]);
  });
});
