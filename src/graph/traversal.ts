/**
 * Traversals over the knowledge graph: shortest path, simple paths, neighbourhoods. They walk
 * relations in either direction, only those a filter accepts (types, time), and cap hops and
 * visited entities inside the algorithm; a result cut by a cap says so with `truncated`.
 *
 * Written here rather than with graphology-shortest-path, -simple-path and -traversal: those follow
 * edge direction on a directed graph, take no edge filter (types, as-of) and have no visit cap,
 * and all three are needed. They walk the graph's precomputed, sorted adjacency, so results are
 * the same whatever order the data files list things in.
 */
import { TRAVERSAL_DEFAULTS, TRAVERSAL_LIMITS } from '../limits.js';
import { type KnowledgeGraph, type RelationView, relationPredicate } from './knowledge-graph.js';
import { type NumberedAdjacency, type PackedEdges, PackedFilter } from './numbered-adjacency.js';
import { byId } from './sorted.js';
import type { Entity, Relation, RelationFilter } from './types.js';

export interface PathStep {
  readonly relation: Relation;
  /** The entity the step leaves from and the one it arrives at (slugs). */
  readonly from: string;
  readonly to: string;
  /** True when the step goes the relation's way (from its subject to its object). */
  readonly forward: boolean;
}

export interface Path {
  /** Slugs in order, from the start to the end: one more than the steps. */
  readonly entities: readonly string[];
  readonly steps: readonly PathStep[];
}

export interface TraversalFilter extends Omit<RelationFilter, 'direction'> {}

export interface ShortestPathResult {
  readonly path: Path | null;
  readonly truncated: boolean;
  readonly visited: number;
}

export interface PathsResult {
  readonly paths: readonly Path[];
  readonly truncated: boolean;
}

export interface Neighborhood {
  readonly center: string;
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  readonly truncated: boolean;
}

type Accept = (view: RelationView) => boolean;

function clamp(value: number | undefined, fallback: number, max: number): number {
  return Math.min(value ?? fallback, max);
}

function stepOf(view: RelationView, from: string): PathStep {
  return { relation: view.relation, from, to: view.other, forward: view.relation.from === from };
}

/**
 * One side of a bidirectional search, in typed arrays indexed by entity number (see
 * numbered-adjacency.ts) and kept between calls: `seen[n] === stamp` marks the entities this call
 * reached, so starting a search costs one increment instead of clearing or allocating anything
 * the size of the graph. Traversals run synchronously, so one pair of sides serves every call.
 */
class SearchSide {
  stamp = 0;
  seen = new Int32Array(0);
  /** The entity each reached one was reached from (towards this side's start), and by which relation. */
  previous = new Int32Array(0);
  via: (RelationView | undefined)[] = [];
  /** Entities in the order reached: the frontier of each level is a run of it. */
  queue = new Int32Array(0);

  /** Readies the side for a search over `count` numbered entities, starting at `start`. */
  begin(count: number, start: number): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: arrays made afresh answer the same; this only reuses them
    if (this.seen.length < count) {
      this.seen = new Int32Array(count);
      this.previous = new Int32Array(count);
      this.via = new Array(count);
      this.queue = new Int32Array(count);
      this.stamp = 0;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: differs only after 2^31 searches in one process, more than a test can run; clearing every time answers the same
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    // Stryker disable next-line UpdateOperator: counting down marks each search as distinctly as counting up (fresh arrays hold 0)
    this.stamp++;
    this.seen[start] = this.stamp;
    this.previous[start] = -1;
    this.via[start] = undefined;
    this.queue[0] = start;
  }

  has(node: number): boolean {
    return this.seen[node] === this.stamp;
  }
}

const forwardSide = new SearchSide();
const backwardSide = new SearchSide();

/**
 * Bidirectional breadth-first search: each round grows the smaller frontier by one level, so it
 * meets in the middle and visits far fewer entities than a one-sided search on a large graph.
 * It reads the numbered adjacency, and tests relations against the filter only when the filter
 * asks for something; the order of exploration, and so the path found, is that of the adjacency.
 */
