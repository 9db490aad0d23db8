/**
 * The peer of the HTTP bench: fastify + mercurius with graphql-jit, serving the same Pothos schema
 * over the same graph, with the same per-request context. A child process of `npm run bench`:
 *
 *   node --import tsx bench/servers/mercurius.ts [--data DIR]
 *
 * It listens on 127.0.0.1, port 0 (or PORT), prints `listening on http://127.0.0.1:PORT/graphql`
 * like src/server.ts, and exits 0 on SIGTERM or SIGINT once the server is closed. No logging, no
 * GraphiQL, mercurius defaults otherwise (its parse and validation cache on, as yoga's is).
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { createContext } from '../../src/context.js';
import { loadDataset } from '../../src/graph/load.js';
import { schema } from '../../src/schema/index.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: fileURLToPath(new URL('../../data', import.meta.url)) } },
});

const graph = loadDataset(values.data);
const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema,
  // Compile a document with graphql-jit from its first execution on.
  jit: 1,
  graphiql: false,
  path: '/graphql',
  context: () => createContext(graph),
});

const host = '127.0.0.1';
await app.listen({ host, port: Number(process.env.PORT ?? 0) });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(`listening on http://${host}:${port}/graphql`);

function shutdown(): void {
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
