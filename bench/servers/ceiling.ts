/**
 * The ceiling of the HTTP bench: raw node:http answering each request of the mix with the bytes
 * our yoga returned for it, computed once beforehand. No GraphQL at all: what is left is reading
 * the request and writing the response, so no GraphQL server on this machine can go faster.
 *
 *   node --import tsx bench/servers/ceiling.ts --responses FILE
 *
 * FILE is a JSON object from the exact request body to the response text. POST /graphql with a
 * known body gets 200 and the precomputed JSON; anything else gets 404. It listens on 127.0.0.1,
 * port 0 (or PORT), prints `listening on http://127.0.0.1:PORT/graphql` like src/server.ts, and
 * exits 0 on SIGTERM or SIGINT once the server is closed.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { responses: { type: 'string' } } });
if (!values.responses) {
  console.error('usage: node --import tsx bench/servers/ceiling.ts --responses FILE');
  process.exit(2);
}

const precomputed = JSON.parse(readFileSync(values.responses, 'utf8')) as Record<string, string>;
const responses = new Map(Object.entries(precomputed).map(([body, text]) => [body, Buffer.from(text)]));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const response =
      req.method === 'POST' && req.url === '/graphql' ? responses.get(Buffer.concat(chunks).toString()) : undefined;
    if (!response) {
      res.writeHead(404, { 'content-length': 0 }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': response.length }).end(response);
  });
});

const host = '127.0.0.1';
server.listen(Number(process.env.PORT ?? 0), host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`listening on http://${host}:${port}/graphql`);
});

function shutdown(): void {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
