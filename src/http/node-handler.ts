/**
 * The node:http request handler in front of yoga. Plain JSON requests on /graphql go through the
 * fast path (src/http/fast-path.ts: yoga's plugins without its fetch-API layer), behind the
 * response cache; everything else goes to yoga's own node listener.
 *
 * It enforces the body-size limit before yoga sees a byte, so yoga's own limit (which pipes every
 * POST through a TransformStream and doubles its CPU per request, as measured on this stack) can
 * be off.
 *
 * - Content-Length over the limit: 413 at once, before the body is read. Node's parser already
 *   refuses a malformed Content-Length, and never reads more bytes than it says.
 * - Any other body, chunked or not: read here with a running count, 413 as soon as it passes the
 *   limit; under it, the fast path or yoga reads the buffered bytes. One that breaks off is
 *   logged and dropped, whichever path it was for.
 * After a 413 the rest of the body is read and dropped for up to LINGER_MS, then the connection
 * is closed if it is still coming: closing at once would make the client's next write fail, and
 * many clients (fetch among them) then report that failure instead of the 413 already sent
 * (nginx lingers so too).
 * A client that asked first (Expect: 100-continue) sends no body: node closes its connection after
 * the 413, which ends the linger too.
 * Slow senders are cut off by the server's headersTimeout and requestTimeout (src/server.ts).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { type RequestLine, requestIdFrom, requestLineWriter } from '../logger.js';
import type { YogaApp } from '../yoga.js';
import { GRAPHQL_PATH, headerOf, type RawResponse, usableHost } from './fast-path.js';
import type { Metrics } from './metrics.js';
import { hasCredentials, ResponseCache, versionOfEtag } from './response-cache.js';

/** How long the rest of an over-limit body is read and dropped after the 413 (see above). */
const LINGER_MS = 2_000;

export interface NodeHandlerOptions {
  readonly yoga: YogaApp;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
  /** Answers replayed in front of yoga (src/http/response-cache.ts); null for none. */
  readonly cache?: ResponseCache | null;
  /** The version of the graph now: a kept answer read from an older one is never replayed. */
  readonly currentVersion?: () => number;
  /** Where cache hits and misses and the refusals made here are counted; null for none. */
  readonly metrics?: Metrics | null;
}

/**
 * An error-free answer contains no `"errors":` key: JSON text has that sequence only as a
 * key (inside a string value the quotes are escaped). A field aliased `errors` reads as an error
 * too: that answer is not kept, which costs a miss, never a wrong answer.
 */
function isErrorFree(body: string | Buffer): boolean {
  return !body.includes('"errors":');
}

