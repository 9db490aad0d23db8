/**
 * `kg`: the data tools a curator uses.
 *
 *   kg validate [DIR]                    every problem with file, record and field; exit 1 if any
 *   kg stats [DIR] [--json]              counts by kind and relation type, uncited and isolated records, dating
 *   kg export [DIR] --format F [--out FILE] [--base IRI] [--store FILE]
 *                                        F: graphology (JSON), graphml, ntriples (RDF), or dataset
 *                                        (data files, --out a directory); with --store, the
 *                                        store's changes are applied first
 *   kg data-schema [--check] [FILE]      write (or check) the JSON Schema of the data files
 *
 * DIR defaults to data/. Progress goes to stderr (on a terminal, or with --progress), results to
 * stdout (or --out).
 */
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetJsonSchema } from '../graph/dataset-schema.js';
import { formatProblem } from '../graph/errors.js';
import { DEFAULT_BASE_IRI, toGraphml, toGraphologyJson, toNTriples } from '../graph/export.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { buildGraph, readDataset } from '../graph/load.js';
import { datasetStats } from '../graph/stats.js';
import type { Change } from '../store/change-log.js';
import { exportDataset } from '../store/export-dataset.js';
import { replay } from '../store/living-graph.js';
import { openChangeLog } from '../store/open-store.js';

const USAGE = `usage: kg <command> [options]
  kg validate [DIR]
  kg stats [DIR] [--json]
  kg export [DIR] --format graphology|graphml|ntriples|dataset [--out FILE|DIR] [--base IRI] [--store FILE|URL]
  kg data-schema [--check] [FILE]`;

const DATA_SCHEMA_FILE = 'schema/dataset.schema.json';
const FORMATS = ['graphology', 'graphml', 'ntriples', 'dataset'] as const;

function fail(message: string): never {
  console.error(`kg: ${message}`);
  process.exit(2);
}

let showProgress = Boolean(process.stderr.isTTY);
const progress = (message: string) => {
  if (showProgress) console.error(`… ${message}`);
};

// A reader that stops early (kg export … | head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Reads and validates DIR; on problems, lists every one and exits 1. */
function load(dir: string): KnowledgeGraph {
  const started = performance.now();
  const reading = readDataset(dir, progress);
  if (reading.problems.length > 0) {
    console.error(`${dir}: ${reading.problems.length} problem${reading.problems.length === 1 ? '' : 's'}`);
    for (const problem of reading.problems) console.error(`  - ${formatProblem(problem)}`);
    process.exit(1);
  }
  progress('building the graph');
  const graph = buildGraph(reading.records);
  progress(`loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return graph;
}

async function writeLines(lines: Iterable<string>, out: string | undefined): Promise<void> {
  const stream = out ? createWriteStream(out) : process.stdout;
  let count = 0;
  for (const line of lines) {
    if (!stream.write(line)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    if (++count % 500_000 === 0) progress(`${count.toLocaleString('en')} lines written`);
  }
  if (out)
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
      store: { type: 'string' },
      json: { type: 'boolean' },
      check: { type: 'boolean' },
      progress: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, argument] = positionals;
  if (values.progress) showProgress = true;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  const dir = argument ?? 'data';
  switch (command) {
    case 'validate': {
      const graph = load(dir);
      console.log(
        `${dir}: ok (${graph.entityCount} entities, ${graph.relationCount} relations, ${graph.sources().length} sources)`,
      );
      return;
    }
    case 'stats': {
      const stats = datasetStats(load(dir));
      if (values.json) {
        console.log(JSON.stringify(stats, null, 2));
        return;
      }
      console.log(`${dir}: ${stats.entities} entities, ${stats.relations} relations, ${stats.sources} sources`);
      console.log('entities by kind:');
      for (const [kind, count] of Object.entries(stats.entitiesByKind)) console.log(`  ${kind.padEnd(16)} ${count}`);
      console.log('relations by type:');
      for (const [type, count] of Object.entries(stats.relationsByType)) console.log(`  ${type.padEnd(16)} ${count}`);
      const list = (label: string, items: readonly string[]) =>
        console.log(
          `${label}: ${items.length === 0 ? 'none' : `${items.length}\n${items.map((item) => `  ${item}`).join('\n')}`}`,
        );
      list('entities without a citation', stats.uncitedEntities);
      list('relations without a citation', stats.uncitedRelations);
      list('isolated entities (no relation)', stats.isolatedEntities);
      list('sources no record cites', stats.unusedSources);
      console.log(`dated relations: ${stats.datedPercent}% (by their own start, or the strike or event they concern)`);
      for (const [type, dating] of Object.entries(stats.datingByType)) {
        const byEvent = dating.datedByEvent > 0 ? `, ${dating.datedByEvent} by their event` : '';
        console.log(
          `  ${type.padEnd(16)} ${String(dating.datedPercent).padStart(3)}%  (${dating.dated} of ${dating.relations} with a start${byEvent})`,
        );
      }
      list("relations that can hold at no time (dates outside their endpoints' lives)", stats.impossibleRelations);
      list(
        'relations with an unknown start or end',
        stats.unknownBounds.map(
          ({ id, start, end }) => `${id} (${[start && 'start', end && 'end'].filter(Boolean).join(', ')})`,
        ),
      );
      return;
    }
    case 'export': {
      const format = values.format as (typeof FORMATS)[number] | undefined;
      if (!format || !FORMATS.includes(format)) fail(`export needs --format, one of ${FORMATS.join(', ')}`);
      if (format === 'dataset' && !values.out) fail('export --format dataset needs --out DIR');
      let graph = load(dir);
      let changes: readonly Change[] = [];
      if (values.store) {
        // Read-only: a server may have the store open meanwhile.
        const log = await openChangeLog(values.store, { readonly: true });
        try {
          changes = await log.readAfter(0);
        } finally {
          await log.close();
        }
        progress(`applying ${changes.length} changes from ${log.description}`);
        graph = replay(graph, changes, log.description);
      }
      progress(`exporting ${graph.entityCount} entities and ${graph.relationCount} relations as ${format}`);
      if (format === 'dataset') {
        const files = exportDataset(dir, graph, changes, values.out as string);
        console.log(`wrote ${files.length} files to ${values.out} (${changes.length} changes applied)`);
      } else if (format === 'graphology')
        await writeLines([`${JSON.stringify(toGraphologyJson(graph))}\n`], values.out);
      else if (format === 'graphml') await writeLines(toGraphml(graph), values.out);
      else await writeLines(toNTriples(graph, values.base ?? DEFAULT_BASE_IRI), values.out);
      if (values.out) progress(`wrote ${values.out}`);
      return;
    }
    case 'data-schema': {
      const file = argument ?? DATA_SCHEMA_FILE;
      const printed = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
      if (!values.check) {
        writeFileSync(file, printed);
        console.log(`wrote ${file}`);
        return;
      }
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        // Missing: reported as stale below.
      }
      if (committed !== printed) {
        console.error(`${file} is stale: run \`npm run data-schema\` and commit the result`);
        process.exit(1);
      }
      console.log(`${file} is up to date`);
      return;
    }
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`kg: ${(error as Error).message}`);
  process.exit(2);
});