export function shortestPath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: TraversalFilter & { maxLength?: number; maxVisited?: number } = {},
): ShortestPathResult {
  const maxLength = clamp(options.maxLength, TRAVERSAL_LIMITS.maxLength, TRAVERSAL_LIMITS.maxLength);
  const maxVisited = clamp(options.maxVisited, TRAVERSAL_LIMITS.maxVisited, TRAVERSAL_LIMITS.maxVisited);
  if (from === to) return { path: { entities: [from], steps: [] }, truncated: false, visited: 1 };
  const numbered = graph.numberedAdjacency();
  const start = numbered.numberOf(from);
  const end = numbered.numberOf(to);
  // An entity without relations (numbered -1) reaches nothing.
  if (Math.min(start, end) < 0) return { path: null, truncated: false, visited: 2 };
  // Types, dates, `current` and sources are tested on the packed arrays; certainty needs the relation.
  const packed = PackedFilter.of(options, numbered);
  const accept = options.certainOnly ? relationPredicate(options) : null;
  const { offsets, lists, changed } = numbered;
  const forward = forwardSide;
  const backward = backwardSide;
  forward.begin(numbered.count, start);
  backward.begin(numbered.count, end);
  // Each side's queue holds what it reached; [head, tail) is its current frontier.
  let forwardHead = 0;
  let forwardTail = 1;
  let backwardHead = 0;
  let backwardTail = 1;
  let visited = 2;
  let hops = 0;
  // A side with an empty frontier is always the smaller, so it is the one grown and finds nothing:
  // the search then idles (a few empty rounds at most) rather than testing for it.
  while (hops < maxLength) {
    const growForward = forwardTail - forwardHead <= backwardTail - backwardHead;
    const mine = growForward ? forward : backward;
    const theirs = growForward ? backward : forward;
    const { seen, previous, via, queue } = mine;
    const stamp = mine.stamp;
    const head = growForward ? forwardHead : backwardHead;
    const tail = growForward ? forwardTail : backwardTail;
    let next = tail;
    hops++;
    for (let at = head; at < tail; at++) {
      const node = queue[at] as number;
      // The entity's run of the generation's edges, or its own edges when it changed since.
      const own = changed === null ? undefined : changed.get(node);
      let views: readonly RelationView[];
      let edges: PackedEdges;
      let first: number;
      let last: number;
      if (own !== undefined) {
        views = own.views;
        edges = own.edges;
        first = 0;
        last = views.length;
      } else {
        // Not changed, so numbered by the generation (each number a write added is an end of a written relation, so changed).
        views = lists[node] as readonly RelationView[];
        edges = numbered.edges;
        first = offsets[node] as number;
        last = offsets[node + 1] as number;
      }
      const targets = edges.targets;
      for (let edge = first; edge < last; edge++) {
        const other = targets[edge] as number;
        if (seen[other] === stamp) continue;
        if (packed !== null && !packed.accepts(edges, edge)) continue;
        const view = views[edge - first] as RelationView;
        if (accept !== null && !accept(view)) continue;
        seen[other] = stamp;
        previous[other] = node;
        via[other] = view;
        visited++;
        if (theirs.has(other)) {
          return { path: joinPath(numbered, forward, backward, other), truncated: false, visited };
        }
        if (visited >= maxVisited) return { path: null, truncated: true, visited };
        queue[next++] = other;
      }
    }
    if (growForward) {
      forwardHead = tail;
      forwardTail = next;
    } else {
      backwardHead = tail;
      backwardTail = next;
    }
  }
  return { path: null, truncated: false, visited };
}

/** The path through `meeting`: the forward side's parents back to the start, the backward side's on to the end. */
function joinPath(numbered: NumberedAdjacency, forward: SearchSide, backward: SearchSide, meeting: number): Path {
  const entities: string[] = [];
  const steps: PathStep[] = [];
  for (let node = meeting; forward.previous[node] !== -1; node = forward.previous[node] as number) {
    const previous = numbered.slugOf(forward.previous[node] as number);
    entities.push(previous);
    steps.push(stepOf(forward.via[node] as RelationView, previous));
  }
  entities.reverse().push(numbered.slugOf(meeting));
  steps.reverse();
  for (let node = meeting; backward.previous[node] !== -1; node = backward.previous[node] as number) {
    // The backward side recorded the relation as seen from the entity nearer the end; the path walks it the other way.
    const here = numbered.slugOf(node);
    const relation = (backward.via[node] as RelationView).relation;
    const next = numbered.slugOf(backward.previous[node] as number);
    entities.push(next);
    steps.push({ relation, from: here, to: next, forward: relation.from === here });
  }
  return { entities, steps };
}

/** Hops from `target` to every entity within `maxLength`, walking accepted relations both ways. */
function distancesTo(
  graph: KnowledgeGraph,
  target: string,
  maxLength: number,
  accept: Accept,
  maxVisited: number,
): { distances: Map<string, number>; truncated: boolean } {
  const distances = new Map([[target, 0]]);
  let frontier = [target];
  // A level over an empty frontier finds nothing, so no test for one (the depth is capped).
  for (let depth = 1; depth <= maxLength; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const view of graph.adjacency(node)) {
        if (distances.has(view.other) || !accept(view)) continue;
        if (distances.size >= maxVisited) return { distances, truncated: true };
        distances.set(view.other, depth);
        next.push(view.other);
      }
    }
    frontier = next;
  }
  return { distances, truncated: false };
}

