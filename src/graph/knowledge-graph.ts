/**
 * The knowledge graph: a Graphology MultiDirectedGraph keyed by entity slug and relation id, plus
 * the indexes every read needs, built once at load time. Everything handed out is frozen.
 */
import type { MultiDirectedGraph } from 'graphology';
import type { EntityKind, RelationType } from './dataset-schema.js';
import { nameAsOf } from './entity-dates.js';
import { EntityNotFoundError } from './errors.js';
import { type DaySpan, intervalSpan, spanOf, spansOverlap } from './partial-date.js';
import { type SearchHit, SearchIndex, type SearchOptions } from './search.js';
import { type Certainty, certaintyAt, leastCertain, type RelationSpans } from './time.js';
import { buildTimeline, type Timeline, type TimelineEntry } from './timeline.js';
import type { Entity, Interval, Relation, RelationFilter, Source } from './types.js';

export interface EntityAttributes {
  readonly entity: Entity;
}
export interface RelationAttributes {
  readonly relation: Relation;
  /** The days the relation may hold: since/until narrowed by the graph (`relationSpans` in time.ts). */
  readonly span: DaySpan;
  /** What is sure about when it holds (see `RelationSpans.certain`). */
  readonly certain: DaySpan | null;
}
export type Graph = MultiDirectedGraph<EntityAttributes, RelationAttributes>;

/** A relation seen from one of its endpoints. */
export interface RelationView {
  readonly relation: Relation;
  /** The endpoint that is not the focus; the focus itself for a self-relation. */
  readonly other: string;
  /** OUTGOING when the focus is the relation's subject (`from`). */
  readonly direction: 'OUTGOING' | 'INCOMING';
  /** The days the relation may hold: since/until narrowed by the graph (see time.ts). */
  readonly span: DaySpan;
  /** What is sure about when it holds (see `RelationSpans.certain`). */
  readonly certain: DaySpan | null;
}

interface Adjacency {
  /** Every relation touching the entity, ordered by type, start date, then id. */
  readonly views: readonly RelationView[];
}

const byName = (a: Entity, b: Entity) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : 1);

/** Entities with at least this many relations also get an index of their relations by neighbour. */
const HUB_DEGREE = 256;

/** Adjacency order: type, start date (undated first), key, then direction. Spans are precomputed. */
function compareViews(a: RelationView, b: RelationView): number {
  if (a.relation.type !== b.relation.type) return a.relation.type < b.relation.type ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.relation.id !== b.relation.id) return a.relation.id < b.relation.id ? -1 : 1;
  return a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0;
}

export class KnowledgeGraph {
  readonly #graph: Graph;
  readonly #sources: ReadonlyMap<string, Source>;
  readonly #sorted: readonly Entity[];
  readonly #byKind: ReadonlyMap<EntityKind, readonly Entity[]>;
  readonly #adjacency = new Map<string, Adjacency>();
  readonly #hubs = new Map<string, ReadonlyMap<string, readonly RelationView[]>>();
  readonly #search: SearchIndex;
  readonly #timeline: Timeline;
  readonly #relations: readonly Relation[];
  readonly #citing: ReadonlyMap<string, CitedFacts>;
  #lookups = 0;

