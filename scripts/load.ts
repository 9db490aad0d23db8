/**
 * `npm run load [-- --connections 50 --duration 30 --warmup 3 --data DIR --seed 1]`: a bounded
 * load test. It builds and starts the real server (dist/server.js, as `npm start` runs it;
 * production mode, LOG_LEVEL=info) on 127.0.0.1 with PORT=0, drives it with autocannon over
 * loopback only for the warm-up and then the measured duration, and exits 1 unless every request
 * got a 2xx without a GraphQL error, the server's memory stayed flat and it shut down cleanly on
 * SIGTERM. `--server FILE` runs another
 * entry point that prints `listening on URL` the same way (to compare against bare yoga).
 *
 * The mix is what a client of this API asks, with variables drawn from the whole dataset (every
 * slug, pairs of entities for paths, names with a typo for search): an entity with its relations
 * (30%), search (20%), a neighbourhood (15%), a shortest path (15%), the timeline of an entity
 * (10%), a page of entities (10%).
 *
 * Memory is the server process's RSS, read from /proc (Linux) every second. "Flat" means the
 * most RSS in the last third of the run is within 25% (plus 16 MB) of the most in the first third:
 * caches and the heap settle early, and a leak keeps growing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { processMemory, startServer } from '../bench/servers/process.js';
import { loadDataset } from '../src/graph/load.js';
import { buildServer } from './build.js';
import { SeededRandom } from './generate-graph.js';

/** What `npm start` runs, built first. */
const SHIPPED_SERVER = 'dist/server.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
    data: { type: 'string', default: fileURLToPath(new URL('../data', import.meta.url)) },
    seed: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '3' },
    server: { type: 'string', default: SHIPPED_SERVER },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
if (!(connections >= 1 && connections <= 200 && duration >= 1 && duration <= 300 && warmup >= 0 && warmup <= 60)) {
  console.error('load: --connections must be 1 to 200, --duration 1 to 300 and --warmup 0 to 60 (seconds)');
  process.exit(2);
}

// The operations, with variables from the dataset.
const graph = loadDataset(values.data);
const entities = graph.list();
const slugs = entities.map((entity) => entity.slug);
const random = new SeededRandom(Number(values.seed));

function typo(name: string): string {
  if (name.length < 6) return name;
  const at = random.between(1, name.length - 2);
  return name.slice(0, at) + name.slice(at + 1);
}

const OPERATIONS: { weight: number; name: string; body: () => object }[] = [
  {
    weight: 30,
    name: 'entity',
    body: () => ({
      query: `query Entity($slug: String!) { entity(slug: $slug) { slug name kind relations(first: 10) { totalCount edges { direction other { slug name } node { type since until citations { section source { title } } } } } } }`,
      variables: { slug: random.pick(slugs) },
    }),
  },
  {
    weight: 20,
    name: 'search',
    body: () => ({
      query:
        'query Search($text: String!) { search(text: $text, first: 5) { score matched entity { slug name kind } } }',
      variables: { text: typo(random.pick(entities).name) },
    }),
  },
  {
    weight: 15,
    name: 'neighborhood',
    body: () => ({
      query:
        'query Neighborhood($of: String!) { neighborhood(of: $of, depth: 2, limit: 50) { truncated entities { slug name } relations { type from { slug } to { slug } } } }',
      variables: { of: random.pick(slugs) },
    }),
  },
  {
    weight: 15,
    name: 'shortestPath',
    body: () => ({
      query:
        'query Path($from: String!, $to: String!) { shortestPath(from: $from, to: $to, maxLength: 6) { length entities { slug name } steps { forward relation { type } } } }',
      variables: { from: random.pick(slugs), to: random.pick(slugs) },
    }),
  },
  {
    weight: 10,
    name: 'timeline',
    body: () => ({
      query:
        'query Timeline($involving: [String!]) { timeline(involving: $involving, first: 20) { date title kind entities { slug } } }',
      variables: { involving: [random.pick(slugs)] },
    }),
  },
  {
    weight: 10,
    name: 'entities',
    body: () => ({
      query:
        'query Entities($first: Int) { entities(first: $first) { totalCount edges { cursor node { slug name kind } } } }',
      variables: { first: random.between(5, 50) },
    }),
  },
];
const totalWeight = OPERATIONS.reduce((sum, operation) => sum + operation.weight, 0);
const counts = new Map<string, number>();

