/** Structured logs: one JSON object a line on stdout (pino), each request's lines carrying its id. */
import { randomUUID } from 'node:crypto';
import type { YogaLogger } from 'graphql-yoga';
import { type Logger, pino } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Log lines held in memory while stdout is slow; past it, lines are dropped, not memory. */
const MAX_BUFFERED_BYTES = 16 * 1_048_576;
/** Lines are gathered, as bytes, until this many wait (or the next periodic flush), then written at once. */
const WRITE_BATCH_BYTES = 65_536;
/** At most this long between a line and its write, however quiet the server. */
const FLUSH_EVERY_MS = 100;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a surrogate pair: 4 for 2). */
const MAX_UTF8_BYTES_PER_UNIT = 3;

/** Sonic-boom in its buffer mode: its `write` takes bytes (its types say a string). */
interface ByteDestination {
  /** -1 until its file is open. */
  readonly fd: number;
  write(bytes: Buffer): boolean;
  flush(done?: (error?: Error) => void): void;
  flushSync(): void;
}

/**
 * Lines gathered into batches of bytes in front of sonic-boom (pino's asynchronous destination,
 * in its buffer mode), which then gets one write per batch. Sonic-boom batches strings too, but
 * measures the whole text it holds on every line it is given (`Buffer.byteLength`, 5 µs a line
 * as measured here, more than pino's own work); a batch joined as a string is a rope of every
 * piece of every line, whose flattening when written cost about 1 µs per request on the wire
 * (as profiled with `perf`). Each line is encoded into the batch as it comes instead. Each file write costs 15 to 25
 * µs of CPU whatever its size up to 16 KB, and each hands the bytes to a thread of libuv's pool
 * (waking it is most of a write's cost to the server, as profiled with `perf`: 0.5 µs a request
 * with 16 KB batches): batches are four times that. Lines wait at most FLUSH_EVERY_MS whatever
 * the size. Flushed every FLUSH_EVERY_MS, on `logger.flush` and when the process exits.
 */
class BatchedLines {
  #batch = Buffer.allocUnsafe(WRITE_BATCH_BYTES);
  #used = 0;