/** The answer for an unexpected failure of the fast path itself (a bug): what yoga answers for one. */
const UNEXPECTED = JSON.stringify({
  errors: [{ message: 'Unexpected error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
});

/** What the fast path needs of the handler's options, defaults filled in. */
interface FastOptions {
  readonly fastPath: YogaApp['fastPath'];
  /** Yoga's node listener, for what the fast path hands back. */
  readonly yogaListener: YogaApp['requestListener'];
  readonly logger: Logger;
  readonly cache: ResponseCache | null;
  readonly currentVersion: () => number;
  readonly metrics: Metrics | null;
  readonly logLine: (line: RequestLine) => void;
}

/**
 * A request the fast path takes (src/http/fast-path.ts), its body read. Without credentials and
 * with a response cache, it is first looked up: replayed when an identical one was answered before
 * from the current graph version (or a 304 for a GET naming the kept ETag). Else the fast path
 * answers it. A hit, and a direct answer whose execution waited for nothing (see
 * `FastPath.answer`), is written synchronously, with no promise: in the callback that delivered the
 * body's end.
 */
function serveFast(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | null,
  started: number,
  options: FastOptions,
): void {
  const { cache, metrics } = options;
  const method = req.method as string;
  const key =
    // Stryker disable next-line ConditionalExpression: a key made without a cache is never used: both uses check `cache !== null` again.
    cache !== null && !hasCredentials(req.headers)
      ? ResponseCache.keyOf(method, req.url as string, req.headers, body)
      : null;
  if (cache !== null && key !== null) {
    const hit = cache.get(key, options.currentVersion());
    if (hit) {
      const id = req.headers['x-request-id'] as string;
      // Only the ETag kept for this very request validates the client's copy.
      const notModified = method === 'GET' && req.headers['if-none-match'] === hit.etag;
      if (notModified) res.writeHead(304, ['etag', hit.etag, 'x-request-id', id]).end();
      else res.writeHead(hit.status, hit.headers.concat('x-request-id', id)).end(hit.body);
      metrics?.cacheHit();
      options.logLine({
        reqId: id,
        method,
        path: GRAPHQL_PATH,
        status: notModified ? 304 : hit.status,
        // Stryker disable next-line ArithmeticOperator: a log-only duration; pinning it would take a timing assertion.
        ms: Math.round((performance.now() - started) * 10) / 10,
        cached: true,
      });
      return;
    }
    metrics?.cacheMiss();
  }
  execute(req, res, body, key, options);
}

/** What the fast path reads of the client: gone once its socket is destroyed (src/http/deadline.ts). */
class SocketSignal {
  constructor(private readonly socket: Socket) {}

  get aborted(): boolean {
    return this.socket.destroyed;
  }
}

/**
 * A request the cache did not answer: the fast path answers it, at once when it can, and the
 * answer is kept when yoga marked it cacheable (an ETag). What the fast path hands back goes to
 * yoga.
 */
function execute(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | null,
  key: string | null,
  options: FastOptions,
): void {
  // Execution stops at its next check once the client has gone: its socket is then destroyed.
  // Read when checked, rather than an AbortController made for every request.
  const signal = new SocketSignal(req.socket);
  const request = {
    method: req.method as string,
    url: req.url as string,
    headers: req.headers,
    body,
    signal,
    // Settled when the request came in (see createNodeHandler).
    id: req.headers['x-request-id'] as string,
  };
  const answer = options.fastPath.answer(request);
  if (answer instanceof Promise) {
    // One reaction for both outcomes (a `.catch` after it would add a promise and a microtask).
    answer.then(
      (answered) => {
        try {
          deliver(res, key, answered, options);
        } catch (error) {
          fastPathFailed(req, res, error, options.logger);
        }
      },
      (error: unknown) => fastPathFailed(req, res, error, options.logger),
    );
  } else if (answer === null) {
    void options.yogaListener(body === null ? req : replay(req, body), res);
  } else {
    deliver(res, key, answer, options);
  }
}

/** Writes the fast path's answer, and keeps it when yoga marked it cacheable. */
function deliver(
  res: ServerResponse,
  key: string | null,
  answer: RawResponse,
  { cache, currentVersion }: FastOptions,
): void {
  res.writeHead(answer.status, answer.headers as string[]).end(answer.body);
  if (cache === null || key === null) return;
  const etag = headerOf(answer.headers, 'etag');
  const version = etag ? versionOfEtag(etag) : null;
  // Yoga marks error-free results (answered 200, kept with their status); a body swapped for an
  // error while serialising (the response size cap) keeps the mark, so the body is checked too. An
  // answer read from a version that is no longer current (a write came in meanwhile) is not kept.
  if (etag && version === currentVersion() && isErrorFree(answer.body)) {
    const headers: string[] = [];
    for (let index = 0; index < answer.headers.length; index += 2) {
      const name = answer.headers[index] as string;
      if (name !== 'x-request-id') headers.push(name, answer.headers[index + 1] as string);
    }
    // Kept as bytes: a hit is written as they are.
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    cache.set(key, { status: answer.status, headers, body, etag, version });
  }
}

/** `serveFast`, its synchronous part guarded (a hit and a direct answer are written in it): thrown from a request's callback, an error would end the process. */
function serveFastGuarded(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | null,
  started: number,
  options: FastOptions,
): void {
  try {
    serveFast(req, res, body, started, options);
  } catch (error) {
    fastPathFailed(req, res, error, options.logger);
  }
}

/** The fast path failed: a bug. */
function fastPathFailed(req: IncomingMessage, res: ServerResponse, error: unknown, logger: Logger): void {
  if (res.headersSent) {
    logger.info({ err: error, reqId: req.headers['x-request-id'] }, 'request aborted');
    res.destroy();
    return;
  }
  logger.error({ err: error, reqId: req.headers['x-request-id'] }, 'the fast path failed');
  res
    .writeHead(500, [
      'content-type',
      'application/json; charset=utf-8',
      'content-length',
      String(Buffer.byteLength(UNEXPECTED)),
      'x-request-id',
      req.headers['x-request-id'] as string,
    ])
    .end(UNEXPECTED);
}

function refuseTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  { maxBodyBytes, logger, metrics }: { maxBodyBytes: number; logger: Logger; metrics: Metrics | null },
): void {
  const id = req.headers['x-request-id'] as string;
  const body = JSON.stringify({
    errors: [
      {
        message: `The request body is over the limit of ${maxBodyBytes} bytes.`,
        extensions: { code: ErrorCode.REQUEST_ENTITY_TOO_LARGE, maxBytes: maxBodyBytes },
      },
    ],
  });
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    // No Connection header: node keeps a connection whose body it reads and drops, and closes (and
    // says so) one whose body it never invited (Expect: 100-continue).
    'x-request-id': id,
  });
  res.end(body);
  const linger = setTimeout(() => req.socket.destroy(), LINGER_MS);
  linger.unref();
  req.once('close', () => clearTimeout(linger));
  req.resume();
  metrics?.error(ErrorCode.REQUEST_ENTITY_TOO_LARGE);
  logger.info({ reqId: id, method: req.method, path: req.url, status: 413 }, 'request');
}

