/**
 * What every bench section shares: the seeded random numbers (the generator's own, so a bench and
 * the data it runs on draw from one implementation), percentiles, memory snapshots and tables.
 */
export { SeededRandom } from '../scripts/generate-graph.js';

/**
 * Runs a full collection when node was started with --expose-gc; returns whether it could. It is
 * not cheap: a forced collection is one non-concurrent mark-compact, about 6 s with the 1.3 GB
 * of live heap of the generated graph on a 2-core machine, so call it only around memory figures.
 */
export function collectGarbage(): boolean {
  if (typeof globalThis.gc !== 'function') return false;
  globalThis.gc();
  return true;
}

/** The q-quantile (0..1) of sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  /** The median of each round, in run order: how stable the figure is. */
  readonly roundMedians: readonly number[];
}

/** Summarises per-call durations (ms), one array per round. */
export function summarize(rounds: readonly (readonly number[])[]): LatencySummary {
  const all = rounds.flat().sort((a, b) => a - b);
  return {
    count: all.length,
    p50: quantile(all, 0.5),
    p99: quantile(all, 0.99),
    max: all[all.length - 1] ?? Number.NaN,
    mean: all.reduce((sum, value) => sum + value, 0) / all.length,
    roundMedians: rounds.map((round) => median(round)),
  };
}

/** A duration in milliseconds, to three significant digits, in µs, ms or s. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

export function formatMB(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

export function ratio(a: number, b: number): string {
  return b > 0 && Number.isFinite(a) ? (a / b).toFixed(2) : '-';
}

export interface MemorySnapshot {
  readonly rss: number;
  readonly heapUsed: number;
}

/** RSS and heap after a full collection (when --expose-gc allows one). */
export function memorySnapshot(): MemorySnapshot {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** Prints rows under a header, columns padded; the first column left-aligned, the others right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(`  ${line(header)}`);
  console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}

export function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
