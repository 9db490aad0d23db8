/**
 * `kg export --format dataset`: the dataset directory with the store's changes applied, as data
 * files for curators to review and commit. Each record stays in the file it came from (records
 * nobody changed are written exactly as they were, so a diff shows only the changes); a
 * retracted relation leaves its file; records added through the API go to one file of additions
 * (after those of an earlier export's, when the data directory has that file). The
 * result loads back to the same graph (a test proves it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityRecord, relationRecord } from '../graph/export.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { listDataFiles } from '../graph/load.js';
import type { Change } from './change-log.js';

/** Where records added through the API go, in the exported directory. */
export const ADDED_FILE = 'added-through-api.json';

type Collection = 'sources' | 'entities' | 'relations';

/** The collection each operation writes to. */
const COLLECTION_OF: Record<Change['operation'], Collection> = {
  ADD_SOURCE: 'sources',
  ADD_ENTITY: 'entities',
  UPDATE_ENTITY: 'entities',
  ADD_RELATION: 'relations',
  UPDATE_RELATION: 'relations',
  RETRACT_RELATION: 'relations',
};

const KEY_OF: Record<Collection, 'id' | 'slug'> = { sources: 'id', entities: 'slug', relations: 'id' };

/** The record the graph now holds under a key, in the data files' shape; null when it left the graph. */
function currentRecord(graph: KnowledgeGraph, collection: Collection, key: string): Record<string, unknown> | null {
  if (collection === 'sources') {
    const source = graph.source(key);
    return source ? { ...source } : null;
  }
  if (collection === 'entities') {
    const entity = graph.entity(key);
    return entity ? (entityRecord(entity) as Record<string, unknown>) : null;
  }
  const relation = graph.relation(key);
  return relation ? (relationRecord(relation) as Record<string, unknown>) : null;
}

function serialise(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Writes the files of `dataDir` to `outDir` with the changes applied (the graph is `dataDir` with
 * `changes` replayed over it); returns the names of the files written.
 */
export function exportDataset(
  dataDir: string,
  graph: KnowledgeGraph,
  changes: readonly Change[],
  outDir: string,
): string[] {
  const changed: Record<Collection, Set<string>> = { sources: new Set(), entities: new Set(), relations: new Set() };
  for (const change of changes) changed[COLLECTION_OF[change.operation]].add(change.key);
  const placed: Record<Collection, Set<string>> = { sources: new Set(), entities: new Set(), relations: new Set() };
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  let schemaRef: unknown;
  // The file of additions a previous export wrote, if curators committed it: its records stay, and
  // this export's additions go after them.
  let earlierAdditions: Record<string, unknown> | undefined;
  for (const name of listDataFiles(dataDir)) {
    const json = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as Record<string, unknown>;
    schemaRef ??= json.$schema;
    for (const collection of ['sources', 'entities', 'relations'] as const) {
      const records = json[collection];
      if (!Array.isArray(records)) continue;
      json[collection] = records.flatMap((record: Record<string, unknown>) => {
        const key = record[KEY_OF[collection]] as string;
        placed[collection].add(key);
        if (!changed[collection].has(key)) return [record];
        const now = currentRecord(graph, collection, key);
        return now ? [now] : [];
      });
    }
    if (name === ADDED_FILE) {
      earlierAdditions = json;
      continue;
    }
    writeFileSync(join(outDir, name), serialise(json));
    written.push(name);
  }
  const added: Record<string, unknown> = earlierAdditions ?? { ...(schemaRef ? { $schema: schemaRef } : {}) };
  let anyAdded = false;
  for (const collection of ['sources', 'entities', 'relations'] as const) {
    const records = [...changed[collection]]
      .filter((key) => !placed[collection].has(key))
      .map((key) => currentRecord(graph, collection, key))
      .filter((record): record is Record<string, unknown> => record !== null);
    if (records.length === 0) continue;
    const earlier = added[collection];
    added[collection] = [...(Array.isArray(earlier) ? earlier : []), ...records];
    anyAdded = true;
  }
  if (earlierAdditions || anyAdded) {
    writeFileSync(join(outDir, ADDED_FILE), serialise(added));
    written.push(ADDED_FILE);
  }
  return written;
}