  constructor(graph: Graph, sources: readonly Source[]) {
    this.#graph = graph;
    this.#sources = new Map(sources.map((source) => [source.id, source]));
    const entities: Entity[] = [];
    graph.forEachNode((_key, attributes) => {
      entities.push(attributes.entity);
    });
    this.#sorted = entities.sort(byName);
    const byKind = new Map<EntityKind, Entity[]>();
    for (const entity of this.#sorted) {
      const list = byKind.get(entity.kind) ?? [];
      list.push(entity);
      byKind.set(entity.kind, list);
    }
    this.#byKind = byKind;
    this.#buildAdjacency();
    this.#search = new SearchIndex(this.#sorted);
    this.#relations = graph
      .mapEdges((_key, attributes) => attributes.relation)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.#timeline = buildTimeline(this.#sorted, this.#relations, (slug, date) =>
      nameAsOf(graph.getNodeAttribute(slug, 'entity'), date),
    );
    this.#citing = indexCitations(this.#sorted, this.#relations);
  }

  #buildAdjacency(): void {
    const views = new Map<string, RelationView[]>();
    const add = (slug: string, view: RelationView) => {
      const list = views.get(slug);
      if (list) list.push(view);
      else views.set(slug, [view]);
    };
    this.#graph.forEachEdge((_key, { relation, span, certain }) => {
      add(relation.from, { relation, other: relation.to, direction: 'OUTGOING', span, certain });
      if (relation.from !== relation.to)
        add(relation.to, { relation, other: relation.from, direction: 'INCOMING', span, certain });
    });
    for (const [slug, list] of views) {
      list.sort(compareViews);
      this.#adjacency.set(slug, { views: Object.freeze(list) });
      if (list.length >= HUB_DEGREE) {
        const byNeighbor = new Map<string, RelationView[]>();
        for (const view of list) {
          const same = byNeighbor.get(view.other);
          if (same) same.push(view);
          else byNeighbor.set(view.other, [view]);
        }
        this.#hubs.set(slug, byNeighbor);
      }
    }
  }

  /** How many read calls the graph has answered; tests use it to prove batching. */
  get lookups(): number {
    return this.#lookups;
  }

  get entityCount(): number {
    return this.#graph.order;
  }

  get relationCount(): number {
    return this.#graph.size;
  }

  /** The underlying graph, read-only by contract, for traversal algorithms in this module. */
  get graph(): Graph {
    return this.#graph;
  }

  hasEntity(slug: string): boolean {
    return this.#graph.hasNode(slug);
  }

  entity(slug: string): Entity | null {
    this.#lookups++;
    return this.#graph.hasNode(slug) ? this.#graph.getNodeAttribute(slug, 'entity') : null;
  }

  /** One lookup for many slugs; answers in the order asked, null where unknown. */
  entities(slugs: readonly string[]): (Entity | null)[] {
    this.#lookups++;
    return slugs.map((slug) => (this.#graph.hasNode(slug) ? this.#graph.getNodeAttribute(slug, 'entity') : null));
  }

  /** The entity for a slug, or EntityNotFoundError. */
  requireEntity(slug: string): Entity {
    const entity = this.entity(slug);
    if (!entity) throw new EntityNotFoundError(slug);
    return entity;
  }

  /** All entities (or those of the given kinds), ordered by name then slug. */
  list(kinds?: readonly EntityKind[] | null): readonly Entity[] {
    this.#lookups++;
    if (!kinds || kinds.length === 0) return this.#sorted;
    if (kinds.length === 1) return this.#byKind.get(kinds[0] as EntityKind) ?? [];
    const wanted = new Set(kinds);
    return this.#sorted.filter((entity) => wanted.has(entity.kind));
  }

  relation(id: string): Relation | null {
    this.#lookups++;
    return this.#graph.hasEdge(id) ? this.#graph.getEdgeAttribute(id, 'relation') : null;
  }

  /** When a relation may and surely holds, or null for an unknown id. */
  relationSpans(id: string): RelationSpans | null {
    if (!this.#graph.hasEdge(id)) return null;
    const { span, certain } = this.#graph.getEdgeAttributes(id);
    return { possible: span, certain };
  }

  relationsById(ids: readonly string[]): (Relation | null)[] {
    this.#lookups++;
    return ids.map((id) => (this.#graph.hasEdge(id) ? this.#graph.getEdgeAttribute(id, 'relation') : null));
  }

  /** The relations of many entities in one lookup, each list in a stable order. */
  relationsOfMany(slugs: readonly string[], filter: RelationFilter = {}): (readonly RelationView[])[] {
    this.#lookups++;
    return slugs.map((slug) => this.#relationsOf(slug, filter));
  }

  relationsOf(slug: string, filter: RelationFilter = {}): readonly RelationView[] {
    this.#lookups++;
    return this.#relationsOf(slug, filter);
  }

  #relationsOf(slug: string, filter: RelationFilter): readonly RelationView[] {
    const accept = relationPredicate(filter);
    const direction = filter.direction ?? 'BOTH';
    return this.adjacency(slug).filter(
      (view) => (direction === 'BOTH' || view.direction === direction) && accept(view),
    );
  }

  /**
   * Every relation of an entity, unfiltered, in a stable order (type, start date, key). For the
   * traversals of this module: not counted as a look-up, as it runs inside one.
   */
  adjacency(slug: string): readonly RelationView[] {
    return this.#adjacency.get(slug)?.views ?? [];
  }

  /**
   * The relations joining an entity to another, either way, seen from the first. For hubs (many
   * relations) an index by neighbour answers at once; for the rest a scan is as fast.
   */
  relationsWith(slug: string, other: string): readonly RelationView[] {
    const byNeighbor = this.#hubs.get(slug);
    if (byNeighbor) return byNeighbor.get(other) ?? [];
    return this.adjacency(slug).filter((view) => view.other === other);
  }

  /** Whether an entity has so many relations that `relationsWith` beats scanning them. */
  isHub(slug: string): boolean {
    return this.#hubs.has(slug);
  }

  source(id: string): Source | null {
    this.#lookups++;
    return this.#sources.get(id) ?? null;
  }

  /** Every relation, ordered by id. */
  allRelations(): readonly Relation[] {
    return this.#relations;
  }

  /** The entities and relations that cite a source, each list in its stable order. */
  citing(sourceId: string): CitedFacts {
    this.#lookups++;
    return this.#citing.get(sourceId) ?? { entities: [], relations: [] };
  }

  sources(): readonly Source[] {
    return [...this.#sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Dated entries in time order, within an interval, concerning any of `involving` when given. */
  timeline(interval: Interval = {}, involving: readonly string[] | null = null): TimelineEntry[] {
    this.#lookups++;
    return this.#timeline.query(interval, involving);
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    this.#lookups++;
    return this.#search.search(text, options);
  }
}

export interface CitedFacts {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}

function indexCitations(entities: readonly Entity[], relations: readonly Relation[]): Map<string, CitedFacts> {
  const index = new Map<string, { entities: Entity[]; relations: Relation[] }>();
  const factsOf = (sourceId: string) => {
    const known = index.get(sourceId);
    if (known) return known;
    const facts = { entities: [] as Entity[], relations: [] as Relation[] };
    index.set(sourceId, facts);
    return facts;
  };
  for (const entity of entities) {
    for (const sourceId of new Set(entity.citations.map((citation) => citation.source)))
      factsOf(sourceId).entities.push(entity);
  }
  for (const relation of relations) {
    for (const sourceId of new Set(relation.citations.map((citation) => citation.source))) {
      factsOf(sourceId).relations.push(relation);
    }
  }
  return index;
}

/**
 * How surely a relation holds at the dates a filter asks about (asOf and during): null when it
 * does not hold at one of them, or when the filter asks about no date.
 */
export function certaintyFor(view: Pick<RelationView, 'span' | 'certain'>, filter: RelationFilter): Certainty | null {
  const spans = { possible: view.span, certain: view.certain };
  const asOf = filter.asOf ? certaintyAt(spans, spanOf(filter.asOf)) : 'CERTAIN';
  const during = filter.during ? certaintyAt(spans, intervalSpan(filter.during.from, filter.during.to)) : 'CERTAIN';
  return filter.asOf || filter.during ? leastCertain(asOf, during) : null;
}

/** Builds the test a relation must pass for a filter (direction aside); shared by lists and traversals. */
export function relationPredicate(filter: RelationFilter): (view: RelationView) => boolean {
  const types = filter.types && filter.types.length > 0 ? new Set<RelationType>(filter.types) : null;
  const asOf = filter.asOf ? spanOf(filter.asOf) : null;
  const during = filter.during ? intervalSpan(filter.during.from, filter.during.to) : null;
  const current = filter.current === true;
  const sources = filter.sources && filter.sources.length > 0 ? new Set(filter.sources) : null;
  const certainOnly = filter.certainOnly === true && (asOf !== null || during !== null);
  return (view) => {
    const { relation, span } = view;
    return (
      (!sources || relation.citations.some((citation) => sources.has(citation.source))) &&
      (!types || types.has(relation.type)) &&
      (!asOf || spansOverlap(span, asOf)) &&
      (!during || spansOverlap(span, during)) &&
      (!current || !relation.ended) &&
      (!certainOnly || certaintyFor(view, filter) === 'CERTAIN')
    );
  };
}