  constructor(readonly destination: ByteDestination) {
    setInterval(() => this.#push(), FLUSH_EVERY_MS).unref();
    // After pino's own exit handler or before it, what waits here is written synchronously.
    process.once('exit', () => this.flushSync());
  }

  write(line: string): void {
    const room = WRITE_BATCH_BYTES - this.#used;
    // Counted exactly only when the bound says it might not fit (0: it fits).
    const bytes = line.length * MAX_UTF8_BYTES_PER_UNIT > room ? Buffer.byteLength(line) : 0;
    if (bytes > room) {
      this.#push();
      // A line longer than a batch is written as it is, after what came before it.
      if (bytes > WRITE_BATCH_BYTES) {
        this.destination.write(Buffer.from(line));
        return;
      }
    }
    this.#used += this.#batch.write(line, this.#used);
  }

  /** What pino's `logger.flush(done)` calls: `done` once every line so far is written. */
  flush(done?: (error?: Error) => void): void {
    this.#push();
    this.destination.flush(done);
  }

  flushSync(): void {
    this.#push();
    // Sonic-boom throws while its file is not open yet (it writes what it holds once open).
    if (this.destination.fd >= 0) this.destination.flushSync();
  }

  #push(): void {
    if (this.#used === 0) return;
    // Sonic-boom keeps the bytes until they are written: the next batch gets a buffer of its own.
    this.destination.write(this.#batch.subarray(0, this.#used));
    this.#batch = Buffer.allocUnsafe(WRITE_BATCH_BYTES);
    this.#used = 0;
  }
}

/**
 * Writes asynchronously (a slow reader of stdout never stalls requests), in batches, into a
 * bounded buffer (nor does it grow the heap without end). `logger.flush(done)` before exiting; what
 * is left is also written when the process exits.
 */
export function createLogger(level: LogLevel = 'info'): Logger {
  const destination = pino.destination({
    dest: 1,
    sync: false,
    // Each batch written as soon as it comes (BatchedLines batches); not 0, under which its
    // `flush(done)` calls back at once rather than once the write in flight is done.
    minLength: 1,
    maxLength: MAX_BUFFERED_BYTES,
    // Given batches of bytes (BatchedLines), not strings, each written in one piece.
    contentMode: 'buffer',
    maxWrite: WRITE_BATCH_BYTES,
  });
  return pino(
    { level, base: { service: 'amptp-knowledge-graph' } },
    new BatchedLines(destination as unknown as ByteDestination),
  );
}

/** A logger that writes nothing: the default of `createYogaApp`, so tests stay quiet. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The id of a request: the caller's `x-request-id` when it is a plausible id (letters, digits and
 * `._:-`, up to 128 characters, so it cannot forge log lines), else a new UUID.
 */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** Yoga's own messages (e.g. the original of a masked error, with its stack) into the same log. */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, first.message);
      else logger[level]([first, ...rest].map(String).join(' '));
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

/**
 * What a `request` log line says (src/http/request-log.ts writes it through pino), in the order
 * its fields are written: `operation` when the request named one, `errors` (their codes) when the
 * answer has any, `cached` for an answer replayed from the response cache.
 */
export interface RequestLine {
  readonly reqId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
  readonly operation?: string;
  readonly errors?: readonly string[];
  readonly cached?: true;
}

const {
  asJsonSym,
  chindingsSym,
  endSym,
  hooksSym,
  lsCacheSym,
  mixinSym,
  msgPrefixSym,
  needsMetadataGsym,
  streamSym,
  timeSym,
} = pino.symbols as typeof pino.symbols & { readonly endSym: symbol; readonly msgPrefixSym: symbol };

/** The line's fields after the time and bindings, as pino writes them (fields left undefined are left out). */
function renderFields(line: RequestLine): string {
  let text = `,"reqId":${JSON.stringify(line.reqId)},"method":${JSON.stringify(line.method)},"path":${JSON.stringify(line.path)},"status":${line.status},"ms":${line.ms}`;
  if (line.operation !== undefined) text += `,"operation":${JSON.stringify(line.operation)}`;
  if (line.errors !== undefined) text += `,"errors":${JSON.stringify(line.errors)}`;
  if (line.cached) text += ',"cached":true';
  return text;
}

/**
 * Writes `request` lines at info: `logger.info(line, 'request')`, the same line to the same
 * destination (so its batching and the flush on exit hold), with less work: pino's call copies and
 * walks the object, looks up serialisers and escapes every key (4.5% of a cache hit's busy time
 * as profiled, against 3.3% for this), where this writes the line from pino's own pieces (level,
 * time, bindings, line end, read at each call) and the fields in pino's order. For the lines the
 * fast path writes itself: a replayed answer, a direct one (src/http/fast-path.ts). It is used
 * only when probe lines written both ways come out the same and the logger has nothing that
 * acts at call time (hooks, mixin, message prefix, a destination that wants metadata); else it
 * calls pino.
 */
export function requestLineWriter(logger: Logger): (line: RequestLine) => void {
  const viaPino = (line: RequestLine) => logger.info(line, 'request');
  const internals = logger as unknown as Record<symbol, unknown>;
  const hooks = internals[hooksSym] as { logMethod?: unknown; streamWrite?: unknown } | undefined;
  const stream = internals[streamSym] as ({ write(line: string): unknown } & Record<symbol, unknown>) | undefined;
  const info = logger.levels.values.info as number;
  const render = (time: string, line: RequestLine) =>
    `${(internals[lsCacheSym] as Record<number, string>)[info]}${time}${internals[chindingsSym] as string}${renderFields(line)},"msg":"request"${internals[endSym] as string}`;
  if (
    stream === undefined ||
    hooks?.logMethod ||
    hooks?.streamWrite ||
    internals[mixinSym] ||
    typeof internals[msgPrefixSym] === 'string' ||
    stream[needsMetadataGsym]
  ) {
    return viaPino;
  }
  const time = () => (internals[timeSym] as () => string).call(logger);
  const probes: RequestLine[] = [
    { reqId: 'probe-1', method: 'GET', path: '/graphql', status: 200, ms: 0.5, cached: true },
    { reqId: 'probe-2', method: 'POST', path: '/graphql', status: 400, ms: 1, operation: 'Probe', errors: ['X'] },
  ];
  const at = time();
  const asJson = internals[asJsonSym] as (...args: unknown[]) => string;
  if (probes.some((probe) => render(at, probe) !== asJson.call(logger, probe, 'request', info, at))) return viaPino;
  return (line) => {
    if (logger.levelVal <= info) stream.write(render(time(), line));
  };
}
