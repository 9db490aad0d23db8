/**
 * The node:http request handler in front of yoga: it enforces the body-size limit before yoga
 * sees a byte, so yoga's own limit (which pipes every POST through a TransformStream and doubles
 * its CPU per request, as measured on this stack) can be off.
 *
 * - Content-Length over the limit: 413 at once, before the body is read. Node's parser already
 *   refuses a malformed Content-Length, and never reads more bytes than it says.
 * - A chunked body (no Content-Length): read with a running count, 413 as soon as it passes the
 *   limit; under it, yoga reads the buffered bytes.
 * After a 413 the rest of the body is read and dropped for up to LINGER_MS, then the connection
 * is closed if it is still coming: closing at once would make the client's next write fail, and
 * many clients (fetch among them) then report that failure instead of the 413 already sent
 * (nginx lingers so too).
 * A client that asked first (Expect: 100-continue) sends no body: its connection just closes.
 * Slow senders are cut off by the server's headersTimeout and requestTimeout (src/server.ts).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { requestIdFrom } from '../logger.js';
import type { YogaApp } from '../yoga.js';
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

const GRAPHQL_PATH = '/graphql';

/** GET or POST on /graphql without credentials: the requests whose answers may be replayed. */
function isCacheable(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (!url.startsWith(GRAPHQL_PATH) || (url.length > GRAPHQL_PATH.length && url[GRAPHQL_PATH.length] !== '?')) {
    return false;
  }
  // Other bodies go to yoga as they came, for it to refuse or read exactly as it does.
  if (req.method === 'POST' && !req.headers['content-type']?.startsWith('application/json')) return false;
  // Event streams (subscriptions) are streamed by yoga, never buffered.
  if (req.headers.accept?.includes('text/event-stream')) return false;
  return !hasCredentials(req.headers) && req.headers.expect === undefined;
}

/** The request as a fetch Request's headers: a fresh object each time (a shared one leaks a stale content-length). */
function fetchHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A JSON GraphQL response without `errors` (other formats, such as event streams, are not kept). */
function isErrorFreeJson(contentType: string | undefined, body: Buffer): boolean {
  if (!contentType?.includes('json')) return false;
  try {
    return (JSON.parse(body.toString('utf8')) as { errors?: unknown }).errors === undefined;
  } catch {
    return false;
  }
}

/**
 * A cacheable request: replayed when an identical one was answered before (or a 304 for a GET
 * naming a kept ETag); else answered by yoga, buffered, and kept when yoga marked it cacheable.
 */
