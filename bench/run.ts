/**
 * `npm run bench [-- --sections load,traversal,startup,http --rounds R --seed S ...]`
 *
 * Reproducible and bounded: inputs come from a seeded generator, every section runs a fixed
 * number of calls or a fixed time. It prints figures and asserts none: timings depend on the
 * machine. Run it through npm, which starts node with --expose-gc so memory is measured after a
 * full collection.
 *
 * - load, traversal: in this process, no socket (GraphQL goes through `yoga.fetch`).
 * - startup: cold start and memory of the server as a child process, default and generated data.
 * - http: throughput over 127.0.0.1 of our server, mercurius and a precomputed-response ceiling,
 *   autocannon in a child process (bench/http-bench.ts). A run that includes it ends with the lines
 *   `ratio ours/mercurius X ours/ceiling Y` and `ratio ours-uncached/mercurius X`; it exits 1 when
 *   the servers' answers differ.
 *
 * The large graph (bench/generated/large, git-ignored) is generated on first use by
 * scripts/generate-graph.ts, in a child process so its garbage does not sit in this process's
 * memory figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { benchBareBuild, benchLoad, benchTraversals, type LoadReport, printLoadReports } from './graph-bench.js';
import { collectGarbage, formatMs, seconds } from './helpers.js';
import { benchHttp, benchStartup, type StartupFigures } from './http-bench.js';
import { benchWrites } from './writes-bench.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATOR = join(ROOT, 'scripts', 'generate-graph.ts');

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    data: { type: 'string', default: join(ROOT, 'data') },
    large: { type: 'string', default: join(ROOT, 'bench', 'generated', 'large') },
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '20' },
    pool: { type: 'string', default: '500' },
    check: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    writes: { type: 'string', default: '2000' },
    sections: { type: 'string', default: 'load,traversal,writes,startup,http' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`usage: npm run bench -- [options]
  --pairs N        entity pairs (and neighbourhood centres) per traversal comparison (200)
  --rounds R       rounds per comparison, variants alternating order (3); also server starts (startup)
  --seed S         seed for the pairs and the HTTP mix (1)
  --duration SEC   http: seconds of load per operation, server and round (5)
  --connections N  http: autocannon connections (20)
  --pool N         http: request bodies per operation, variables drawn from the whole dataset (500)
  --check N        http: bodies per operation whose answers must be identical on every server (20)
  --warmup SEC     http: untimed load over the whole mix on each server as it starts (2)
  --writes N       writes: how many writes of the mix (2000)
  --data DIR       the default dataset (data/)
  --large DIR      the generated graph (bench/generated/large), generated when missing with
  --entities N --relations M   (100000, 1000000)
  --sections LIST  comma-separated, of: ${Object.keys(sectionsByName()).join(', ')} (all)`);
  process.exit(0);
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, not "${text}"`);
  return value;
}

const options = {
  pairs: positiveInteger('pairs', values.pairs),
  rounds: positiveInteger('rounds', values.rounds),
  seed: positiveInteger('seed', values.seed),
  data: resolve(values.data),
  large: resolve(values.large),
  duration: positiveInteger('duration', values.duration),
  connections: positiveInteger('connections', values.connections),
  pool: positiveInteger('pool', values.pool),
  check: positiveInteger('check', values.check),
  warmup: positiveInteger('warmup', values.warmup),
  writes: positiveInteger('writes', values.writes),
};

/** State the sections share: the large graph is loaded once, by whichever section needs it first. */
class BenchContext {
  readonly loads: LoadReport[] = [];
  /** Printed after everything else, one a line: the sections' ratio lines. */
  readonly lines: string[] = [];
  /** A section found something wrong (e.g. servers answering differently): exit 1 at the end. */
  failed = false;
  #large: KnowledgeGraph | null = null;
  /** Large-graph load times, ms: the bare graphology build, ours from the data files and from the snapshot. */
  readonly largeLoads: { bare?: number; files?: number; snapshot?: number } = {};
  startup: StartupFigures | null = null;
  /**
   * This run's snapshots of validated datasets: a fresh directory, so the first load of the large
   * graph always validates the data files, and removed at the end.
   */
  readonly snapshotDir = mkdtempSync(join(tmpdir(), 'kg-bench-snapshots-'));

  /** The load ratio line: one figure for each section that ran, `-` for the others. */
  loadLine(): string | null {
    const { bare, files, snapshot } = this.largeLoads;
    if (bare === undefined && !this.startup) return null;
    const loaded = snapshot ?? files;
    const figure = (value: number | undefined, digits: number) => (value === undefined ? '-' : value.toFixed(digits));
    return `ratio load/graphology ${figure(loaded !== undefined && bare ? loaded / bare : undefined, 2)} peak-rss-mb ${figure(
      this.startup ? this.startup.snapshotPeakRss / 1_048_576 : undefined,
      0,
    )} start-s ${figure(this.startup ? this.startup.snapshotMs / 1000 : undefined, 1)} ready-s ${figure(
      this.startup?.snapshotReadyMs != null ? this.startup.snapshotReadyMs / 1000 : undefined,
      1,
    )}`;
  }

