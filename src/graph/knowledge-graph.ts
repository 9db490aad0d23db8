/**
 * The knowledge graph, one immutable version at a time. A request reads one version from start to
 * end; a write makes the next version (`withEdit`) without touching the one in use.
 *
 * A version is a *generation* (maps, adjacency, name and time indexes built over many facts) plus
 * a small *delta* of what changed since (the records written, the adjacency of their endpoints,
 * a search index and timeline of just those records). Reads look in the delta first. A write
 * copies only the delta, so it costs about the same on a graph of a hundred facts or a million;
 * when the delta grows past a share of the graph, the next write folds it into a new generation.
 * Written here rather than with a persistent-collection library: reads on the hot path
 * (adjacency in traversals) stay one or two native Map look-ups. Everything handed out is frozen.
 */

import { SEARCH_LIMITS } from '../limits.js';
import type { EntityKind, RelationType } from './dataset-schema.js';
import { nameAsOf } from './entity-dates.js';
import { EntityNotFoundError } from './errors.js';
import { NumberedAdjacency } from './numbered-adjacency.js';
import { type DaySpan, intervalSpan, spanOf, spansOverlap } from './partial-date.js';
import { rankHits, type SearchHit, SearchIndex, type SearchOptions } from './search.js';
import { byId, compareText } from './sorted.js';
import {
  type Certainty,
  certaintyAt,
  dayNumberOf,
  leastCertain,
  ONE_HOLDER_TYPES,
  type RelationSpans,
  relationSpans,
} from './time.js';
import {
  entityItems,
  givesTimelineItems,
  mergePlaced,
  type NameOf,
  type Placed,
  placeItems,
  RelationEntry,
  relationItems,
  Timeline,
  type TimelineEntry,
  type TimelineItem,
} from './timeline.js';
import type { Entity, Interval, Relation, RelationFilter, Source } from './types.js';

/** A live relation and when it holds: its dates narrowed by the graph (see time.ts). */
export interface RelationState {
  readonly relation: Relation;
  /** The days it may hold. */
  readonly span: DaySpan;
  /** What is sure about when it holds (see `RelationSpans.certain`). */
  readonly certain: DaySpan | null;
}

/** A relation seen from one of its endpoints. */
export interface RelationView {
  readonly relation: Relation;
  /** The endpoint that is not the focus; the focus itself for a self-relation. */
  readonly other: string;
  /** OUTGOING when the focus is the relation's subject (`from`). */
  readonly direction: 'OUTGOING' | 'INCOMING';
  /** The days the relation may hold: its dates narrowed by the graph (see time.ts). */
  readonly span: DaySpan;
  /** What is sure about when it holds (see `RelationSpans.certain`). */
  readonly certain: DaySpan | null;
}

export interface CitedFacts {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}

/** What a write changes: records added or replaced whole, relations retracted. */
export interface GraphEdit {
  readonly entities?: readonly Entity[];
  readonly relations?: readonly Relation[];
  readonly retract?: readonly string[];
  readonly sources?: readonly Source[];
}

/**
 * The longest lists of each kind in a version: what a list without a size argument may hold,
 * for the query cost. Kept up to date by writes; a retraction never lowers them (a cost may be
 * overestimated, never under).
 */
export interface LongestLists {
  /** The most relations any one entity takes part in (bounds `members`, `presidents`, `roles`, …). */
  readonly related: number;
  /** The most citations of one entity or relation. */
  readonly citations: number;
  /** The most entities of one timeline entry. */
  readonly timelineEntities: number;
}

const byName = (a: Entity, b: Entity) => compareText(a.name, b.name) || compareText(a.slug, b.slug);

/** Entities with at least this many relations get an index of their relations by neighbour. */
const HUB_DEGREE = 256;

/** Adjacency order: type, start date (undated first), key, then direction. Spans are precomputed. */
function compareViews(a: RelationView, b: RelationView): number {
  // Stryker disable next-line EqualityOperator: the types differ here, so < and <= agree
  if (a.relation.type !== b.relation.type) return a.relation.type < b.relation.type ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  // Keys always differ here: a list holds one view per relation (a self-relation gives one).
  // Stryker disable next-line EqualityOperator: the keys differ here, so < and <= agree
  return a.relation.id < b.relation.id ? -1 : 1;
}

