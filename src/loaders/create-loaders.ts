/**
 * Per-request DataLoaders over the graph: each batches the look-ups that one tick of execution
 * asks for into one graph call, and caches them for the request only.
 */
import DataLoader from 'dataloader';
import type { KnowledgeGraph, RelationView } from '../graph/knowledge-graph.js';
import type { Entity, Relation, RelationFilter, Source } from '../graph/types.js';

export interface RelationsKey {
  readonly slug: string;
  readonly filter: RelationFilter;
}

function filterKey(filter: RelationFilter): string {
  return JSON.stringify([
    filter.direction ?? 'BOTH',
    filter.types ? [...filter.types].sort() : null,
    filter.asOf ?? null,
    filter.during?.from ?? null,
    filter.during?.to ?? null,
    filter.current ?? false,
    filter.certainOnly ?? false,
    filter.sources ? [...filter.sources].sort() : null,
  ]);
}

/**
 * `checkpoint` runs before each batch and throws to stop the work (the request's deadline has
 * passed): batches are where a fan-out spends its time.
 */
export function createLoaders(graph: KnowledgeGraph, checkpoint: () => void = () => {}) {
  return {
    entityLoader: new DataLoader<string, Entity | null>(async (slugs) => {
      checkpoint();
      return graph.entities(slugs);
    }),
    relationLoader: new DataLoader<string, Relation | null>(async (ids) => {
      checkpoint();
      return graph.relationsById(ids);
    }),
    sourceLoader: new DataLoader<string, Source | null>(async (keys) => {
      checkpoint();
      return keys.map((key) => graph.source(key));
    }),
    relationsLoader: new DataLoader<RelationsKey, readonly RelationView[], string>(
      async (keys) => {
        checkpoint();
        // One graph call per distinct filter (typically one for the whole batch).
        const groups = new Map<string, { filter: RelationFilter; indexes: number[]; slugs: string[] }>();
        keys.forEach((key, index) => {
          const id = filterKey(key.filter);
          const group = groups.get(id) ?? { filter: key.filter, indexes: [], slugs: [] };
          group.indexes.push(index);
          group.slugs.push(key.slug);
          groups.set(id, group);
        });
        const results: (readonly RelationView[])[] = new Array(keys.length);
        for (const group of groups.values()) {
          graph.relationsOfMany(group.slugs, group.filter).forEach((views, position) => {
            results[group.indexes[position] as number] = views;
          });
        }
        return results;
      },
      { cacheKeyFn: (key) => `${key.slug}|${filterKey(key.filter)}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