function nextBody(): string {
  let draw = random.int(totalWeight);
  for (const operation of OPERATIONS) {
    draw -= operation.weight;
    if (draw < 0) {
      counts.set(operation.name, (counts.get(operation.name) ?? 0) + 1);
      return JSON.stringify(operation.body());
    }
  }
  throw new Error('unreachable');
}

// The server, as a child process, started and measured as the bench does; its request log goes
// to a temporary file.
const rssOf = (pid: number) => processMemory(pid).rss;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

const logDir = mkdtempSync(join(tmpdir(), 'kg-load-'));
if (values.server === SHIPPED_SERVER) await buildServer();
const server = await startServer(
  {
    name: 'server',
    // Another entry point written in TypeScript runs through tsx.
    args: [...(values.server.endsWith('.ts') ? ['--import', 'tsx'] : []), values.server, '--data', values.data],
    env: { LOG_LEVEL: 'info', NODE_ENV: 'production' },
  },
  join(logDir, 'server.log'),
  30_000,
);
const target = new URL(server.url);
if (target.hostname !== '127.0.0.1')
  throw new Error(`load: refusing to load anything but loopback, got ${target.host}`);

let graphqlErrors = 0;
const samples: { at: number; rss: number }[] = [];
const started = Date.now();
samples.push({ at: 0, rss: rssOf(server.pid) });
const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rss: rssOf(server.pid) }), 1000);

const run = (seconds: number) =>
  autocannon({
    url: server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: nextBody() }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
console.log(
  `load: ${connections} connections for ${duration} s (after ${warmup} s of warm-up) against ${server.url} (${entities.length} entities)`,
);
// Warm-up: JIT, caches and the heap settle; its failures count, its timings do not.
const warm = warmup > 0 ? await run(warmup) : null;
const warmFailures = warm ? warm.errors + warm.timeouts + warm.non2xx : 0;
const result = await run(duration);
clearInterval(sampler);
samples.push({ at: (Date.now() - started) / 1000, rss: rssOf(server.pid) });
const exitCode = await server.stop();
rmSync(logDir, { recursive: true, force: true });

const third = Math.max(1, Math.floor(samples.length / 3));
const earlyMax = Math.max(...samples.slice(0, third).map((sample) => sample.rss));
const lateMax = Math.max(...samples.slice(-third).map((sample) => sample.rss));
const flat = lateMax <= earlyMax * 1.25 + 16 * 2 ** 20;
const failures = warmFailures + result.errors + result.timeouts + result.non2xx + graphqlErrors;

const summary = {
  requests: result.requests.total,
  'req/s (mean)': Math.round(result.requests.average),
  'latency p50 (ms)': result.latency.p50,
  'latency p99 (ms)': result.latency.p99,
  'latency max (ms)': result.latency.max,
  'warm-up failures': warmFailures,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  'GraphQL errors': graphqlErrors,
  'RSS start': mb(samples[0]?.rss ?? 0),
  'RSS max, first third': mb(earlyMax),
  'RSS max, last third': mb(lateMax),
  'RSS end': mb(samples.at(-1)?.rss ?? 0),
  'server exit code': exitCode,
};
console.table(summary);
console.log('mix:', Object.fromEntries(counts));
console.log(
  'RSS every 5 s:',
  samples
    .filter((_, index) => index % 5 === 0)
    .map((sample) => mb(sample.rss))
    .join(', '),
);

if (failures > 0 || !flat || exitCode !== 0) {
  console.error(
    `load: FAILED (${failures} failed requests, memory ${flat ? 'flat' : 'growing'}, server exit code ${exitCode})`,
  );
  process.exit(1);
}
console.log('load: ok (no failed request, memory flat, clean shutdown)');
