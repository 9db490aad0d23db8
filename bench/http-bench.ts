/**
 * HTTP sections of the bench.
 *
 * `http`: throughput of the same Pothos schema over the same data, served three ways, each a
 * child process on 127.0.0.1:
 *   - ours: src/server.ts as shipped (yoga, its plugins, a JSON log line per request to a file);
 *   - mercurius: fastify + mercurius with graphql-jit (bench/servers/mercurius.ts), the fastest
 *     Node peer;
 *   - ceiling: raw node:http writing the bytes yoga returned for each request, computed
 *     beforehand (bench/servers/ceiling.ts): no GraphQL server here can go faster.
 * The load comes from autocannon in a process of its own (bench/load-generator.ts), against one
 * server at a time. Each round starts the three servers (in a rotated order), warms each one up,
 * then, for each operation of the mix, loads each server in turn, the order rotated by round and
 * operation so no server always goes first; the round then stops them. The servers not under
 * load sit idle. Figures are medians over rounds; ratios are medians of the ratios measured in
 * the same round.
 *
 * `startup`: cold start (spawn to the `listening on` line) and memory (VmRSS, VmHWM) of our
 * server, for the default dataset and for the generated graph.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { loadDataset } from '../src/graph/load.js';
import { createYogaApp } from '../src/yoga.js';
import { formatMB, formatMs, heading, median, printTable, ratio, SeededRandom, seconds } from './helpers.js';
import type { LoadRequest, LoadResult } from './load-generator.js';
import {
  compileServers,
  type MemoryFigures,
  ROOT,
  type RunningServer,
  type ServerCommand,
  startServer,
  stopServer,
} from './servers/process.js';

/**
 * The request headers, a fresh object each time: @whatwg-node (under `yoga.fetch`) writes a
 * content-length into the headers object it is given, which would then be wrong for the next body.
 */
const headers = (): Record<string, string> => ({ 'content-type': 'application/json', accept: 'application/json' });

// ---------------------------------------------------------------------------------------------
// The query mix

export interface Operation {
  readonly name: string;
  readonly query: string;
  /** Request bodies, `{"query":…,"variables":…}`, the variables drawn from the whole dataset. */
  readonly bodies: readonly string[];
}

