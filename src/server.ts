/**
 * The entry point: loads the dataset, serves GraphQL on /graphql, liveness on /health and
 * readiness on /ready, logs JSON lines (pino), and on SIGTERM or SIGINT turns unready, stops
 * accepting connections, finishes in-flight requests and exits 0.
 *
 * Settings come from the environment and --data (src/config.ts; the README lists them).
 */
import { createServer } from 'node:http';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DatasetError } from './graph/errors.js';
import { loadDataset } from './graph/load.js';
import { Metrics } from './http/metrics.js';
import { createNodeHandler } from './http/node-handler.js';
import { ResponseCache } from './http/response-cache.js';
import { createLogger } from './logger.js';
import { createYogaApp } from './yoga.js';

/** Slow clients: headers must arrive within this, the whole request within REQUEST_TIMEOUT_MS. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** While shutting down, how often connections that have turned idle are closed. */
const IDLE_SWEEP_MS = 100;

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

let graph: ReturnType<typeof loadDataset>;
try {
  graph = loadDataset(config.dataDir);
} catch (error) {
  if (error instanceof DatasetError) {
    // Plain text on stderr: a list of problems for a person to fix, not a log event.
    console.error(`refusing to start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

let shuttingDown = false;

// The graph's store and replication feed it too: `metrics?.setGraphVersion(n)`,
// `metrics?.setReplicationLag(seconds)`.
const metrics = config.metrics ? new Metrics() : null;

const yoga = createYogaApp({
  graph,
  production: config.production,
  graphiql: config.graphiql,
  introspection: config.introspection,
  deadlineMs: config.deadlineMs,
  // Enforced in front of yoga, by createNodeHandler.
  maxRequestBodySize: false,
  logger,
  ready: () => !shuttingDown,
  metrics,
  metricsToken: config.metricsToken,
  federation: config.federation,
});
const handler = createNodeHandler({
  yoga,
  maxBodyBytes: config.maxBodyBytes,
  logger,
  cache: config.responseCacheEntries > 0 ? new ResponseCache(config.responseCacheEntries) : null,
  metrics,
});
/** Once shutting down, every answer closes its connection, so keep-alive clients let go. */
const serve: typeof handler = (req, res) => {
  if (shuttingDown) res.shouldKeepAlive = false;
  handler(req, res);
};
const server = createServer(
  {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // How often node looks for connections over those timeouts (default 30 s).
    connectionsCheckingInterval: 1_000,
  },
  serve,
);
server.on('checkContinue', serve);

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}/graphql`;
  logger.info(
    {
      entities: graph.entityCount,
      relations: graph.relationCount,
      dataDir: config.dataDir,
      production: config.production,
      graphiql: config.graphiql,
      introspection: config.introspection,
      metrics: config.metrics,
      federation: config.federation,
    },
    `loaded ${graph.entityCount} entities and ${graph.relationCount} relations`,
  );
  // The pid tells a supervisor (or a test) which process is the server behind `npm start`.
  logger.info({ url, pid: process.pid }, `listening on ${url}`);
});

function shutdown(signal: string): void {
  // Ctrl-C reaches the server twice under `npm start` (from the terminal and forwarded by npm):
  // the shutdown under way already covers a repeat, and its grace period bounds it.
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, `${signal}: finishing in-flight requests, then exiting`);
  server.close(() => {
    logger.info('closed; exiting');
    logger.flush(() => process.exit(0));
  });
  server.closeIdleConnections();
  // server.close() closes the connections idle at that moment only; one whose answer was in
  // flight would stay open for the keep-alive timeout once answered.
  setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS).unref();
  setTimeout(() => {
    logger.error({ graceMs: config.shutdownGraceMs }, 'in-flight requests still open after the grace period; exiting');
    logger.flush(() => process.exit(1));
  }, config.shutdownGraceMs).unref();
}
// A stray rejected promise is a bug to log, not a reason to drop every client's connection.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