/**
 * Positions in `views` (relations in key order) in adjacency order (`compareViews`), worked out by
 * one native sort of numbers: each relation's type and start as ranks, its position last. Filling
 * every entity's list in this order leaves it sorted, where sorting each list with `compareViews`
 * took most of a large graph's adjacency build (1.9 s of comparisons for a million relations).
 * Null when the numbers would not fit a double exactly (only past tens of millions of relations).
 */
function adjacencyOrder(views: readonly RelationView[]): Uint32Array | null {
  const types = new Set<string>();
  const starts = new Set<number>();
  for (const view of views) {
    types.add(view.relation.type);
    starts.add(view.span.start);
  }
  const typeRank = ranks(types, compareText);
  const startRank = ranks(starts, (a, b) => a - b);
  const count = views.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: past tens of millions of relations only; the other way (each list sorted) gives the same order.
  if (typeRank.size * startRank.size * count > Number.MAX_SAFE_INTEGER) return null;
  const keys = new Float64Array(count);
  for (let at = 0; at < count; at++) {
    const { relation, span } = views[at] as RelationView;
    const rank = (typeRank.get(relation.type) as number) * startRank.size + (startRank.get(span.start) as number);
    keys[at] = rank * count + at;
  }
  keys.sort();
  return Uint32Array.from(keys, (key) => key % count);
}

/** Each of `values` and its rank among them in `compare`'s order. */
function ranks<T>(values: ReadonlySet<T>, compare: (a: T, b: T) => number): Map<T, number> {
  return new Map([...values].sort(compare).map((value, rank) => [value, rank]));
}

/**
 * A relation's state as its subject sees it. A generation keeps this one object both as the
 * relation's state and in its subject's adjacency: a million relations, a million objects fewer.
 */
function outgoingView(relation: Relation, span: DaySpan, certain: DaySpan | null): RelationView {
  return { relation, other: relation.to, direction: 'OUTGOING', span, certain };
}

function incomingView({ relation, span, certain }: RelationState): RelationView {
  return { relation, other: relation.from, direction: 'INCOMING', span, certain };
}

function asOutgoing(state: RelationState): RelationView {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: every state reaching here is already an outgoing view (stateOf); a copy of it is equal
  return (state as Partial<RelationView>).direction === 'OUTGOING'
    ? (state as RelationView)
    : outgoingView(state.relation, state.span, state.certain);
}

function viewsOf(state: RelationState): RelationView[] {
  const outgoing = asOutgoing(state);
  // Stryker disable next-line ConditionalExpression: loading and writes refuse a relation from an entity to itself
  if (state.relation.from === state.relation.to) return [outgoing];
  return [outgoing, incomingView(state)];
}

/**
 * A relation's state in a version of the graph: the one place spans are computed, from the
 * relation's endpoints and its siblings (same subject and type). A write recomputes the states of
 * the relations it touches the same way.
 */
function stateOf(
  relation: Relation,
  entityOf: (slug: string) => Entity | null,
  siblings: readonly Relation[],
  today: number,
): RelationState {
  const from = entityOf(relation.from);
  const to = entityOf(relation.to);
  // Loading refuses relations with unknown endpoints; without one, the relation's own dates stand.
  if (!from || !to) return outgoingView(relation, relationSpan(relation), null);
  const { possible, certain } = relationSpans(relation, { from, to, siblings, today });
  return outgoingView(relation, possible, certain);
}

const siblingKey = (relation: Relation) => `${relation.from}\u0000${relation.type}`;

/** The days a relation holds, from its dates: an open end is unbounded. */
export function relationSpan(relation: Relation): DaySpan {
  return intervalSpan(relation.since, relation.until);
}

/** Hub indexes by neighbour, built on first use for an adjacency list and shared by every version holding it. */
const hubIndexes = new WeakMap<readonly RelationView[], ReadonlyMap<string, readonly RelationView[]>>();

function hubIndex(views: readonly RelationView[]): ReadonlyMap<string, readonly RelationView[]> {
  let index = hubIndexes.get(views);
  // Stryker disable next-line ConditionalExpression: a cache; building the index again gives the same one
  if (!index) {
    const byNeighbor = new Map<string, RelationView[]>();
    for (const view of views) {
      const same = byNeighbor.get(view.other);
      if (same) same.push(view);
      else byNeighbor.set(view.other, [view]);
    }
    index = byNeighbor;
    hubIndexes.set(views, index);
  }
  return index;
}

