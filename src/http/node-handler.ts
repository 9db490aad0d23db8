/**
 * The node:http request handler in front of yoga: it enforces the body-size limit before yoga
 * sees a byte, so yoga's own limit (which pipes every POST through a TransformStream and doubles
 * its CPU per request, see PERFORMANCE.md) can be off.
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
import type { Logger } from '../logger.js';
import { requestIdFrom } from '../logger.js';
import type { YogaApp } from '../yoga.js';

export const REQUEST_ENTITY_TOO_LARGE = 'REQUEST_ENTITY_TOO_LARGE';

/** How long the rest of an over-limit body is read and dropped after the 413 (see above). */
const LINGER_MS = 2_000;

export interface NodeHandlerOptions {
  readonly yoga: YogaApp;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

function refuseTooLarge(
  req: IncomingMessage,
  res: ServerResponse,
  { maxBodyBytes, logger, bodyComing }: { maxBodyBytes: number; logger: Logger; bodyComing: boolean },
): void {
  const id = req.headers['x-request-id'] as string;
  const body = JSON.stringify({
    errors: [
      {
        message: `The request body is over the limit of ${maxBodyBytes} bytes.`,
        extensions: { code: REQUEST_ENTITY_TOO_LARGE, maxBytes: maxBodyBytes },
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
export function createNodeHandler({ yoga, maxBodyBytes, logger }: NodeHandlerOptions): RequestListener {
  // Yoga's listener writes the response and handles its own failures.
  const handle = (req: IncomingMessage, res: ServerResponse) => yoga.requestListener(req, res);

  return (req, res) => {
    // One id for this request's log lines and response, kept for yoga (src/http/request-log.ts).
    req.headers['x-request-id'] = requestIdFrom(req.headers['x-request-id']);
    const length = req.headers['content-length'];
    const expectsContinue = req.headers.expect?.toLowerCase() === '100-continue';
    if (length !== undefined && Number(length) > maxBodyBytes) {
      refuseTooLarge(req, res, { maxBodyBytes, logger, bodyComing: !expectsContinue });
      return;
    }
    // Invited only now that the size is known to fit (see `server.on('checkContinue')`).
    if (expectsContinue) res.writeContinue();
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
        if (body === null) refuseTooLarge(req, res, { maxBodyBytes, logger, bodyComing: true });
        else void handle(replay(req, body), res);
      },
      (error: unknown) => {
        logger.info({ err: error, reqId: req.headers['x-request-id'] }, 'request body aborted');
        res.destroy();
      },
    );
  };
}