const QUERIES = {
  entity: `query Entity($slug: String!) {
  entity(slug: $slug) {
    slug
    name
    relations(first: 10) { edges { other { slug name } node { type since until } } }
  }
}`,
  neighborhood: `query Neighborhood($of: String!) {
  neighborhood(of: $of, depth: 2, limit: 50) { entities { slug } relations { key } }
}`,
  search: `query Search($text: String!) {
  search(text: $text, first: 5) { score entity { slug } }
}`,
  shortestPath: `query ShortestPath($from: String!, $to: String!) {
  shortestPath(from: $from, to: $to) { length steps { forward relation { key } } }
}`,
  timeline: `query Timeline($from: PartialDate, $to: PartialDate) {
  timeline(from: $from, to: $to, first: 20) { date title }
}`,
} as const;

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** `count` items: whole shuffled passes over `items`, so every item is drawn before any twice. */
function covering<T>(items: readonly T[], count: number, random: SeededRandom): T[] {
  const drawn: T[] = [];
  while (drawn.length < count) drawn.push(...shuffled(items, random).slice(0, count - drawn.length));
  return drawn;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A name as typed: whole (sometimes in lower case), a prefix of it, or with one typo. */
function searchText(term: string, random: SeededRandom): string {
  const roll = random.next();
  if (roll < 0.4 || term.length < 5) return random.chance(0.5) ? term : term.toLowerCase();
  if (roll < 0.7) return term.slice(0, random.between(3, term.length - 1));
  const at = random.between(1, term.length - 2);
  switch (random.int(3)) {
    case 0: // substitution
      return `${term.slice(0, at)}${random.pick([...LETTERS])}${term.slice(at + 1)}`;
    case 1: // deletion
      return `${term.slice(0, at)}${term.slice(at + 1)}`;
    default: // transposition
      return `${term.slice(0, at)}${term[at + 1]}${term[at]}${term.slice(at + 2)}`;
  }
}

/**
 * The five operations, each with `pool` request bodies drawn from the whole dataset: every slug
 * (entities and neighbourhood centres), random pairs of distinct entities (paths), every name,
 * abbreviation, alias and former name, whole, cut short or with a typo (search), and year ranges
 * across the timeline's span. The same seed gives the same bodies.
 */
export function buildMix(graph: KnowledgeGraph, seed: number, pool: number): Operation[] {
  const slugs = graph
    .list()
    .map((entity) => entity.slug)
    .sort();
  if (slugs.length < 2) throw new Error('the dataset needs at least two entities');
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const random = (offset: number) => new SeededRandom(seed * 1_000 + offset);

  const terms = graph
    .list()
    .flatMap((entity) => [
      entity.name,
      ...entity.abbreviations,
      ...entity.aliases,
      ...entity.formerNames.flatMap((former) => [former.name, ...(former.abbreviation ? [former.abbreviation] : [])]),
    ]);
  const searchRandom = random(3);

  const pathRandom = random(4);
  const pairs: [string, string][] = [];
  while (pairs.length < pool) {
    const from = pathRandom.pick(slugs);
    const to = pathRandom.pick(slugs);
    if (from !== to) pairs.push([from, to]);
  }

  const years = graph.timeline().map((entry) => Number(entry.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const timelineRandom = random(5);
  const ranges = Array.from({ length: pool }, () => {
    const from = timelineRandom.between(first, last);
    return { from: String(from), to: String(Math.min(last, from + timelineRandom.between(0, 15))) };
  });

  return [
    { name: 'entity', query: QUERIES.entity, bodies: covering(slugs, pool, random(1)).map((slug) => ({ slug })) },
    {
      name: 'neighborhood',
      query: QUERIES.neighborhood,
      bodies: covering(slugs, pool, random(2)).map((of) => ({ of })),
    },
    {
      name: 'search',
      query: QUERIES.search,
      bodies: covering(terms, pool, searchRandom).map((term) => ({ text: searchText(term, searchRandom) })),
    },
    { name: 'shortestPath', query: QUERIES.shortestPath, bodies: pairs.map(([from, to]) => ({ from, to })) },
    { name: 'timeline', query: QUERIES.timeline, bodies: ranges },
  ].map(({ name, query, bodies }) => ({ name, query, bodies: bodies.map((variables) => body(query, variables)) }));
}

interface GraphQLResponse {
  readonly data?: unknown;
  readonly errors?: readonly { readonly message: string }[];
}

/** Every body of the mix through our yoga, in this process: the ceiling's answers. Throws on any error. */
async function precompute(graph: KnowledgeGraph, mix: readonly Operation[]): Promise<Map<string, string>> {
  const yoga = createYogaApp({ graph });
  const responses = new Map<string, string>();
  const problems: string[] = [];
  for (const operation of mix) {
    for (const body of operation.bodies) {
      if (responses.has(body)) continue;
      const response = await yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: headers(), body });
      const text = await response.text();
      const errors = (JSON.parse(text) as GraphQLResponse).errors;
      if (response.status !== 200 || errors?.length) {
        problems.push(`${operation.name} ${body}: ${response.status} ${errors?.[0]?.message ?? ''}`);
      }
      responses.set(body, text);
    }
  }
  if (problems.length > 0) {
    throw new Error(`${problems.length} requests of the mix fail on our yoga:\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
  return responses;
}

// ---------------------------------------------------------------------------------------------
// Servers and load

type ServerName = 'ours' | 'ours-uncached' | 'mercurius' | 'ceiling';
const SERVERS: readonly ServerName[] = ['ours', 'ours-uncached', 'mercurius', 'ceiling'];

/**
 * Every server runs as deployed, with NODE_ENV=production: graphql-js then drops its development
 * checks (a cross-realm test behind each failed `instanceof`), about a fifth of an executed
 * request's CPU here, and mercurius gets the same.
 */
const DEPLOYED = { NODE_ENV: 'production' } as const;

function oursCommand(data: string): ServerCommand {
  // LOG_LEVEL=info (the default) whatever the environment says: the bench waits for the info line `listening on`.
  return {
    name: 'ours',
    // As deployed: compiled by `npm run build` (see compileServers).
    args: ['dist/server.js', '--data', data],
    env: { ...DEPLOYED, LOG_LEVEL: 'info' },
  };
}

/** Ours with its response cache off: what each request costs when it is really executed. */
function oursUncachedCommand(data: string): ServerCommand {
  return {
    ...oursCommand(data),
    name: 'ours-uncached',
    env: { ...DEPLOYED, LOG_LEVEL: 'info', RESPONSE_CACHE_ENTRIES: '0' },
  };
}

/** `script`: bench/servers/mercurius.ts compiled (see compileServers). */
function mercuriusCommand(data: string, script: string): ServerCommand {
  return { name: 'mercurius', args: [script, '--data', data], env: DEPLOYED };
}

/** `script`: bench/servers/ceiling.ts compiled (see compileServers). */
function ceilingCommand(responses: string, script: string): ServerCommand {
  return { name: 'ceiling', args: [script, '--responses', responses] };
}

/** The autocannon process, one run at a time. */
class LoadGenerator {
  readonly #child: ChildProcess;
  #nextId = 0;
  readonly #pending = new Map<number, { resolve: (result: LoadResult) => void; reject: (error: Error) => void }>();

  constructor() {
    this.#child = fork(join(ROOT, 'bench', 'load-generator.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child.on('message', (result: LoadResult) => {
      this.#pending.get(result.id)?.resolve(result);
      this.#pending.delete(result.id);
    });
    this.#child.on('exit', (code) => {
      for (const { reject } of this.#pending.values()) reject(new Error(`the load generator exited with ${code}`));
      this.#pending.clear();
    });
  }

  async run(request: Omit<LoadRequest, 'id' | 'headers'>): Promise<LoadResult> {
    const id = this.#nextId++;
    const result = await new Promise<LoadResult>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.send({ ...request, id, headers: headers() } satisfies LoadRequest);
    });
    if (result.error) throw new Error(`autocannon failed against ${request.url}: ${result.error}`);
    return result;
  }

  close(): void {
    if (this.#child.connected) this.#child.disconnect();
  }
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** POSTs each sample body to every server and compares the `data` of the answers with ours. */
async function checkIdentical(
  mix: readonly Operation[],
  servers: ReadonlyMap<ServerName, RunningServer>,
  sample: number,
): Promise<boolean> {
  const post = async (server: RunningServer, body: string): Promise<GraphQLResponse & { status: number }> => {
    let response: Response;
    try {
      response = await fetch(server.url, { method: 'POST', headers: headers(), body });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new Error(`POST ${server.url} (${server.name}) failed${cause}`);
    }
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as GraphQLResponse) };
    } catch {
      return { status: response.status, errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] };
    }
  };
  console.log('\n  identical data (the `data` of each answer, deep-equal to ours):');
  let allSame = true;
  for (const operation of mix) {
    const count = Math.min(sample, operation.bodies.length);
    let same = 0;
    const differences: string[] = [];
    for (let index = 0; index < count; index++) {
      const body = operation.bodies[Math.floor((index * operation.bodies.length) / count)] as string;
      const answers = new Map<ServerName, GraphQLResponse & { status: number }>();
      for (const [name, server] of servers) answers.set(name, await post(server, body));
      const ours = answers.get('ours');
      const bad = [...answers].filter(
        ([, answer]) => answer.status !== 200 || answer.errors?.length || !isDeepStrictEqual(answer.data, ours?.data),
      );
      if (bad.length === 0 && ours?.data != null) same++;
      else {
        differences.push(
          `${body}\n      ${bad.map(([name, answer]) => `${name}: ${answer.status} ${JSON.stringify(answer.errors ?? answer.data).slice(0, 300)}`).join('\n      ')}`,
        );
      }
    }
    console.log(`    ${operation.name.padEnd(12)} identical: ${same}/${count}`);
    for (const difference of differences.slice(0, 3)) console.log(`      differs: ${difference}`);
    if (same !== count) allSame = false;
  }
  return allSame;
}

// ---------------------------------------------------------------------------------------------
// The http section

export interface HttpBenchOptions {
  readonly data: string;
  readonly seed: number;
  readonly rounds: number;
  /** Seconds of load per (operation, server, round). */
  readonly duration: number;
  readonly connections: number;
  /** Request bodies per operation. */
  readonly pool: number;
  /** Bodies per operation checked for identical data. */
  readonly check: number;
  /** Seconds of untimed load over the whole mix on each server after it starts. */
  readonly warmup: number;
}

interface Sample {
  readonly round: number;
  readonly result: LoadResult;
  /** Server CPU time (user + system) over the run divided by its responses, microseconds. */
  readonly cpuPerRequest: number;
}

export interface HttpBenchOutcome {
  /** `ratio ours/mercurius X.XX ours/ceiling Y.YY`, then `ratio ours-uncached/mercurius X.XX`. */
  readonly ratioLines: readonly string[];
  /** False when a server's answers differ from ours, or some requests failed. */
  readonly ok: boolean;
}

const micros = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} µs` : '-');
const percent = (cores: number) => (Number.isFinite(cores) ? `${Math.round(cores * 100)}%` : '-');
const thousands = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '-');

export async function benchHttp(options: HttpBenchOptions): Promise<HttpBenchOutcome> {
  heading(
    `HTTP: the same schema and data served three ways (${options.connections} connections, ${options.duration} s per run, ${options.rounds} rounds)`,
  );
  const graph = loadDataset(options.data);
  const mix = buildMix(graph, options.seed, options.pool);
  const temp = mkdtempSync(join(tmpdir(), 'kg-bench-http-'));
  const responsesFile = join(temp, 'responses.json');
  const precomputing = performance.now();
  const responses = await precompute(graph, mix);
  writeFileSync(responsesFile, JSON.stringify(Object.fromEntries(responses)));
  console.log(`  ${graph.entityCount} entities / ${graph.relationCount} relations from ${options.data}
  mix: ${mix.map((operation) => operation.name).join(', ')}; ${options.pool} bodies each (seed ${options.seed}), ${responses.size} distinct
  ceiling: ${responses.size} answers precomputed through our yoga in ${seconds(precomputing)}
  ours = the server as shipped, compiled (node dist/server.js; logs a JSON line per request, to a file);
  mercurius = fastify + mercurius, jit: 1, compiled the same way; both with NODE_ENV=production;
  ceiling = node:http writing the precomputed bytes. One server under load at a time; the others idle.`);

  const peers = await compileServers();
  const commands: Record<ServerName, ServerCommand> = {
    ours: oursCommand(options.data),
    'ours-uncached': oursUncachedCommand(options.data),
    mercurius: mercuriusCommand(options.data, peers.mercurius),
    ceiling: ceilingCommand(responsesFile, peers.ceiling),
  };
  const samples = new Map<string, Sample[]>();
  const key = (operation: string, server: ServerName) => `${operation}\u0000${server}`;
  const memory = new Map<ServerName, { start: MemoryFigures[]; end: MemoryFigures[]; startMs: number[] }>(
    SERVERS.map((name) => [name, { start: [], end: [], startMs: [] }]),
  );
  const allBodies = mix.flatMap((operation) => operation.bodies);
  let identical = true;
  let failures = 0;
  /** CPU of this process during each round's timed runs, in cores: it should be close to 0. */
  const benchCpu: number[] = [];

  const generator = new LoadGenerator();
  try {
    for (let round = 0; round < options.rounds; round++) {
      console.log(`\n  round ${round + 1}/${options.rounds}`);
      const servers = new Map<ServerName, RunningServer>();
      try {
        for (const name of rotate(SERVERS, round)) {
          const server = await startServer(commands[name], join(temp, `${name}-${round}.log`));
          servers.set(name, server);
          memory.get(name)?.start.push(server.startMemory);
          memory.get(name)?.startMs.push(server.startMs);
        }
        if (round === 0) identical = await checkIdentical(mix, servers, options.check);
        for (const name of rotate(SERVERS, round)) {
          const server = servers.get(name) as RunningServer;
          await generator.run({
            url: server.url,
            bodies: allBodies,
            connections: options.connections,
            duration: options.warmup,
          });
        }
        const cpuBefore = process.cpuUsage();
        const runsStarted = performance.now();
        for (const [index, operation] of mix.entries()) {
          for (const name of rotate(SERVERS, round + index)) {
            const server = servers.get(name) as RunningServer;
            const cpuBefore = server.cpuMs();
            const result = await generator.run({
              url: server.url,
              bodies: operation.bodies,
              connections: options.connections,
              duration: options.duration,
            });
            const cpuPerRequest = ((server.cpuMs() - cpuBefore) * 1000) / (result.ok + result.non2xx);
            const list = samples.get(key(operation.name, name)) ?? [];
            list.push({ round, result, cpuPerRequest });
            samples.set(key(operation.name, name), list);
            failures += result.non2xx + result.errors;
            console.log(
              `    ${operation.name.padEnd(12)} ${name.padEnd(9)} ${thousands(result.rps).padStart(6)} req/s  p50 ${formatMs(result.p50).padStart(8)}  p99 ${formatMs(result.p99).padStart(8)}  server CPU/req ${micros(cpuPerRequest).padStart(6)}  autocannon CPU ${percent(result.cpu)}${result.non2xx + result.errors > 0 ? `  non-2xx ${result.non2xx}, errors ${result.errors}` : ''}`,
            );
          }
        }
        const cpuUsed = process.cpuUsage(cpuBefore);
        benchCpu.push((cpuUsed.user + cpuUsed.system) / 1000 / (performance.now() - runsStarted));
        for (const [name, server] of servers) memory.get(name)?.end.push(server.memory());
      } finally {
        for (const server of servers.values()) await stopServer(server);
      }
    }
  } finally {
    generator.close();
    rmSync(temp, { recursive: true, force: true });
  }

  // --- report ----------------------------------------------------------------------------------
  const rpsOf = (operation: string, server: ServerName) =>
    (samples.get(key(operation, server)) ?? []).map((sample) => sample.result.rps);
  /** Median over rounds of mine / other, each ratio from one round. */
  const pairedRatio = (operation: string, other: ServerName, mine: ServerName = 'ours'): number => {
    const ours = samples.get(key(operation, mine)) ?? [];
    const theirs = samples.get(key(operation, other)) ?? [];
    return median(
      ours.flatMap((sample) => {
        const peer = theirs.find((candidate) => candidate.round === sample.round);
        return peer && peer.result.rps > 0 ? [sample.result.rps / peer.result.rps] : [];
      }),
    );
  };

  console.log(
    `\n  per operation, medians over ${options.rounds} rounds (x mercurius, x ceiling: medians of same-round ratios)`,
  );
  const rows: string[][] = [];
  for (const operation of mix) {
    for (const server of SERVERS) {
      const list = samples.get(key(operation.name, server)) ?? [];
      rows.push([
        server === 'ours' ? operation.name : '',
        server,
        thousands(median(rpsOf(operation.name, server))),
        formatMs(median(list.map((sample) => sample.result.p50))),
        formatMs(median(list.map((sample) => sample.result.p99))),
        micros(median(list.map((sample) => sample.cpuPerRequest))),
        server.startsWith('ours') ? pairedRatio(operation.name, 'mercurius', server).toFixed(2) : '',
        server.startsWith('ours') ? pairedRatio(operation.name, 'ceiling', server).toFixed(2) : '',
        String(list.reduce((sum, sample) => sum + sample.result.non2xx, 0)),
        String(list.reduce((sum, sample) => sum + sample.result.errors, 0)),
        list.map((sample) => thousands(sample.result.rps)).join(' / '),
      ]);
    }
  }
  printTable(
    [
      'operation',
      'server',
      'req/s',
      'p50',
      'p99',
      'CPU/req',
      'x merc.',
      'x ceil.',
      'non-2xx',
      'errors',
      'req/s each round',
    ],
    rows,
  );

  console.log('\n  per server, medians over the mix; memory (VmRSS) after start and after the round, medians');
  const overMix = (server: ServerName, pick: (sample: Sample) => number) =>
    median(mix.map((operation) => median((samples.get(key(operation.name, server)) ?? []).map(pick))));
  printTable(
    ['server', 'req/s', 'p50', 'p99', 'CPU/req', 'x ceiling', 'start', 'RSS started', 'RSS after load', 'peak RSS'],
    SERVERS.map((server) => {
      const figures = memory.get(server);
      return [
        server,
        thousands(overMix(server, (sample) => sample.result.rps)),
        formatMs(overMix(server, (sample) => sample.result.p50)),
        formatMs(overMix(server, (sample) => sample.result.p99)),
        micros(overMix(server, (sample) => sample.cpuPerRequest)),
        ratio(
          overMix(server, (sample) => sample.result.rps),
          overMix('ceiling', (sample) => sample.result.rps),
        ),
        formatMs(median(figures?.startMs ?? [])),
        formatMB(median(figures?.start.map((m) => m.rss) ?? [])),
        formatMB(median(figures?.end.map((m) => m.rss) ?? [])),
        formatMB(median(figures?.end.map((m) => m.peakRss) ?? [])),
      ];
    }),
  );

  console.log(`\n  CPU/req: the server's user + system CPU time over a run (/proc/PID/stat) per response; it moves less
  than req/s when other processes compete for the cores.
  CPU, in % of one core (${cpus().length} cores here): autocannon median ${percent(
    median([...samples.values()].flatMap((list) => list.map((sample) => sample.result.cpu))),
  )} over all runs (near 100%: the load generator, not the server, may be the limit, as for the ceiling);
  this bench process ${benchCpu.map(percent).join(' / ')} during each round's runs.`);

  const overOperations = (other: ServerName, mine: ServerName = 'ours') =>
    median(mix.map((operation) => pairedRatio(operation.name, other, mine)));
  console.log(
    `\n  response cache off: ours-uncached/mercurius ${overOperations('mercurius', 'ours-uncached').toFixed(2)} ours-uncached/ceiling ${overOperations('ceiling', 'ours-uncached').toFixed(2)}`,
  );
  if (!identical) console.log('\n  FAILED: some answers differ from ours (see "identical" above)');
  if (failures > 0) console.log(`\n  FAILED: ${failures} requests got a non-2xx status or a connection error`);
  return {
    ratioLines: [
      `ratio ours/mercurius ${overOperations('mercurius').toFixed(2)} ours/ceiling ${overOperations('ceiling').toFixed(2)}`,
      `ratio ours-uncached/mercurius ${overOperations('mercurius', 'ours-uncached').toFixed(2)}`,
    ],
    ok: identical && failures === 0,
  };
}

// ---------------------------------------------------------------------------------------------
// The startup section

export interface StartupBenchOptions {
  readonly data: string;
  readonly large: string;
  /** Starts per server on the default dataset. */
  readonly starts: number;
}

interface StartRecord {
  /** Spawn to the `listening on` line. */
  readonly ms: number;
  /** Spawn to the first 200 from /ready (its indexes built); null for a server without /ready. */
  readonly readyMs: number | null;
  /** Once ready (or listening, for a server without /ready). */
  readonly memory: MemoryFigures;
  /** `N entities / M relations`, from our server's log line; null for a server that does not say. */
  readonly size: string | null;
}

/** Polls GET /ready until it answers 200; the time of that answer. */
async function whenReady(url: string, timeoutMs: number): Promise<number> {
  const probe = new URL('/ready', url);
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const status = await fetch(probe).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url}: /ready did not answer 200 within ${timeoutMs / 1000} s`);
}

async function timeStart(command: ServerCommand, logFile: string): Promise<StartRecord> {
  const spawned = performance.now();
  const server = await startServer(command, logFile, 600_000);
  const readyMs = command.name.startsWith('ours') ? (await whenReady(server.url, 600_000)) - spawned : null;
  const memory = readyMs === null ? server.startMemory : server.memory();
  const loaded = /loaded (\d+) entities and (\d+) relations/.exec(readFileSync(logFile, 'utf8'));
  await stopServer(server);
  return { ms: server.startMs, readyMs, memory, size: loaded ? `${loaded[1]} / ${loaded[2]}` : null };
}

/** The server's start on the generated graph from its snapshot: what the bench's load line reports. */
export interface StartupFigures {
  /** Spawn to listening, ms. */
  readonly snapshotMs: number;
  /** Spawn to ready (/ready 200, its indexes built), ms. */
  readonly snapshotReadyMs: number | null;
  /** VmHWM once ready, bytes. */
  readonly snapshotPeakRss: number;
}

/**
 * Cold start and memory after startup; `ensureLarge` generates the large graph when it is missing.
 * On the generated graph, twice: the first start validates the data files and writes the dataset
 * snapshot, the second starts from it.
 */
export async function benchStartup(options: StartupBenchOptions, ensureLarge: () => void): Promise<StartupFigures> {
  heading('Startup: spawn to "listening on" and to /ready, and memory (VmRSS, VmHWM) once ready, of a server process');
  console.log(`  time includes node starting (each server compiled beforehand, as deployed), loading and
  validating the dataset, building the graph and its indexes, and the schema.`);
  const peers = await compileServers();
  const temp = mkdtempSync(join(tmpdir(), 'kg-bench-startup-'));
  const rows: string[][] = [];
  const row = (server: string, dataset: string, records: readonly StartRecord[]) => {
    rows.push([
      server,
      dataset,
      records.find((record) => record.size)?.size ?? '',
      String(records.length),
      formatMs(median(records.map((record) => record.ms))),
      records.map((record) => formatMs(record.ms)).join(' / '),
      records.every((record) => record.readyMs !== null)
        ? formatMs(median(records.map((record) => record.readyMs as number)))
        : '-',
      formatMB(median(records.map((record) => record.memory.rss))),
      formatMB(median(records.map((record) => record.memory.peakRss))),
    ]);
  };
  try {
    // Alternating, so neither always starts with a warmer file cache.
    console.log(`  default dataset: ours and mercurius, ${options.starts} starts each`);
    const ours: StartRecord[] = [];
    const peer: StartRecord[] = [];
    for (let index = 0; index < options.starts; index++) {
      if (index % 2 === 0) ours.push(await timeStart(oursCommand(options.data), join(temp, 'ours.log')));
      peer.push(await timeStart(mercuriusCommand(options.data, peers.mercurius), join(temp, 'mercurius.log')));
      if (index % 2 === 1) ours.push(await timeStart(oursCommand(options.data), join(temp, 'ours.log')));
    }
    row('ours', 'data/', ours);
    row('mercurius', 'data/', peer);

    ensureLarge();
    console.log(`  generated graph: ours, on ${options.large}, with no snapshot and then from the one it wrote`);
    const snapshots = { SNAPSHOT_DIR: join(temp, 'snapshots') };
    const withSnapshots = (command: ServerCommand): ServerCommand => ({
      ...command,
      env: { ...command.env, ...snapshots },
    });
    const cold = await timeStart(withSnapshots(oursCommand(options.large)), join(temp, 'ours-large.log'));
    row('ours', 'generated, data files', [cold]);
    const warm = await timeStart(withSnapshots(oursCommand(options.large)), join(temp, 'ours-large.log'));
    row('ours', 'generated, snapshot', [warm]);
    console.log();
    printTable(
      ['server', 'dataset', 'entities / relations', 'starts', 'listening', 'each', 'ready', 'RSS', 'peak RSS'],
      rows,
    );
    return { snapshotMs: warm.ms, snapshotReadyMs: warm.readyMs, snapshotPeakRss: warm.memory.peakRss };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
