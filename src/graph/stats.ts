/** What a dataset holds: counts by kind and type, and the records a curator should look at. */
import type { EntityKind, RelationType } from './dataset-schema.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

export interface DatasetStats {
  readonly entities: number;
  readonly relations: number;
  readonly sources: number;
  readonly entitiesByKind: Partial<Record<EntityKind, number>>;
  readonly relationsByType: Partial<Record<RelationType, number>>;
  /** Loading refuses uncited records, so these stay empty; listed so a curator can see it. */
  readonly uncitedEntities: readonly string[];
  readonly uncitedRelations: readonly string[];
  /** Entities with no relation at all: unreachable by any traversal. */
  readonly isolatedEntities: readonly string[];
  /** Sources that no record cites. */
  readonly unusedSources: readonly string[];
}

function countBy<K extends string>(keys: Iterable<K>): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))) as Partial<Record<K, number>>;
}

export function datasetStats(graph: KnowledgeGraph): DatasetStats {
  const entities = graph.list();
  const relations = graph.allRelations();
  return {
    entities: entities.length,
    relations: relations.length,
    sources: graph.sources().length,
    entitiesByKind: countBy(entities.map((entity) => entity.kind)),
    relationsByType: countBy(relations.map((relation) => relation.type)),
    uncitedEntities: entities.filter((entity) => entity.citations.length === 0).map((entity) => entity.slug),
    uncitedRelations: relations.filter((relation) => relation.citations.length === 0).map((relation) => relation.id),
    isolatedEntities: entities
      .filter((entity) => graph.adjacency(entity.slug).length === 0)
      .map((entity) => entity.slug),
    unusedSources: graph
      .sources()
      .filter((source) => {
        const cited = graph.citing(source.id);
        return cited.entities.length === 0 && cited.relations.length === 0;
      })
      .map((source) => source.id),
  };
}
