/**
 * `npm run bench [-- --pairs N --rounds R --seed S --sections load,traversal]`
 *
 * Reproducible and bounded: inputs come from a seeded generator, every section runs a fixed
 * number of calls, nothing listens on a socket (GraphQL goes through `yoga.fetch`). It prints
 * figures and asserts none: timings depend on the machine. Run it through npm, which starts node
 * with --expose-gc so memory is measured after a full collection.
 *
 * The large graph (bench/generated/large, git-ignored) is generated on first use by
 * scripts/generate-graph.ts, in a child process so its garbage does not sit in this process's
 * memory figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { benchLoad, benchTraversals, type LoadReport, printLoadReports } from './graph-bench.js';
import { seconds } from './helpers.js';

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
    sections: { type: 'string', default: 'load,traversal' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`usage: npm run bench -- [options]
  --pairs N        entity pairs (and neighbourhood centres) per traversal comparison (200)
  --rounds R       rounds per comparison, variants alternating order (3)
  --seed S         seed for the pairs (1)
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
};

/** State the sections share: the large graph is loaded once, by whichever section needs it first. */
class BenchContext {
  readonly loads: LoadReport[] = [];
  #large: KnowledgeGraph | null = null;

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

  largeGraph(): KnowledgeGraph {
    if (!this.#large) {
      this.ensureLargeDataset();
      const { report, graph } = benchLoad('generated', options.large);
      console.log(`\n  loaded ${options.large} in ${(report.ms / 1000).toFixed(1)} s`);
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
        context.largeGraph();
        printLoadReports(context.loads);
      },
    },
    traversal: {
      description: 'shortest path and 2-hop neighbourhood: bare graphology vs ours vs GraphQL',
      run: (context) => benchTraversals(context.largeGraph(), options),
    },
  };
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

  const context = new BenchContext();
  for (const name of chosen) {
    const sectionStarted = performance.now();
    await available[name]?.run(context);
    console.log(`\n  (${name}: ${seconds(sectionStarted)})`);
  }
  console.log(`\ntotal ${seconds(started)}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
