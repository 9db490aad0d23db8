/**
 * The entry point: loads the dataset and replays the change log over it (the store), serves GraphQL on /graphql, the pages for a
 * browser on / and /explore, liveness on /health and readiness on /ready, logs JSON lines (pino), and on SIGTERM or SIGINT turns unready, stops
 * accepting connections, finishes in-flight requests and exits 0.
 *
 * Settings come from the environment and --data (src/config.ts; the README lists them).
 */
import { createServer } from 'node:http';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DatasetError } from './graph/errors.js';
import { Metrics } from './http/metrics.js';
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

let living: LivingGraph;
try {
  living = await LivingGraph.open(config.dataDir, await openChangeLog(config.store), {
    snapshotDir: config.snapshotDir,
    onWarning: (message) => logger.warn(message),
  });
} catch (error) {
  if (error instanceof DatasetError || error instanceof StoreError) {
    // Plain text on stderr: a list of problems for a person to fix, not a log event.
    console.error(`refusing to start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

let shuttingDown = false;
/** Set once the indexes built lazily are built (see `prepare`): /ready answers 503 until then. */
let prepared = false;

const metrics = config.metrics ? new Metrics() : null;
if (metrics) {
  metrics.setGraphVersion(living.current.version);
  living.onChange((change, graph) => {
    metrics.setGraphVersion(graph.version);
    // From the change's commit (by whichever replica wrote it) to its being applied here: near 0
    // for this replica's own writes, the replication delay for others' (clocks assumed in sync).
    metrics.setReplicationLag(Math.max(0, (Date.now() - Date.parse(change.at)) / 1_000));
  });
}

const yoga = createYogaApp({
  graph: living,
  writeTokens: config.writeTokens,
  maxChangeStreams: config.maxChangeStreams,
  production: config.production,
  graphiql: config.graphiql,
  explorer: config.explorer,
  introspection: config.introspection,
  deadlineMs: config.deadlineMs,
  // Enforced in front of yoga, by createNodeHandler.
  maxRequestBodySize: false,
  logger,
  // Not ready until the indexes are built, nor while shutting down, nor while the store cannot
  // take writes (a shared database down).
  ready: () => prepared && !shuttingDown && living.log.isAvailable(),
  metrics,
  metricsToken: config.metricsToken,
  federation: config.federation,
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
      explorer: config.explorer,
      introspection: config.introspection,
      metrics: config.metrics,
      federation: config.federation,
    },
    `loaded ${graph.entityCount} entities and ${graph.relationCount} relations`,
  );
  // The pid tells a supervisor (or a test) which process is the server behind `npm start`.
  logger.info({ url, pid: process.pid }, `listening on ${url}`);
  // Listening first, so that a supervisor sees the process up; ready once no request would wait
  // for an index (seconds on a graph of a million relations, nothing on the default dataset).
  // The lines above are written out first: building blocks the event loop, log writes included.
  logger.flush(() => {
    const started = performance.now();
    living.current.prepare();
    prepared = true;
    logger.info({ ms: Math.round(performance.now() - started) }, 'indexes built: ready');
  });
});

function shutdown(signal: string): void {
  // Ctrl-C reaches the server twice under `npm start` (from the terminal and forwarded by npm):
  // the shutdown under way already covers a repeat, and its grace period bounds it.
  if (shuttingDown) return;
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
