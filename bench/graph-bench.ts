/**
 * Graph sections of the bench: how long a dataset takes to load and how much memory it holds, and
 * traversal latencies side by side: the bare graphology call, our traversal, and the same through
 * GraphQL (the server's fast path, no socket).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { bfsFromNode } from 'graphology-traversal';
import type { GraphQLField } from 'graphql';
import { RELATION_TYPES } from '../src/graph/dataset-schema.js';
import { toGraphology } from '../src/graph/export.js';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { type LoadOptions, type LoadSource, loadDatasetFrom } from '../src/graph/load.js';
import type { PartialDate } from '../src/graph/partial-date.js';
import { neighborhood, shortestPath } from '../src/graph/traversal.js';
import { schema } from '../src/schema/index.js';
import { createYogaApp, type YogaApp } from '../src/yoga.js';
import {
  formatMB,
  formatMs,
  heading,
  type LatencySummary,
  type MemorySnapshot,
  memorySnapshot,
  printTable,
  ratio,
  SeededRandom,
  summarize,
} from './helpers.js';

type BareGraph = ReturnType<typeof toGraphology>;

// ---------------------------------------------------------------------------------------------
// Load time and memory

export interface LoadReport {
  readonly label: string;
  readonly dir: string;
  /** What the graph was built from: the data files (read and validated), a snapshot, or (bare) graphology's. */
  readonly source: LoadSource | 'bare graphology';
  readonly entities: number;
  readonly relations: number;
  /** `loadDataset`: read, validate, build the graph and its indexes. */
  readonly ms: number;
  readonly before: MemorySnapshot;
  readonly after: MemorySnapshot;
  /** Peak RSS of the process so far, after this load. */
  readonly maxRss: number;
}

/**
 * Loads a dataset and measures it. With a snapshot directory, the first load of a dataset reads
 * and validates the data files and writes the snapshot (both in its time); the next one reads the
 * snapshot.
 */
export function benchLoad(
  label: string,
  dir: string,
  options: LoadOptions = {},
): { report: LoadReport; graph: KnowledgeGraph } {
  const before = memorySnapshot();
  const started = performance.now();
  const { graph, source } = loadDatasetFrom(dir, options);
  const ms = performance.now() - started;
  const after = memorySnapshot();
  const report: LoadReport = {
    label,
    dir,
    source,
    entities: graph.entityCount,
    relations: graph.relationCount,
    ms,
    before,
    after,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
  return { report, graph };
}

/**
 * The baseline: the same data files read and parsed, and every entity added as a node and every
 * relation as an edge (by key, record as attributes) of a graphology multigraph. No validation,
 * no spans, no indexes: what a graph of these edges costs at the least.
 */
export function benchBareBuild(label: string, dir: string): LoadReport {
  const before = memorySnapshot();
  const started = performance.now();
  let graph: MultiDirectedGraph | null = new MultiDirectedGraph();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      entities?: { slug: string }[];
      relations?: { id: string; from: string; to: string }[];
    };
    for (const entity of json.entities ?? []) graph.addNode(entity.slug, entity);
    for (const relation of json.relations ?? [])
      graph.addEdgeWithKey(relation.id, relation.from, relation.to, relation);
  }
  const ms = performance.now() - started;
  const after = memorySnapshot();
  const report: LoadReport = {
    label,
    dir,
    source: 'bare graphology',
    entities: graph.order,
    relations: graph.size,
    ms,
    before,
    after,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
  graph = null;
  return report;
}

export function printLoadReports(reports: readonly LoadReport[]): void {
  heading(
    'Load: loadDataset (read + zod validation + buildGraph, or a snapshot + buildGraph), and a bare graphology build',
  );
  printTable(
    [
      'dataset',
      'from',
      'entities',
      'relations',
      'load',
      'RSS before',
      'RSS after',
      'heap before',
      'heap after',
      'peak RSS so far',
    ],
    reports.map((report) => [
      report.label,
      report.source,
      String(report.entities),
      String(report.relations),
      formatMs(report.ms),
      formatMB(report.before.rss),
      formatMB(report.after.rss),
      formatMB(report.before.heapUsed),
      formatMB(report.after.heapUsed),
      formatMB(report.maxRss),
    ]),
  );
  if (typeof globalThis.gc !== 'function') {
    console.log('\n  (no --expose-gc: memory figures include garbage; run through `npm run bench`)');
  }
}