  /** Generates the large graph if missing; the generator writes atomically, so a directory means a whole dataset. */
  ensureLargeDataset(): void {
    if (existsSync(join(options.large, 'sources.json'))) return;
    console.log(`\n${options.large} is missing: generating it`);
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        GENERATOR,
        '--entities',
        values.entities,
        '--relations',
        values.relations,
        '--out',
        options.large,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`the generator failed (exit ${result.status ?? result.signal})`);
  }

  /** Lets go of the large graph, so this process is small and quiet while child processes are measured. */
  releaseLargeGraph(): void {
    if (!this.#large) return;
    this.#large = null;
    collectGarbage();
  }

  largeGraph(): KnowledgeGraph {
    if (!this.#large) {
      this.ensureLargeDataset();
      const { report, graph } = benchLoad('generated', options.large, { snapshotDir: this.snapshotDir });
      console.log(`\n  loaded ${options.large} in ${(report.ms / 1000).toFixed(1)} s, from the ${report.source}`);
      this.loads.push(report);
      this.#large = graph;
    }
    return this.#large;
  }
}

interface Section {
  readonly description: string;
  readonly run: (context: BenchContext) => Promise<void> | void;
}

function sectionsByName(): Record<string, Section> {
  return {
    load: {
      description: 'load time and memory of the default dataset and of the generated graph',
      run: (context) => {
        // The default dataset first, and let go of it, so the large graph's figures start clean.
        context.loads.push(benchLoad('data/', options.data).report);
        context.ensureLargeDataset();
        context.releaseLargeGraph();
        // The baseline, then ours twice: the first load validates the data files and writes the
        // snapshot, the second reads it (what a server start does once the snapshot exists).
        const bare = benchBareBuild('generated', options.large);
        context.loads.push(bare);
        collectGarbage();
        const cold = benchLoad('generated', options.large, { snapshotDir: context.snapshotDir }).report;
        context.loads.push(cold);
        collectGarbage();
        context.largeGraph();
        const snapshot = context.loads.at(-1) as LoadReport;
        printLoadReports(context.loads);
        context.largeLoads.bare = bare.ms;
        context.largeLoads.files = cold.ms;
        if (snapshot.source === 'snapshot') context.largeLoads.snapshot = snapshot.ms;
        console.log(`
  large graph, ours / bare graphology: from the data files (validating, writing the snapshot) ${(cold.ms / bare.ms).toFixed(2)} (${formatMs(cold.ms)} / ${formatMs(bare.ms)}), from the snapshot ${(snapshot.ms / bare.ms).toFixed(2)} (${formatMs(snapshot.ms)})
  peak RSS of this process is cumulative over the loads; the startup section measures a server's own peak.`);
      },
    },
    traversal: {
      description: 'shortest path and 2-hop neighbourhood: bare graphology vs ours vs GraphQL',
      run: async (context) => {
        context.lines.push(await benchTraversals(context.largeGraph(), options));
      },
    },
    writes: {
      description: 'writes on the generated graph: graph alone, and through the SQLite change log',
      run: async (context) => {
        context.lines.push(await benchWrites(context.largeGraph(), options));
      },
    },
    startup: {
      description: 'cold start and memory of the server process, default dataset and generated graph',
      run: (context) => {
        context.releaseLargeGraph();
        return benchStartup({ data: options.data, large: options.large, starts: options.rounds }, () =>
          context.ensureLargeDataset(),
        ).then((figures) => {
          context.startup = figures;
        });
      },
    },
    http: {
      description: 'req/s, p50, p99 over 127.0.0.1: ours vs mercurius (jit) vs a precomputed-response ceiling',
      run: async (context) => {
        context.releaseLargeGraph();
        const outcome = await benchHttp(options);
        context.lines.push(...outcome.ratioLines);
        if (!outcome.ok) context.failed = true;
      },
    },
  };
}

/** The order of the closing lines, whatever order the sections ran in; lines of other kinds come first. */
const LINE_ORDER = [
  'ratio ours/mercurius',
  'ratio ours-uncached/mercurius',
  'ratio load/graphology',
  'ratio shortest-path',
];

function ordered(lines: readonly string[]): string[] {
  const rank = (line: string) => LINE_ORDER.findIndex((prefix) => line.startsWith(prefix));
  return [...lines].sort((a, b) => rank(a) - rank(b));
}

async function main(): Promise<void> {
  const started = performance.now();
  const available = sectionsByName();
  const chosen = values.sections.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !(name in available));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}`);

  const cpu = cpus();
  console.log(`# bench
  node ${process.version}, ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}
  gc between measurements: ${typeof globalThis.gc === 'function' ? 'yes' : 'no (run with node --expose-gc)'}
  pairs ${options.pairs}, rounds ${options.rounds}, seed ${options.seed}, sections ${chosen.join(', ')}`);
  if (chosen.includes('http')) {
    console.log(
      `  http: ${options.connections} connections, ${options.duration} s per run, pool ${options.pool}, check ${options.check}, warm-up ${options.warmup} s`,
    );
  }

  const context = new BenchContext();
  for (const name of chosen) {
    const sectionStarted = performance.now();
    await available[name]?.run(context);
    console.log(`\n  (${name}: ${seconds(sectionStarted)})`);
  }
  console.log(`\ntotal ${seconds(started)}`);
  rmSync(context.snapshotDir, { recursive: true, force: true });
  const loadLine = context.loadLine();
  if (loadLine) context.lines.push(loadLine);
  if (context.failed) process.exitCode = 1;
  // Last, so a script can take the ratios from the final lines.
  if (context.lines.length > 0) console.log(`\n${ordered(context.lines).join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