interface PartialPath {
  readonly node: string;
  readonly length: number;
  readonly step: PathStep | null;
  readonly parent: PartialPath | null;
}

function onPath(partial: PartialPath, node: string): boolean {
  for (let at: PartialPath | null = partial; at; at = at.parent) if (at.node === node) return true;
  return false;
}

function toPath(partial: PartialPath): Path {
  const entities: string[] = [];
  const steps: PathStep[] = [];
  for (let at: PartialPath | null = partial; at; at = at.parent) {
    entities.unshift(at.node);
    if (at.step) steps.unshift(at.step);
  }
  return { entities, steps };
}

/**
 * Simple paths (no entity twice), shortest first, then in the stable order of the adjacency.
 * Breadth-first over partial paths, pruned by the distance to the target, so only partial paths
 * that can still arrive within `maxLength` are ever extended.
 */
export function simplePaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: TraversalFilter & { maxLength?: number; first?: number; maxVisited?: number } = {},
): PathsResult {
  const maxLength = clamp(options.maxLength, TRAVERSAL_LIMITS.maxLength, TRAVERSAL_LIMITS.maxLength);
  const first = clamp(options.first, TRAVERSAL_DEFAULTS.paths, TRAVERSAL_LIMITS.maxPaths);
  const maxVisited = clamp(options.maxVisited, TRAVERSAL_LIMITS.maxVisited, TRAVERSAL_LIMITS.maxVisited);
  if (from === to) return { paths: first > 0 ? [{ entities: [from], steps: [] }] : [], truncated: false };
  const accept = relationPredicate(options);
  const { distances, truncated: distancesTruncated } = distancesTo(graph, to, maxLength, accept, maxVisited);
  const startDistance = distances.get(from);
  if (startDistance === undefined || first === 0) return { paths: [], truncated: distancesTruncated };

  const paths: Path[] = [];
  let queue: PartialPath[] = [{ node: from, length: 0, step: null, parent: null }];
  let expanded = 0;
  while (queue.length > 0) {
    const next: PartialPath[] = [];
    for (const partial of queue) {
      for (const view of graph.adjacency(partial.node)) {
        const remaining = distances.get(view.other);
        if (remaining === undefined || partial.length + 1 + remaining > maxLength) continue;
        if (!accept(view) || onPath(partial, view.other)) continue;
        const extended = {
          node: view.other,
          length: partial.length + 1,
          step: stepOf(view, partial.node),
          parent: partial,
        };
        if (view.other === to) {
          paths.push(toPath(extended));
          if (paths.length >= first) return { paths, truncated: false };
        } else {
          if (++expanded > maxVisited) return { paths, truncated: true };
          next.push(extended);
        }
      }
    }
    queue = next;
  }
  return { paths, truncated: distancesTruncated };
}

/**
 * Entities within `depth` hops (breadth-first, nearest first) and the accepted relations among
 * them, ordered by key. Discovery stops at `limit`; the relations among the chosen entities are
 * then gathered per entity from its own relations, or, for a hub, by looking up each chosen
 * entity in the hub's index by neighbour.
 */
export function neighborhood(
  graph: KnowledgeGraph,
  of: string,
  options: TraversalFilter & { depth?: number; limit?: number; maxVisited?: number } = {},
): Neighborhood {
  const depth = clamp(options.depth, TRAVERSAL_DEFAULTS.depth, TRAVERSAL_LIMITS.maxDepth);
  const limit = clamp(options.limit, TRAVERSAL_DEFAULTS.neighborhood, TRAVERSAL_LIMITS.maxNeighborhood);
  const accept = relationPredicate(options);
  const included = new Set([of]);
  let truncated = false;
  let frontier = [of];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a level over an empty frontier finds nothing; the test only stops early
  discovery: for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const view of graph.adjacency(node)) {
        if (included.has(view.other) || !accept(view)) continue;
        if (included.size >= limit) {
          truncated = true;
          break discovery;
        }
        included.add(view.other);
        next.push(view.other);
      }
    }
    frontier = next;
  }
  const relations = new Map<string, Relation>();
  const members = [...included];
  for (const node of members) {
    const views = graph.isHub(node)
      ? members.flatMap((other) => graph.relationsWith(node, other))
      : graph.adjacency(node).filter((view) => included.has(view.other));
    for (const view of views) if (accept(view)) relations.set(view.relation.id, view.relation);
  }
  return {
    center: of,
    entities: graph.entities(members).filter((entity): entity is Entity => entity !== null),
    relations: [...relations.values()].sort(byId),
    truncated,
  };
}
