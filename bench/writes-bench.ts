/**
 * Writes on a large graph: each write checked, committed to an SQLite change log (WAL, fsync on
 * commit) and made the next version, as a mutation does; and the same writes on the graph alone
 * (check + next version, no store), to tell the two costs apart. The mix: new relations between
 * entities drawn from the whole graph, updates of them, new entities, entity updates, retractions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { applyWrite, type WriteRequest } from '../src/graph/writes.js';
import { LivingGraph } from '../src/store/living-graph.js';
import { SqliteChangeLog } from '../src/store/sqlite.js';
import { formatMs, heading, printTable, quantile, SeededRandom } from './helpers.js';

export interface WritesBenchOptions {
  readonly seed: number;
  readonly writes: number;
}

/** The writes, drawn with a seed: each refers only to what exists by then. */
function drawWrites(graph: KnowledgeGraph, count: number, seed: number): WriteRequest[] {
  const random = new SeededRandom(seed);
  const slugs = graph.list().map((entity) => entity.slug);
  const source = graph.sources()[0]?.id as string;
  const citations = [{ source, section: 'bench' }];
  const added: string[] = [];
  const retracted = new Set<string>();
  const people: string[] = [];
  const writes: WriteRequest[] = [];
  for (let index = 0; writes.length < count; index++) {
    const roll = random.next();
    const live = added.filter((key) => !retracted.has(key));
    if (roll < 0.4 || live.length === 0) {
      const from = random.pick(slugs);
      let to = random.pick(slugs);
      while (to === from) to = random.pick(slugs);
      const key = `bench-write-${index}`;
      added.push(key);
      writes.push({
        operation: 'ADD_RELATION',
        key,
        payload: { type: 'MEMBER_OF', from, to, since: '2001', citations },
      });
    } else if (roll < 0.6) {
      writes.push({ operation: 'UPDATE_RELATION', key: random.pick(live), payload: { until: '2020-06' } });
    } else if (roll < 0.8) {
      const slug = `bench-person-${index}`;
      people.push(slug);
      writes.push({
        operation: 'ADD_ENTITY',
        key: slug,
        payload: { kind: 'PERSON', name: `Bench Person ${index}`, description: 'Made by the bench.', citations },
      });
    } else if (roll < 0.9 && people.length > 0) {
      writes.push({
        operation: 'UPDATE_ENTITY',
        key: random.pick(people),
        payload: { description: `Renamed ${index}.` },
      });
    } else {
      const key = random.pick(live);
      retracted.add(key);
      writes.push({ operation: 'RETRACT_RELATION', key, payload: {} });
    }
  }
  return writes;
}

function row(label: string, durations: number[]): string[] {
  const sorted = [...durations].sort((a, b) => a - b);
  return [
    label,
    String(sorted.length),
    formatMs(quantile(sorted, 0.5)),
    formatMs(quantile(sorted, 0.9)),
    formatMs(quantile(sorted, 0.99)),
    formatMs(sorted.at(-1) ?? Number.NaN),
  ];
}

export async function benchWrites(graph: KnowledgeGraph, options: WritesBenchOptions): Promise<string> {
  heading(
    `Writes on ${graph.entityCount} entities / ${graph.relationCount} relations (${options.writes} writes, seed ${options.seed})`,
  );
  const writes = drawWrites(graph, options.writes, options.seed);

  // The graph alone: check and next version.
  const graphOnly: number[] = [];
  let version = graph;
  writes.forEach((write, index) => {
    const started = performance.now();
    version = applyWrite(version, write, graph.version + index + 1);
    graphOnly.push(performance.now() - started);
  });

  // As a mutation does it: through the living graph and a durable SQLite change log.
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-writes-'));
  const durable: number[] = [];
  try {
    const living = await LivingGraph.over(graph, SqliteChangeLog.open(join(dir, 'kg.sqlite')));
    for (const write of writes) {
      const started = performance.now();
      await living.write({ ...write, actor: 'bench', reason: 'bench' });
      durable.push(performance.now() - started);
    }
    await living.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    ['what', 'writes', 'p50', 'p90', 'p99', 'max'],
    [row('graph: check + next version', graphOnly), row('mutation path: + SQLite commit', durable)],
  );
  console.log(`  The largest figures are the writes that fold the delta into a new generation (about one in
  max(1,024, graph size / 64) changed records).`);
  const median = quantile(
    [...durable].sort((a, b) => a - b),
    0.5,
  );
  return `ratio writes p50-ms ${median.toFixed(2)} graph-p50-ms ${quantile(
    [...graphOnly].sort((a, b) => a - b),
    0.5,
  ).toFixed(2)}`;
}