// ---------------------------------------------------------------------------------------------
// Latency comparisons

interface Variant<Input> {
  readonly name: string;
  /** Sync variants are timed without an await, so they pay for no promise machinery. */
  readonly call: (input: Input) => unknown;
  readonly async: boolean;
}

async function timePass<Input>(variant: Variant<Input>, inputs: readonly Input[]): Promise<number[]> {
  const durations: number[] = new Array(inputs.length);
  // Every result is kept until the pass ends, so no call can be optimised away.
  const results: unknown[] = new Array(inputs.length);
  if (variant.async) {
    for (let index = 0; index < inputs.length; index++) {
      const started = performance.now();
      results[index] = await variant.call(inputs[index] as Input);
      durations[index] = performance.now() - started;
    }
  } else {
    for (let index = 0; index < inputs.length; index++) {
      const started = performance.now();
      results[index] = variant.call(inputs[index] as Input);
      durations[index] = performance.now() - started;
    }
  }
  return durations;
}

/**
 * Times every variant over the same inputs, `rounds` times. Each round runs the variants one
 * after the other, in the opposite order from the round before, so no variant always runs first
 * (cold caches) or always right after the one whose garbage it may pay for. No forced collection
 * between passes: on the large graph each one takes seconds. GC pauses fall where they fall and
 * show in p99 and max.
 */
async function compare<Input>(
  title: string,
  variants: readonly Variant<Input>[],
  inputs: readonly Input[],
  rounds: number,
): Promise<Map<string, LatencySummary>> {
  const samples = new Map<string, number[][]>(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      samples.get(variant.name)?.push(await timePass(variant, inputs));
    }
  }
  const summaries = new Map([...samples].map(([name, perRound]) => [name, summarize(perRound)]));
  console.log(`\n  ${title}: ${inputs.length} inputs x ${rounds} rounds, per-call latency`);
  printTable(
    ['variant', 'p50', 'p99', 'max', 'mean', 'median of each round'],
    [...summaries].map(([name, summary]) => [
      name,
      formatMs(summary.p50),
      formatMs(summary.p99),
      formatMs(summary.max),
      formatMs(summary.mean),
      summary.roundMedians.map(formatMs).join(' / '),
    ]),
  );
  return summaries;
}

function printRatios(label: string, summaries: Map<string, LatencySummary>): void {
  const bare = summaries.get('bare');
  if (!bare) return;
  const parts = (key: 'p50' | 'p99') =>
    [...summaries]
      .filter(([name]) => name !== 'bare')
      .map(([name, summary]) => `${name}/bare ${ratio(summary[key], bare[key])}`)
      .join('  ');
  console.log(`\n  ${label} p50  ${parts('p50')}`);
  console.log(`  ${label} p99  ${parts('p99')}`);
}

// ---------------------------------------------------------------------------------------------
// GraphQL

/** The field of Query, or why it cannot be benched. */
function queryField(name: string, args: readonly string[]): GraphQLField<unknown, unknown> | string {
  const field = schema.getQueryType()?.getFields()[name];
  if (!field) return `Query.${name} does not exist in the schema yet`;
  const missing = args.filter((arg) => !field.args.some((candidate) => candidate.name === arg));
  if (missing.length > 0) return `Query.${name} has no argument ${missing.join(', ')}`;
  return field;
}

/** The declared type of an argument, for the operation's variable definitions. */
function argType(field: GraphQLField<unknown, unknown>, name: string): string {
  return String(field.args.find((arg) => arg.name === name)?.type);
}

interface GraphQLResult<Data> {
  readonly data?: Data | null;
  readonly errors?: readonly { readonly message: string }[];
}