/**
 * Reads the whole body, then calls `done(body)`, or `done(null)` as soon as it is longer than
 * `maxBytes` (the rest is left to the caller); `failed(error)` if the request breaks off.
 * Callbacks, not a promise, so that a cache hit is answered in the callback that delivers the
 * body's end.
 */
function readBody(
  req: IncomingMessage,
  maxBytes: number,
  done: (body: Buffer | null) => void,
  failed: (error: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let over = false;
  req.on('data', (chunk: Buffer) => {
    if (over) return;
    bytes += chunk.length;
    if (bytes > maxBytes) {
      over = true;
      req.pause();
      done(null);
      return;
    }
    chunks.push(chunk);
  });
  req.once('end', () => {
    // Most bodies come in one chunk: no copy of it then.
    // Stryker disable next-line ConditionalExpression: concatenating one chunk gives the same bytes, copied.
    if (!over) done(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, bytes));
  });
  req.once('error', failed);
}

/** A stand-in for `req` whose body is `body`, already read: what yoga's node adapter needs of a request. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  return Object.assign(Readable.from([body]), {
    method: req.method,
    url: req.url,
    headers: req.headers,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

/**
 * Handles 'request' and also 'checkContinue' (`server.on('checkContinue', handler)`): a client that
 * asks before sending a large body (Expect: 100-continue) gets its 413 without sending it.
 */
export function createNodeHandler(options: NodeHandlerOptions): RequestListener {
  const { yoga, maxBodyBytes, logger, cache = null, currentVersion = () => 0, metrics = null } = options;
  // Read once: each read of a property of `yoga` goes through its adapter's proxy (which binds
  // a new function for `requestListener` every time).
  const { fastPath, requestListener } = yoga;
  const fast: FastOptions = {
    fastPath,
    yogaListener: requestListener,
    logger,
    cache,
    currentVersion,
    metrics,
    logLine: requestLineWriter(logger),
  };

  return (req, res) => {
    const started = performance.now();
    // One id for this request's log lines and response, kept for yoga (src/http/request-log.ts).
    req.headers['x-request-id'] = requestIdFrom(req.headers['x-request-id']);
    // Yoga builds each request's URL from Host; one that makes no URL would throw in its adapter (a 500).
    req.headers.host = usableHost(req.headers.host);
    const length = req.headers['content-length'];
    const expectsContinue = req.headers.expect?.toLowerCase() === '100-continue';
    // No Content-Length: Number(undefined) is NaN, never over the limit.
    if (Number(length) > maxBodyBytes) {
      refuseTooLarge(req, res, { maxBodyBytes, logger, metrics });
      return;
    }
    // Invited only now that the size is known to fit (see `server.on('checkContinue')`).
    if (expectsContinue) res.writeContinue();
    // The body, or a 413 once it runs past the limit; a request that breaks off while its body is
    // read has no one left to answer.
    const readWithinLimit = (use: (body: Buffer) => void) =>
      readBody(
        req,
        maxBodyBytes,
        (body) => {
          if (body === null) refuseTooLarge(req, res, { maxBodyBytes, logger, metrics });
          else use(body);
        },
        (error) => {
          logger.info({ err: error, reqId: req.headers['x-request-id'] }, 'request body aborted');
          res.destroy();
        },
      );
    if (fastPath.takes(req.method as string, req.url as string, req.headers)) {
      if (req.method !== 'POST') {
        serveFastGuarded(req, res, null, started, fast);
        return;
      }
      readWithinLimit((body) => serveFastGuarded(req, res, body, started, fast));
      return;
    }
    // Every body is read here, so that one that breaks off is dropped the same way on every path
    // (yoga, reading it itself, answered a 400 to the closed connection); none is an empty one.
    // Yoga's listener writes the response and handles its own failures.
    readWithinLimit((body) => void requestListener(replay(req, body), res));
  };
}