async function serveThroughCache(
  req: IncomingMessage,
  res: ServerResponse,
  {
    yoga,
    maxBodyBytes,
    logger,
    cache,
    currentVersion = () => 0,
    metrics = null,
  }: NodeHandlerOptions & { cache: ResponseCache },
): Promise<void> {
  const started = performance.now();
  const id = req.headers['x-request-id'] as string;
  const logHit = (status: number) =>
    logger.info(
      {
        reqId: id,
        method: req.method,
        path: GRAPHQL_PATH,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        cached: true,
      },
      'request',
    );
  let body: Buffer | null = null;
  if (req.method === 'POST') {
    body = await readBody(req, maxBodyBytes);
    if (body === null) {
      refuseTooLarge(req, res, { maxBodyBytes, logger, metrics, bodyComing: true });
      return;
    }
  }
  const key = ResponseCache.keyOf(req.method as string, req.url as string, req.headers, body);
  const hit = cache.get(key, currentVersion());
  // Only the ETag kept for this very request validates the client's copy.
  if (hit && req.method === 'GET' && req.headers['if-none-match'] === hit.etag) {
    res.writeHead(304, { etag: hit.etag, 'x-request-id': id });
    res.end();
    metrics?.cacheHit();
    logHit(304);
    return;
  }
  if (hit) {
    res.writeHead(hit.status, { ...hit.headers, 'content-length': hit.body.length, 'x-request-id': id });
    res.end(hit.body);
    metrics?.cacheHit();
    logHit(hit.status);
    return;
  }
  metrics?.cacheMiss();
  const response = await yoga.fetch(
    `http://${req.headers.host}${req.url}`,
    { method: req.method, headers: fetchHeaders(req), body },
    { req, res },
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  // Lower-cased: the Headers implementation may keep the case a plugin wrote (`ETag`).
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  headers['content-length'] = String(bytes.length);
  res.writeHead(response.status, headers);
  res.end(bytes);
  const marked = response.headers.get('etag');
  const version = marked ? versionOfEtag(marked) : null;
  // Yoga marks error-free results; a body swapped for an error while serialising (the response
  // size cap) keeps the mark, so the body is checked too. An answer read from a version that is
  // no longer current (a write came in meanwhile) is not kept.
  if (
    response.status === 200 &&
    marked &&
    version === currentVersion() &&
    isErrorFreeJson(headers['content-type'], bytes)
  ) {
    const { 'x-request-id': _perRequest, ...kept } = headers;
    cache.set(key, { status: 200, headers: kept, body: bytes, etag: marked, version });
  }
}

function refuseTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  {
    maxBodyBytes,
    logger,
    metrics,
    bodyComing,
  }: { maxBodyBytes: number; logger: Logger; metrics: Metrics | null; bodyComing: boolean },
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
    // Closing now would lose the 413 for a client still sending; node instead reads and drops
    // the rest of the body, and the connection stays usable.
    ...(bodyComing ? {} : { connection: 'close' }),
    'x-request-id': id,
  });
  res.end(body);
  if (bodyComing) {
    const linger = setTimeout(() => req.socket.destroy(), LINGER_MS);
    linger.unref();
    req.once('close', () => clearTimeout(linger));
    req.resume();
  }
  metrics?.error(ErrorCode.REQUEST_ENTITY_TOO_LARGE);
  logger.info({ reqId: id, method: req.method, path: req.url, status: 413 }, 'request');
}

/** The whole body, or null as soon as it is longer than `maxBytes`. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, bytes)));
    req.once('error', reject);
  });
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
  const { yoga, maxBodyBytes, logger, cache = null, metrics = null } = options;
  // Yoga's listener writes the response and handles its own failures.
  const handle = (req: IncomingMessage, res: ServerResponse) => yoga.requestListener(req, res);

  return (req, res) => {
    // One id for this request's log lines and response, kept for yoga (src/http/request-log.ts).
    req.headers['x-request-id'] = requestIdFrom(req.headers['x-request-id']);
    // Yoga builds each request's URL from Host; one that makes no URL would throw in its adapter (a 500).
    if (!URL.canParse(`http://${req.headers.host}/`)) req.headers.host = 'localhost';
    const length = req.headers['content-length'];
    const expectsContinue = req.headers.expect?.toLowerCase() === '100-continue';
    if (length !== undefined && Number(length) > maxBodyBytes) {
      refuseTooLarge(req, res, { maxBodyBytes, logger, metrics, bodyComing: !expectsContinue });
      return;
    }
    // Invited only now that the size is known to fit (see `server.on('checkContinue')`).
    if (expectsContinue) res.writeContinue();
    if (cache && isCacheable(req)) {
      serveThroughCache(req, res, { ...options, cache }).catch((error: unknown) => {
        logger.info({ err: error, reqId: req.headers['x-request-id'] }, 'request aborted');
        res.destroy();
      });
      return;
    }
    if (length !== undefined) {
      void handle(req, res);
      return;
    }
    if (req.headers['transfer-encoding'] === undefined) {
      void handle(req, res);
      return;
    }
    readBody(req, maxBodyBytes).then(
      (body) => {
        if (body === null) refuseTooLarge(req, res, { maxBodyBytes, logger, metrics, bodyComing: true });
        else void handle(replay(req, body), res);
      },
      (error: unknown) => {
        logger.info({ err: error, reqId: req.headers['x-request-id'] }, 'request body aborted');
        res.destroy();
      },
    );
  };
}
