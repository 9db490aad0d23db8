/** Copies of the small fixture dataset, optionally broken on purpose, in temporary directories. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entity } from '../../src/graph/types.js';

export const SMALL_FIXTURE = fileURLToPath(new URL('../fixtures/small', import.meta.url));
export const DEFAULT_DATA = fileURLToPath(new URL('../../data', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: test mutations edit arbitrary JSON.
type Json = any;

/** A copy of the fixture where `edit` has changed graph.json (and optionally sources.json). */
export function brokenFixture(edit: (graph: Json, sources: Json) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-fixture-'));
  cpSync(SMALL_FIXTURE, dir, { recursive: true });
  const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  edit(graph, sources);
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph, null, 2));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources, null, 2));
  return dir;
}

/**
 * A value built on first use inside a test, then shared by the file's tests. Mutation testing
 * (Stryker) counts code run at import time or in `beforeAll` as covered by no test in particular,
 * and reruns the whole suite for every mutant there; built inside a test, a graph's loading is
 * covered by that test alone.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/**
 * An entity record as loading makes it (every list present), built in a test with only what it
 * needs; `extra` adds or overrides fields. It cites source `s`.
 */
export function entityRecord(slug: string, kind: string, name: string, extra: Record<string, unknown> = {}): Entity {
  return {
    slug,
    kind,
    name,
    description: 'x',
    citations: [{ source: 's' }],
    abbreviations: [],
    aliases: [],
    formerNames: [],
    ...extra,
  } as unknown as Entity;
}