/**
 * How the bench sends one GraphQL request in this process: a JSON POST body in, the response
 * body's text out. It goes the way the server takes a JSON POST: the fast path (every yoga hook,
 * no fetch-API objects; src/http/fast-path.ts), only without a socket.
 */
export type GraphQLExecutor = (body: { query: string; variables: Record<string, unknown> }) => Promise<string>;

const JSON_POST_HEADERS = {
  host: '127.0.0.1',
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

export function fastPathExecutor(yoga: YogaApp): GraphQLExecutor {
  return async (body) => {
    const response = await yoga.fastPath.respond({
      method: 'POST',
      url: '/graphql',
      headers: JSON_POST_HEADERS,
      body: Buffer.from(JSON.stringify(body)),
    });
    return String(response.body);
  };
}

/** A GraphQL variant: the timed call reads the response body as text; verification parses it. */
function graphqlCall<Input>(
  execute: GraphQLExecutor,
  query: string,
  variables: (input: Input) => Record<string, unknown>,
) {
  return {
    timed: (input: Input) => execute({ query, variables: variables(input) }),
    parsed: async <Data>(input: Input) =>
      JSON.parse(await execute({ query, variables: variables(input) })) as GraphQLResult<Data>,
  };
}

// ---------------------------------------------------------------------------------------------
// Traversals

export interface TraversalBenchOptions {
  /** How many entity pairs (and neighbourhood centres). */
  readonly pairs: number;
  readonly rounds: number;
  readonly seed: number;
}

const MAX_LENGTH = 6;
/** The date of the bench's asOf filter: the generated relations span about a century around it. */
const AS_OF = '2000' as PartialDate;
/** The cheapest request there is: what the GraphQL pipeline costs before any resolver. */
const FLOOR_QUERY = '{ __typename }';
const DEPTH = 2;
const LIMIT = 200;

/** Pairs of distinct entities drawn uniformly from the whole graph, the same for the same seed. */
function drawPairs(graph: KnowledgeGraph, count: number, seed: number): [string, string][] {
  const slugs = graph.list().map((entity) => entity.slug);
  if (slugs.length < 2) throw new Error('the graph needs at least two entities');
  const random = new SeededRandom(seed);
  const pairs: [string, string][] = [];
  while (pairs.length < count) {
    const from = random.pick(slugs);
    const to = random.pick(slugs);
    if (from !== to) pairs.push([from, to]);
  }
  return pairs;
}

/** Thrown (never constructed per call) to end graphology's BFS once it has visited enough nodes. */
const STOP_BFS = new Error('stop');

/** graphology-traversal's BFS both ways (mode "directed": in- and out-neighbours), to depth and limit. */
function bareNeighborhood(bare: BareGraph, of: string): number {
  let visited = 0;
  try {
    bfsFromNode(
      bare,
      of,
      (_node, _attributes, depth) => {
        if (++visited >= LIMIT) throw STOP_BFS;
        return depth >= DEPTH;
      },
      { mode: 'directed' },
    );
  } catch (error) {
    if (error !== STOP_BFS) throw error;
  }
  return visited;
}

function mean(values: readonly number[]): string {
  return values.length === 0 ? '-' : (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2);
}

/**
 * Shortest path and neighbourhood, bare graphology vs our graph code vs GraphQL. Returns the line
 * `ratio shortest-path graph/bare X graphql/bare Y` (p50s), for the end of the bench's output.
 * `execute` sends the GraphQL requests (default: the fast path of an app configured as the server's).
 */
export async function benchTraversals(
  graph: KnowledgeGraph,
  options: TraversalBenchOptions,
  execute: GraphQLExecutor = fastPathExecutor(
    // As src/server.ts builds it: the body-size limit is enforced in front of yoga, not by it.
    createYogaApp({ graph, graphiql: false, maxRequestBodySize: false }),
  ),
): Promise<string> {
  heading(
    `Traversals on ${graph.entityCount} entities / ${graph.relationCount} relations (seed ${options.seed}, ${options.pairs} pairs)`,
  );
  const pairs = drawPairs(graph, options.pairs, options.seed);
  const bareGraph = toGraphology(graph);
  const centres = pairs.map(([from]) => from);

  console.log(`  bare = graphology-shortest-path bidirectional / graphology-traversal bfsFromNode on the same relations in a graphology MultiDirectedGraph
  ours = src/graph/traversal.ts; graphql = the same through GraphQL in this process (by default yoga.fetch:
    a JSON POST, body read as text, no socket); graphql floor = \`{ __typename }\` the same way, what any request costs
  ours types = with a types filter naming every type (the same walk, plus a test per relation);
  ours asOf = as of ${AS_OF} (a real filter: fewer relations walked, other paths found)
  ours sources = citing any of the graph's sources (the same walk, plus a test per relation of its set of sources)

  Not the same work, so ratios are a price, not a verdict:
  - bare shortest path follows edge direction (from -> to) and has no length cap; ours walks relations
    both ways, up to ${MAX_LENGTH} hops, with a visit cap (and a filter test per relation when filtered), and returns the steps.
  - bare neighbourhood only visits node keys (both directions, depth ${DEPTH}, stops at ${LIMIT} nodes) and
    allocates a queue the size of the whole graph on every call; ours also collects the relations among
    the entities it keeps and resolves the entity records.`);

  // --- shortest path ---------------------------------------------------------------------------
  const pathField = queryField('shortestPath', ['from', 'to', 'maxLength']);
  const pathQuery =
    typeof pathField === 'string'
      ? null
      : `query BenchShortestPath($from: ${argType(pathField, 'from')}, $to: ${argType(pathField, 'to')}) {
  shortestPath(from: $from, to: $to, maxLength: ${MAX_LENGTH}) { length steps { forward relation { type } } }
}`;
  const pathGraphql = pathQuery
    ? graphqlCall(execute, pathQuery, ([from, to]: [string, string]) => ({ from, to }))
    : null;

  // Built on the first traversal of a generation: timed apart, so the passes below do not pay for it.
  const indexStarted = performance.now();
  graph.numberedAdjacency();
  console.log(`\n  numbered adjacency (built on the first traversal): ${formatMs(performance.now() - indexStarted)}`);

  // Untimed first pass: warms every variant up and checks what each one found.
  const bareLengths: number[] = [];
  const ourLengths: number[] = [];
  let truncated = 0;
  let graphqlAgrees = 0;
  let graphqlProblem = typeof pathField === 'string' ? pathField : null;
  for (const [from, to] of pairs) {
    const bare = bidirectional(bareGraph, from, to);
    if (bare) bareLengths.push(bare.length - 1);
    const ours = shortestPath(graph, from, to, { maxLength: MAX_LENGTH });
    if (ours.path) ourLengths.push(ours.path.steps.length);
    if (ours.truncated) truncated++;
    if (pathGraphql && !graphqlProblem) {
      const result = await pathGraphql.parsed<{ shortestPath: { length: number } | null }>([from, to]);
      if (result.errors?.length) graphqlProblem = `the query failed: ${result.errors[0]?.message}`;
      else if ((result.data?.shortestPath?.length ?? null) === (ours.path?.steps.length ?? null)) graphqlAgrees++;
    }
  }
  console.log(`\n  shortest path, what was found over ${pairs.length} pairs:
    bare (directed, no cap): ${bareLengths.length} paths, mean length ${mean(bareLengths)}
    ours (both ways, <= ${MAX_LENGTH}): ${ourLengths.length} paths, mean length ${mean(ourLengths)}, ${truncated} truncated by the visit cap
    graphql: ${graphqlProblem ? `skipped (${graphqlProblem})` : `same length as ours for ${graphqlAgrees} of ${pairs.length}`}`);

  const everyType = { maxLength: MAX_LENGTH, types: [...RELATION_TYPES] };
  const asOf = { maxLength: MAX_LENGTH, asOf: AS_OF };
  const everySource = { maxLength: MAX_LENGTH, sources: graph.sources().map((source) => source.id) };
  const pathVariants: Variant<[string, string]>[] = [
    { name: 'bare', async: false, call: ([from, to]) => bidirectional(bareGraph, from, to) },
    { name: 'ours', async: false, call: ([from, to]) => shortestPath(graph, from, to, { maxLength: MAX_LENGTH }) },
    { name: 'ours types', async: false, call: ([from, to]) => shortestPath(graph, from, to, everyType) },
    { name: 'ours asOf', async: false, call: ([from, to]) => shortestPath(graph, from, to, asOf) },
    { name: 'ours sources', async: false, call: ([from, to]) => shortestPath(graph, from, to, everySource) },
  ];
  if (pathGraphql && !graphqlProblem) {
    pathVariants.push(
      { name: 'graphql', async: true, call: pathGraphql.timed },
      { name: 'graphql floor', async: true, call: () => execute({ query: FLOOR_QUERY, variables: {} }) },
    );
  }
  const pathSummaries = await compare('shortestPath', pathVariants, pairs, options.rounds);
  printRatios('shortestPath', pathSummaries);
  const p50Ratio = (name: string) => {
    const [variant, bare] = [pathSummaries.get(name), pathSummaries.get('bare')];
    return variant && bare ? ratio(variant.p50, bare.p50) : '-';
  };
  const ratioLine = `ratio shortest-path graph/bare ${p50Ratio('ours')} graphql/bare ${p50Ratio('graphql')}`;

  // --- neighbourhood ---------------------------------------------------------------------------
  const hoodField = queryField('neighborhood', ['of', 'depth', 'limit']);
  const hoodQuery =
    typeof hoodField === 'string'
      ? null
      : `query BenchNeighborhood($of: ${argType(hoodField, 'of')}) {
  neighborhood(of: $of, depth: ${DEPTH}, limit: ${LIMIT}) { truncated entities { slug } relations { id } }
}`;
  const hoodGraphql = hoodQuery ? graphqlCall(execute, hoodQuery, (of: string) => ({ of })) : null;

  const bareCounts: number[] = [];
  const ourCounts: number[] = [];
  const ourRelations: number[] = [];
  let hoodTruncated = 0;
  let hoodAgrees = 0;
  let hoodProblem = typeof hoodField === 'string' ? hoodField : null;
  for (const of of centres) {
    bareCounts.push(bareNeighborhood(bareGraph, of));
    const ours = neighborhood(graph, of, { depth: DEPTH, limit: LIMIT });
    ourCounts.push(ours.entities.length);
    ourRelations.push(ours.relations.length);
    if (ours.truncated) hoodTruncated++;
    if (hoodGraphql && !hoodProblem) {
      const result = await hoodGraphql.parsed<{ neighborhood: { entities: unknown[]; relations: unknown[] } }>(of);
      if (result.errors?.length) hoodProblem = `the query failed: ${result.errors[0]?.message}`;
      else if (
        result.data?.neighborhood.entities.length === ours.entities.length &&
        result.data.neighborhood.relations.length === ours.relations.length
      ) {
        hoodAgrees++;
      }
    }
  }
  console.log(`\n  neighbourhood (depth ${DEPTH}, limit ${LIMIT}), what was found over ${centres.length} centres:
    bare: mean ${mean(bareCounts)} nodes
    ours: mean ${mean(ourCounts)} entities and ${mean(ourRelations)} relations, ${hoodTruncated} truncated at the limit
    graphql: ${hoodProblem ? `skipped (${hoodProblem})` : `same entity and relation counts as ours for ${hoodAgrees} of ${centres.length}`}`);

  const hoodVariants: Variant<string>[] = [
    { name: 'bare', async: false, call: (of) => bareNeighborhood(bareGraph, of) },
    { name: 'ours', async: false, call: (of) => neighborhood(graph, of, { depth: DEPTH, limit: LIMIT }) },
  ];
  if (hoodGraphql && !hoodProblem) hoodVariants.push({ name: 'graphql', async: true, call: hoodGraphql.timed });
  printRatios('neighborhood', await compare('neighborhood', hoodVariants, centres, options.rounds));
  return ratioLine;
}