/** The indexes built over many facts at once; never changed after it is made. */
interface Generation {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly relations: ReadonlyMap<string, RelationState>;
  readonly retracted: ReadonlyMap<string, Relation>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly adjacency: ReadonlyMap<string, readonly RelationView[]>;
  /** By name, then slug. */
  readonly sorted: readonly Entity[];
  readonly byKind: ReadonlyMap<EntityKind, readonly Entity[]>;
  readonly search: SearchIndex;
  readonly timeline: Timeline;
  /** Derived on first use: most reads never need them. */
  relationsById?: readonly Relation[];
  citing?: ReadonlyMap<string, CitedFacts>;
  numbered?: NumberedAdjacency;
}

/** What changed since the generation: few records, so a write copies it whole. */
interface Delta {
  readonly entities: ReadonlyMap<string, Entity>;
  /** null: retracted since the generation. */
  readonly relations: ReadonlyMap<string, RelationState | null>;
  readonly retracted: ReadonlyMap<string, Relation>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly adjacency: ReadonlyMap<string, readonly RelationView[]>;
}

const EMPTY_DELTA: Delta = {
  entities: new Map(),
  relations: new Map(),
  retracted: new Map(),
  sources: new Map(),
  adjacency: new Map(),
};

function deltaSize(delta: Delta): number {
  return delta.entities.size + delta.relations.size + delta.sources.size;
}

/** The records a generation is built from. */
export interface GraphRecords {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  readonly retracted?: readonly Relation[];
  readonly sources: readonly Source[];
}

function buildGeneration(
  entityList: readonly Entity[],
  relationStates: Iterable<RelationState>,
  retracted: ReadonlyMap<string, Relation>,
  sources: ReadonlyMap<string, Source>,
  timeline?: readonly Placed[],
): Generation {
  const entities = new Map<string, Entity>();
  for (const entity of entityList) entities.set(entity.slug, entity);
  const sorted = [...entityList].sort(byName);
  const byKind = new Map<EntityKind, Entity[]>();
  for (const entity of sorted) {
    const list = byKind.get(entity.kind);
    if (list) list.push(entity);
    else byKind.set(entity.kind, [entity]);
  }
  const relations = new Map<string, RelationState>();
  const adjacency = new Map<string, RelationView[]>();
  const add = (slug: string, view: RelationView) => {
    const list = adjacency.get(slug);
    if (list) list.push(view);
    else adjacency.set(slug, [view]);
  };
  // The timeline takes relations in key order; records usually come in that order, so sort only when not.
  let inOrder = true;
  let previous: string | undefined;
  const views: RelationView[] = [];
  for (const state of relationStates) {
    const outgoing = asOutgoing(state);
    const { relation } = outgoing;
    relations.set(relation.id, outgoing);
    views.push(outgoing);
    if (previous !== undefined && previous >= relation.id) inOrder = false;
    previous = relation.id;
  }
  const place = (view: RelationView) => {
    add(view.relation.from, view);
    if (view.relation.from !== view.relation.to) add(view.relation.to, incomingView(view));
  };
  const order = inOrder ? adjacencyOrder(views) : null;
  if (order) for (const at of order) place(views[at] as RelationView);
  else for (const view of views) place(view);
  // Each list was filled in adjacency order when `order` was; else each is sorted now.
  for (const list of adjacency.values()) Object.freeze(order ? list : list.sort(compareViews));
  /**
   * Built by the first read that needs it (a timeline query, or a compaction), not before the
   * server listens: on a graph of a million relations it is a million items, and most starts
   * never answer a timeline. That first query waits for it; every query is answered the same.
   */
  const buildTimeline = (): Timeline => {
    const items: TimelineItem[] = sorted.flatMap(entityItems);
    const ordered = Array.from(relations.values(), ({ relation }) => relation);
    // Stryker disable next-line ConditionalExpression: sorting relations already in key order changes nothing
    if (!inOrder) ordered.sort(byId);
    for (const relation of ordered) for (const item of relationItems(relation)) items.push(item);
    return Timeline.of(items);
  };
  let built = timeline ? Timeline.fromPlaced(timeline) : undefined;
  return {
    entities,
    relations,
    retracted,
    sources,
    adjacency,
    sorted,
    byKind,
    search: new SearchIndex(sorted),
    get timeline() {
      built ??= buildTimeline();
      return built;
    },
  };
}

