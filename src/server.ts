/**
 * The entry point: loads the dataset and replays the change log over it (the store), serves GraphQL on /graphql, liveness on /health and
 * readiness on /ready, logs JSON lines (pino), and on SIGTERM or SIGINT turns unready, stops
 * accepting connections, finishes in-flight requests and exits 0.
 *
 * Settings come from the environment and --data (src/config.ts; the README lists them).
 */
import { createServer } from 'node:http';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DatasetError } from './graph/errors.js';
import { createNodeHandler } from './http/node-handler.js';
import { ResponseCache } from './http/response-cache.js';
import { createLogger } from './logger.js';
import { StoreError } from './store/change-log.js';
import { LivingGraph } from './store/living-graph.js';
import { openChangeLog } from './store/open-store.js';
import { createYogaApp } from './yoga.js';

/** Slow clients: headers must arrive within this, the whole request within REQUEST_TIMEOUT_MS. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`refusing to start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);

let living: LivingGraph;
try {
  living = await LivingGraph.open(config.dataDir, await openChangeLog(config.store));
} catch (error) {
  if (error instanceof DatasetError || error instanceof StoreError) {
    // Plain text on stderr: a list of problems for a person to fix, not a log event.
    console.error(`refusing to start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

let shuttingDown = false;

const yoga = createYogaApp({
  graph: living,
  writeTokens: config.writeTokens,
  maxChangeStreams: config.maxChangeStreams,
  production: config.production,
  graphiql: config.graphiql,
  introspection: config.introspection,
  deadlineMs: config.deadlineMs,
  // Enforced in front of yoga, by createNodeHandler.
  maxRequestBodySize: false,
  logger,
  // Not ready while shutting down, or while the store cannot take writes (a shared database down).
  ready: () => !shuttingDown && living.log.isAvailable(),
});
const handler = createNodeHandler({
  yoga,
  maxBodyBytes: config.maxBodyBytes,
  logger,
  cache:
    config.responseCacheEntries > 0 && config.responseCacheBytes > 0
      ? new ResponseCache(config.responseCacheEntries, config.responseCacheBytes)
      : null,
  currentVersion: () => living.current.version,
});
const server = createServer(
  {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // How often node looks for connections over those timeouts (default 30 s).
    connectionsCheckingInterval: 1_000,
  },
  handler,
);
server.on('checkContinue', handler);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}/graphql`;
  const graph = living.current;
  logger.info(
    {
      entities: graph.entityCount,
      relations: graph.relationCount,
      version: graph.version,
      store: living.log.description,
      writes: config.writeTokens.enabled,
      dataDir: config.dataDir,
      production: config.production,
      graphiql: config.graphiql,
      introspection: config.introspection,
    },
    `loaded ${graph.entityCount} entities and ${graph.relationCount} relations`,
  );
  logger.info({ url }, `listening on ${url}`);
});

function shutdown(signal: string): void {
  shuttingDown = true;
  logger.info({ signal }, `${signal}: finishing in-flight requests, then exiting`);
  server.close(() => {
    living.close().then(
      () => {
        logger.info('closed; exiting');
        logger.flush(() => process.exit(0));
      },
      (error: unknown) => {
        logger.error({ err: error }, 'closing the store failed');
        logger.flush(() => process.exit(1));
      },
    );
  });
  // Open change streams complete, so their connections end like any finished request.
  void yoga.closeStreams();
  server.closeIdleConnections();
  setTimeout(() => {
    logger.error({ graceMs: config.shutdownGraceMs }, 'in-flight requests still open after the grace period; exiting');
    logger.flush(() => process.exit(1));
  }, config.shutdownGraceMs).unref();
}
// A stray rejected promise is a bug to log, not a reason to drop every client's connection.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
