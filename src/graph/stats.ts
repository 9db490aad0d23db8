/** What a dataset holds: counts by kind and type, and the records a curator should look at. */
import type { EntityKind, RelationType } from './dataset-schema.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { compareText } from './sorted.js';
import { happeningOf } from './time.js';

/** How many relations of a type say when they began. */
export interface TypeDating {
  readonly relations: number;
  /** With a `since` date of their own. */
  readonly dated: number;
  /** One-time relations with no date of their own that take the dates of the strike or event they concern. */
  readonly datedByEvent: number;
  /** (dated + datedByEvent) / relations, rounded to a whole percent. */
  readonly datedPercent: number;
}

/** A relation with a start or an end no source gives. */
export interface UnknownBounds {
  readonly id: string;
  readonly start: boolean;
  readonly end: boolean;
}

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
  /** Per relation type: how many are dated. */
  readonly datingByType: Partial<Record<RelationType, TypeDating>>;
  /** Share of all relations that are dated (by their own start or their event's), in whole percent. */
  readonly datedPercent: number;
  /** Relations whose start or end is unknown, by id. */
  readonly unknownBounds: readonly UnknownBounds[];
  /**
   * Relations that can hold at no time: their dates fall outside their endpoints' lives (see
   * time.ts), so a date is wrong somewhere. Listed rather than refused, as generated test graphs
   * date relations and entities independently.
   */
  readonly impossibleRelations: readonly string[];
}

/** A record with its keys in alphabetical order, so that what is printed reads the same every time. */
function byKey<V>(entries: [string, V][]): Record<string, V> {
  return Object.fromEntries(entries.sort(([a], [b]) => compareText(a, b)));
}

function countBy<K extends string>(keys: Iterable<K>): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return byKey(Object.entries(counts)) as Partial<Record<K, number>>;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((100 * part) / whole));

export function datasetStats(graph: KnowledgeGraph): DatasetStats {
  const entities = graph.list();
  const relations = graph.allRelations();
  const dating: Partial<Record<RelationType, { relations: number; dated: number; datedByEvent: number }>> = {};
  const unknownBounds: UnknownBounds[] = [];
  let datedTotal = 0;
  // Relations come ordered by key, so the unknown bounds are listed by key.
  for (const relation of relations) {
    const counts = dating[relation.type] ?? { relations: 0, dated: 0, datedByEvent: 0 };
    dating[relation.type] = counts;
    counts.relations++;
    const byEvent =
      // Stryker disable next-line ConditionalExpression: happeningOf is null for a relation with a date of its own anyway.
      !relation.since &&
      happeningOf(relation, {
        from: graph.requireEntity(relation.from),
        to: graph.requireEntity(relation.to),
      }) !== null;
    if (relation.since) counts.dated++;
    if (byEvent) counts.datedByEvent++;
    if (relation.since || byEvent) datedTotal++;
    const start = !relation.since && !byEvent;
    const end = relation.ended && !relation.until;
    if (start || end) unknownBounds.push({ id: relation.id, start, end });
  }
  const datingByType = byKey(
    Object.entries(dating).map(([type, counts]) => [
      type,
      { ...counts, datedPercent: percent(counts.dated + counts.datedByEvent, counts.relations) },
    ]),
  ) as Partial<Record<RelationType, TypeDating>>;
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
    datingByType,
    datedPercent: percent(datedTotal, relations.length),
    unknownBounds,
    impossibleRelations: relations
      .filter((relation) => {
        const spans = graph.relationSpans(relation.id);
        // Stryker disable next-line ConditionalExpression,BooleanLiteral: every relation listed here is live, so it has spans.
        if (spans === null) return false;
        return spans.possible.start > spans.possible.end;
      })
      .map((relation) => relation.id),
  };
}