function longestListsOf(generation: Generation): LongestLists {
  let related = 1;
  let citations = 1;
  for (const views of generation.adjacency.values()) related = Math.max(related, views.length);
  for (const { relation } of generation.relations.values()) citations = Math.max(citations, relation.citations.length);
  for (const entity of generation.entities.values()) citations = Math.max(citations, entity.citations.length);
  // Without building the timeline: an entity's items concern it alone, a relation's its two endpoints.
  let timelineEntities = 1;
  for (const { relation } of generation.relations.values()) {
    if (givesTimelineItems(relation)) {
      timelineEntities = 2;
      break;
    }
  }
  return { related, citations, timelineEntities };
}

/** Inserts `added` (sorted by `compare`) into `sorted`, leaving out items `drop` names. */
function mergeSorted<T>(
  sorted: readonly T[],
  drop: (item: T) => boolean,
  added: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const merged: T[] = [];
  let j = 0;
  for (const item of sorted) {
    if (drop(item)) continue;
    while (j < added.length && compare(added[j] as T, item) < 0) merged.push(added[j++] as T);
    merged.push(item);
  }
  while (j < added.length) merged.push(added[j++] as T);
  return merged;
}

export class KnowledgeGraph {
  /** The sequence number of the last change applied: 0 for the dataset as loaded. */
  readonly version: number;
  readonly #generation: Generation;
  readonly #delta: Delta;
  readonly #longest: LongestLists;
  #sorted?: readonly Entity[];
  readonly #byKind = new Map<EntityKind, readonly Entity[]>();
  #relationsById?: readonly Relation[];
  #numbered?: NumberedAdjacency;
  readonly #citing = new Map<string, CitedFacts>();
  readonly #nameOf: NameOf = (slug, date) => {
    const entity = this.entity(slug);
    return entity ? nameAsOf(entity, date) : slug;
  };

  private constructor(generation: Generation, delta: Delta, version: number, longest: LongestLists) {
    this.#generation = generation;
    this.#delta = delta;
    this.version = version;
    this.#longest = longest;
  }

  /** A graph of these records (valid and frozen: see load.ts), at `version`. */
  static fromRecords(records: GraphRecords, version = 0): KnowledgeGraph {
    const entities = new Map(records.entities.map((entity) => [entity.slug, entity]));
    // Only a one-holder role's span depends on its siblings (time.ts): only those are grouped.
    const siblings = new Map<string, Relation[]>();
    for (const relation of records.relations) {
      if (!ONE_HOLDER_TYPES.has(relation.type)) continue;
      const list = siblings.get(siblingKey(relation));
      if (list) list.push(relation);
      else siblings.set(siblingKey(relation), [relation]);
    }
    const none: readonly Relation[] = [];
    const today = dayNumberOf(new Date());
    const entityOf = (slug: string) => entities.get(slug) ?? null;
    const generation = buildGeneration(
      records.entities,
      records.relations.map((relation) =>
        stateOf(
          relation,
          entityOf,
          ONE_HOLDER_TYPES.has(relation.type) ? (siblings.get(siblingKey(relation)) ?? none) : none,
          today,
        ),
      ),
      new Map((records.retracted ?? []).map((relation) => [relation.id, relation])),
      new Map(records.sources.map((source) => [source.id, source])),
    );
    return new KnowledgeGraph(generation, EMPTY_DELTA, version, longestListsOf(generation));
  }

  /** The next version: this one with `edit` applied (records already validated). This one is unchanged. */
  withEdit(edit: GraphEdit, version: number): KnowledgeGraph {
    const entities = new Map(this.#delta.entities);
    const relations = new Map(this.#delta.relations);
    const retracted = new Map(this.#delta.retracted);
    const sources = new Map(this.#delta.sources);
    const adjacency = new Map(this.#delta.adjacency);
    let { related, citations, timelineEntities } = this.#longest;

    for (const source of edit.sources ?? []) sources.set(source.id, source);
    for (const entity of edit.entities ?? []) {
      entities.set(entity.slug, entity);
      citations = Math.max(citations, entity.citations.length);
    }
    // Relation ids whose views change, by endpoint.
    const touched = new Map<string, Set<string>>();
    const touch = (relation: Relation) => {
      for (const slug of [relation.from, relation.to]) {
        const ids = touched.get(slug);
        if (ids) ids.add(relation.id);
        else touched.set(slug, new Set([relation.id]));
      }
    };
    const written = edit.relations ?? [];
    for (const relation of written) {
      relations.set(relation.id, { relation, span: relationSpan(relation), certain: null });
      citations = Math.max(citations, relation.citations.length);
      timelineEntities = Math.max(timelineEntities, 2);
      touch(relation);
    }
    const retractedNow: Relation[] = [];
    for (const key of edit.retract ?? []) {
      const state = this.#relationState(key);
      if (!state) continue;
      relations.set(key, null);
      retracted.set(key, state.relation);
      retractedNow.push(state.relation);
      touch(state.relation);
    }
    this.#recomputeSpans(entities, relations, written, retractedNow, edit.entities ?? [], touch);
    for (const [slug, ids] of touched) {
      const kept = this.adjacency(slug).filter((view) => !ids.has(view.relation.id));
      for (const id of ids) {
        const state = relations.get(id);
        if (state)
          for (const view of viewsOf(state))
            if (view.direction === 'OUTGOING' ? state.relation.from === slug : state.relation.to === slug)
              kept.push(view);
      }
      adjacency.set(slug, Object.freeze(kept.sort(compareViews)));
      related = Math.max(related, kept.length);
    }

    const delta: Delta = { entities, relations, retracted, sources, adjacency };
    const longest = { related, citations, timelineEntities };
    const next = new KnowledgeGraph(this.#generation, delta, version, longest);
    // Stryker disable next-line ArithmeticOperator: only decides when to compact, and a compacted version answers the same (timeline.test.ts)
    const base = this.#generation.entities.size + this.#generation.relations.size;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression,ArithmeticOperator: as above, the threshold only decides when compaction is paid
    return deltaSize(delta) > Math.max(1_024, base / 64) ? next.#compacted() : next;
  }

  /** The same version with its delta folded into a new generation. */
  #compacted(): KnowledgeGraph {
    const generation = this.#generation;
    const delta = this.#delta;
    const entities = this.list();
    const relations = new Map(generation.relations);
    for (const [key, state] of delta.relations) {
      if (state) relations.set(key, state);
      else relations.delete(key);
    }
    const retracted = new Map([...generation.retracted, ...delta.retracted]);
    const sources = new Map([...generation.sources, ...delta.sources]);
    const skip = this.#deltaSkip();
    const timeline = mergePlaced(
      generation.timeline.placed().filter(({ item }) => !skip(item)),
      this.#deltaTimeline(),
    );
    const next = buildGeneration(entities, relations.values(), retracted, sources, timeline);
    return new KnowledgeGraph(next, EMPTY_DELTA, this.version, this.#longest);
  }

  /**
   * The delta's own search index and timeline, built on first use by this version: a write pays
   * nothing for them, and they cover only the few records the delta holds.
   */
  #deltaSearchIndex?: SearchIndex;
  #deltaPlaced?: readonly Placed[];

  #deltaSearch(): SearchIndex {
    this.#deltaSearchIndex ??= new SearchIndex([...this.#delta.entities.values()].sort(byName));
    return this.#deltaSearchIndex;
  }

  #deltaTimeline(): readonly Placed[] {
    // Stryker disable next-line ConditionalExpression: a cache of what the next lines build the same way
    if (!this.#deltaPlaced) {
      const items: TimelineItem[] = [...this.#delta.entities.values()].sort(byName).flatMap(entityItems);
      const live = [...this.#delta.relations.values()]
        .filter((state): state is RelationState => state !== null)
        .map(({ relation }) => relation)
        .sort(byId);
      for (const relation of live) items.push(...relationItems(relation));
      this.#deltaPlaced = placeItems(items);
    }
    return this.#deltaPlaced;
  }

  /** Whether a generation's timeline item is superseded by the delta. */
  #deltaSkip(): (item: TimelineItem) => boolean {
    const { entities, relations } = this.#delta;
    return (item) => (item.relation ? relations.has(item.relation.id) : entities.has(item.entities[0] as string));
  }

  get entityCount(): number {
    // Stryker disable next-line ConditionalExpression: a shortcut; the loop below counts no added entity in an empty delta
    if (this.#delta.entities.size === 0) return this.#generation.entities.size;
    let added = 0;
    for (const slug of this.#delta.entities.keys()) if (!this.#generation.entities.has(slug)) added++;
    return this.#generation.entities.size + added;
  }

  get relationCount(): number {
    let count = this.#generation.relations.size;
    for (const [key, state] of this.#delta.relations) {
      const before = this.#generation.relations.has(key);
      if (state && !before) count++;
      else if (!state && before) count--;
    }
    return count;
  }

  /** Figures for the query cost (see LongestLists). */
  get longestLists(): LongestLists {
    return this.#longest;
  }

  hasEntity(slug: string): boolean {
    return this.#delta.entities.has(slug) || this.#generation.entities.has(slug);
  }

  entity(slug: string): Entity | null {
    return this.#delta.entities.get(slug) ?? this.#generation.entities.get(slug) ?? null;
  }

  /** Many slugs at once; answers in the order asked, null where unknown. */
  entities(slugs: readonly string[]): (Entity | null)[] {
    return slugs.map((slug) => this.entity(slug));
  }

  /** The entity for a slug, or EntityNotFoundError. */
  requireEntity(slug: string): Entity {
    const entity = this.entity(slug);
    if (!entity) throw new EntityNotFoundError(slug);
    return entity;
  }

  /** All entities (or those of the given kinds), ordered by name then slug. */
  list(kinds?: readonly EntityKind[] | null): readonly Entity[] {
    if (!kinds || kinds.length === 0) return this.#allSorted();
    // Stryker disable next-line BlockStatement: a cached shortcut; the filter below gives the same list
    if (kinds.length === 1) {
      const kind = kinds[0] as EntityKind;
      // Stryker disable next-line ConditionalExpression: a shortcut; without changed entities the filter below gives the same list
      if (this.#delta.entities.size === 0) return this.#generation.byKind.get(kind) ?? [];
      let list = this.#byKind.get(kind);
      // Stryker disable next-line ConditionalExpression: a cache; filtering again gives the same list
      if (!list) {
        list = this.#allSorted().filter((entity) => entity.kind === kind);
        this.#byKind.set(kind, list);
      }
      return list;
    }
    const wanted = new Set(kinds);
    return this.#allSorted().filter((entity) => wanted.has(entity.kind));
  }

  #allSorted(): readonly Entity[] {
    if (this.#delta.entities.size === 0) return this.#generation.sorted;
    if (!this.#sorted) {
      const changed = this.#delta.entities;
      this.#sorted = mergeSorted(
        this.#generation.sorted,
        (entity) => changed.has(entity.slug),
        [...changed.values()].sort(byName),
        byName,
      );
    }
    return this.#sorted;
  }

  /**
   * After a write: the spans of the relations it touches, computed again (see `stateOf`): those
   * written, the siblings of those written or retracted (a successor ends a predecessor's term),
   * and every relation of a written entity (its dates bound them).
   */
  #recomputeSpans(
    entities: ReadonlyMap<string, Entity>,
    relations: Map<string, RelationState | null>,
    written: readonly Relation[],
    retracted: readonly Relation[],
    writtenEntities: readonly Entity[],
    touch: (relation: Relation) => void,
  ): void {
    const stateNow = (key: string) => (relations.has(key) ? (relations.get(key) ?? null) : this.#relationState(key));
    // Per subject and type, once: an entity with many relations would otherwise be scanned once per relation.
    const siblingsByKey = new Map<string, Relation[]>();
    const siblingsNow = (relation: Relation): Relation[] => {
      // Only a one-holder role's span depends on its siblings (time.ts).
      // Stryker disable next-line ConditionalExpression: time.ts reads siblings only for one-holder types, and recomputing more relations gives the same states
      if (!ONE_HOLDER_TYPES.has(relation.type)) return [];
      const known = siblingsByKey.get(siblingKey(relation));
      if (known) return known;
      const found = new Map<string, Relation>();
      for (const view of this.adjacency(relation.from)) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator: time.ts keeps only siblings of the same subject and type, and recomputing more relations gives the same states
        if (view.direction !== 'OUTGOING' || view.relation.type !== relation.type) continue;
        const state = stateNow(view.relation.id);
        if (state) found.set(state.relation.id, state.relation);
      }
      // The adjacency holds every live relation of this version; this edit's own come on top.
      // Stryker disable next-line ConditionalExpression: as above, time.ts filters siblings by subject and type itself
      for (const other of written) if (siblingKey(other) === siblingKey(relation)) found.set(other.id, other);
      const siblings = [...found.values()];
      siblingsByKey.set(siblingKey(relation), siblings);
      return siblings;
    };
    const again = new Set<string>(written.map((relation) => relation.id));
    for (const relation of [...written, ...retracted])
      for (const sibling of siblingsNow(relation)) again.add(sibling.id);
    for (const entity of writtenEntities) for (const view of this.adjacency(entity.slug)) again.add(view.relation.id);
    const entityOf = (slug: string) => entities.get(slug) ?? this.entity(slug);
    const today = dayNumberOf(new Date());
    for (const key of again) {
      const state = stateNow(key);
      if (!state) continue;
      relations.set(key, stateOf(state.relation, entityOf, siblingsNow(state.relation), today));
      touch(state.relation);
    }
  }

  /** When a live relation may and surely holds; null when unknown or retracted. */
  relationSpans(key: string): RelationSpans | null {
    const state = this.#relationState(key);
    return state ? { possible: state.span, certain: state.certain } : null;
  }

  #relationState(key: string): RelationState | null {
    const changed = this.#delta.relations.get(key);
    if (changed !== undefined) return changed;
    return this.#generation.relations.get(key) ?? null;
  }

  /** A live relation by key; null when unknown or retracted. */
  relation(key: string): Relation | null {
    return this.#relationState(key)?.relation ?? null;
  }

  relationsById(keys: readonly string[]): (Relation | null)[] {
    return keys.map((key) => this.relation(key));
  }

  /** A retracted relation by key (its key stays taken); null when it was never retracted. */
  retractedRelation(key: string): Relation | null {
    return this.#delta.retracted.get(key) ?? this.#generation.retracted.get(key) ?? null;
  }

  /** The relations of many entities in one call, each list in a stable order. */
  relationsOfMany(slugs: readonly string[], filter: RelationFilter = {}): (readonly RelationView[])[] {
    return slugs.map((slug) => this.relationsOf(slug, filter));
  }

  relationsOf(slug: string, filter: RelationFilter = {}): readonly RelationView[] {
    const accept = relationPredicate(filter);
    const direction = filter.direction ?? 'BOTH';
    return this.adjacency(slug).filter(
      (view) => (direction === 'BOTH' || view.direction === direction) && accept(view),
    );
  }

  /** Every live relation of an entity, unfiltered, in a stable order (type, start date, key). */
  adjacency(slug: string): readonly RelationView[] {
    return this.#delta.adjacency.get(slug) ?? this.#generation.adjacency.get(slug) ?? [];
  }

  /**
   * Builds now the indexes otherwise built by the first read that needs them (the numbered
   * adjacency of traversals, the generation's timeline), so that no request waits for them: on a
   * graph of a million relations they take seconds. The server calls it once it listens, and is
   * ready when it returns. Later versions share both (a write lays its changes over them).
   */
  // Stryker disable next-line BlockStatement: only builds ahead what the first read builds; answers are the same
  prepare(): void {
    this.numberedAdjacency();
    void this.#generation.timeline;
  }

  /** The adjacency with entities numbered, for traversals (see numbered-adjacency.ts); built on first use. */
  numberedAdjacency(): NumberedAdjacency {
    // Stryker disable next-line ConditionalExpression: a cache; the numbered adjacency built again is the same
    if (!this.#numbered) {
      const generation = this.#generation;
      generation.numbered ??= NumberedAdjacency.of(generation.adjacency);
      this.#numbered = generation.numbered.withChanges(this.#delta.adjacency);
    }
    return this.#numbered;
  }

  /**
   * The relations joining an entity to another, either way, seen from the first. For hubs (many
   * relations) an index by neighbour answers at once; for the rest a scan is as fast.
   */
  relationsWith(slug: string, other: string): readonly RelationView[] {
    const views = this.adjacency(slug);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the index by neighbour and the scan give the same views in the same order
    if (views.length >= HUB_DEGREE) return hubIndex(views).get(other) ?? [];
    return views.filter((view) => view.other === other);
  }

  /** Whether an entity has so many relations that `relationsWith` beats scanning them. */
  isHub(slug: string): boolean {
    return this.adjacency(slug).length >= HUB_DEGREE;
  }

  source(key: string): Source | null {
    return this.#delta.sources.get(key) ?? this.#generation.sources.get(key) ?? null;
  }

  sources(): readonly Source[] {
    const all = new Map([...this.#generation.sources, ...this.#delta.sources]);
    return [...all.values()].sort(byId);
  }

  /** Every live relation, ordered by key. */
  allRelations(): readonly Relation[] {
    const generation = this.#generation;
    generation.relationsById ??= [...generation.relations.values()].map(({ relation }) => relation).sort(byId);
    if (this.#delta.relations.size === 0) return generation.relationsById;
    if (!this.#relationsById) {
      const changed = this.#delta.relations;
      const live = [...changed.values()]
        .filter((state): state is RelationState => state !== null)
        .map(({ relation }) => relation)
        .sort(byId);
      this.#relationsById = mergeSorted(generation.relationsById, (relation) => changed.has(relation.id), live, byId);
    }
    return this.#relationsById;
  }

  /** Every retracted relation, ordered by key. */
  retractedRelations(): readonly Relation[] {
    return [...new Map([...this.#generation.retracted, ...this.#delta.retracted]).values()].sort(byId);
  }

  /** The entities and live relations that cite a source, each list in its stable order. */
  citing(sourceKey: string): CitedFacts {
    const generation = this.#generation;
    generation.citing ??= indexCitations(generation.sorted, allOf(generation));
    const base = generation.citing.get(sourceKey) ?? { entities: [], relations: [] };
    // Unchanged since the generation: the merge below would copy the same lists in the same order.
    // Stryker disable next-line ConditionalExpression: `false` only makes those copies; `true` does not type-check
    if (deltaSize(this.#delta) === 0) return base;
    let facts = this.#citing.get(sourceKey);
    if (!facts) {
      const cites = (record: { citations: readonly { source: string }[] }) =>
        record.citations.some((citation) => citation.source === sourceKey);
      const { entities, relations } = this.#delta;
      facts = {
        entities: mergeSorted(
          base.entities,
          (entity) => entities.has(entity.slug),
          [...entities.values()].filter(cites).sort(byName),
          byName,
        ),
        relations: mergeSorted(
          base.relations,
          (relation) => relations.has(relation.id),
          [...relations.values()]
            .filter((state): state is RelationState => state !== null && cites(state.relation))
            .map(({ relation }) => relation)
            .sort(byId),
          byId,
        ),
      };
      this.#citing.set(sourceKey, facts);
    }
    return facts;
  }

  /** Dated entries in time order, within an interval, concerning any of `involving` when given. */
  timeline(interval: Interval = {}, involving: readonly string[] | null = null): TimelineEntry[] {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with an empty delta the skip rejects nothing; this only spares making it
    const skip = deltaSize(this.#delta) > 0 ? this.#deltaSkip() : undefined;
    let placed = this.#generation.timeline.query(interval, involving, skip);
    const deltaTimeline = this.#deltaTimeline();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: merging no written entries leaves the list as it is
    if (deltaTimeline.length > 0) {
      const span = intervalSpan(interval.from, interval.to);
      const wanted = involving ? new Set(involving) : null;
      const added = deltaTimeline.filter(
        ({ item, start, end }) =>
          start <= span.end && end >= span.start && (!wanted || item.entities.some((slug) => wanted.has(slug))),
      );
      placed = mergePlaced(placed, added);
    }
    return placed.map(({ item }) =>
      item.relation && !(item as TimelineEntry).title
        ? new RelationEntry(item.relation, item.kind as RelationEntry['kind'], item.date, this.#nameOf)
        : (item as TimelineEntry),
    );
  }

  search(text: string, options: SearchOptions = {}): SearchHit[] {
    // No shortcut for a version without written entities: its delta index is empty and costs nothing.
    const hits = [
      ...this.#generation.search.search(text, { ...options, skip: this.#delta.entities }),
      ...this.#deltaSearch().search(text, options),
    ];
    return rankHits(hits, options.first ?? SEARCH_LIMITS.defaultFirst);
  }
}

function* allOf(generation: Generation): Iterable<Relation> {
  if (generation.relationsById) yield* generation.relationsById;
  else for (const { relation } of generation.relations.values()) yield relation;
}

function indexCitations(entities: readonly Entity[], relations: Iterable<Relation>): Map<string, CitedFacts> {
  const index = new Map<string, { entities: Entity[]; relations: Relation[] }>();
  const factsOf = (sourceKey: string) => {
    const known = index.get(sourceKey);
    if (known) return known;
    const facts = { entities: [] as Entity[], relations: [] as Relation[] };
    index.set(sourceKey, facts);
    return facts;
  };
  for (const entity of entities) {
    for (const sourceKey of new Set(entity.citations.map((citation) => citation.source)))
      factsOf(sourceKey).entities.push(entity);
  }
  for (const relation of relations) {
    for (const sourceKey of new Set(relation.citations.map((citation) => citation.source)))
      factsOf(sourceKey).relations.push(relation);
  }
  for (const facts of index.values()) facts.relations.sort(byId);
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
