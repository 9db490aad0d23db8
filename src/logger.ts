/** Structured logs: one JSON object a line on stdout (pino), each request's lines carrying its id. */
import { randomUUID } from 'node:crypto';
import type { YogaLogger } from 'graphql-yoga';
import { type Logger, pino } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Log lines held in memory while stdout is slow; past it, lines are dropped, not memory. */
const MAX_BUFFERED_BYTES = 16 * 1_048_576;
/**
 * Lines are written out once this many bytes are waiting (or at the next periodic flush): one
 * write per few dozen request lines rather than one per line, which cost 6% of a cache hit's CPU.
 */
const WRITE_BATCH_BYTES = 4_096;
/** At most this long between a line and its write, however quiet the server. */
const FLUSH_EVERY_MS = 100;

/**
 * Writes asynchronously (a slow reader of stdout never stalls requests), in batches, into a
 * bounded buffer (nor does it grow the heap without end). `logger.flush(done)` before exiting; pino
 * also flushes what is left when the process exits.
 */
export function createLogger(level: LogLevel = 'info'): Logger {
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: WRITE_BATCH_BYTES,
    periodicFlush: FLUSH_EVERY_MS,
    maxLength: MAX_BUFFERED_BYTES,
  });
  return pino({ level, base: { service: 'amptp-knowledge-graph' } }, destination);
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
