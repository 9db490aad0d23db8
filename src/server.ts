/**
 * The entry point: loads the dataset, serves GraphQL on /graphql and health on /health, and on
 * SIGTERM or SIGINT stops accepting connections, finishes in-flight requests and exits 0.
 *
 * Options: --data DIR (or DATA_DIR), PORT (default 4000), HOST (default 127.0.0.1).
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatasetError } from './graph/errors.js';
import { loadDataset } from './graph/load.js';
import { createYogaApp } from './yoga.js';

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const SHUTDOWN_GRACE_MS = 10_000;

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, got "${process.env.PORT}"`);
  process.exit(1);
}

let graph: ReturnType<typeof loadDataset>;
try {
  graph = loadDataset(dataDir);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(`refusing to start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const yoga = createYogaApp({ graph });
const server = createServer(yoga);

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `loaded ${graph.entityCount} entities and ${graph.relationCount} relations from ${dataDir}\n` +
      `listening on http://${host}:${actualPort}/graphql`,
  );
});

function shutdown(signal: string): void {
  console.log(`${signal}: finishing in-flight requests, then exiting`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    console.error(`in-flight requests still open after ${SHUTDOWN_GRACE_MS} ms; exiting`);
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
