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

interface Parent {
  readonly previous: string;
  readonly view: RelationView;
}

/**
 * Bidirectional breadth-first search: each round grows the smaller frontier by one level, so it
 * meets in the middle and visits far fewer entities than a one-sided search on a large graph.
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
  const accept = relationPredicate(options);
  // Each side maps an entity it reached to how: the forward side back towards `from`, the other towards `to`.
  const forward = new Map<string, Parent | null>([[from, null]]);
  const backward = new Map<string, Parent | null>([[to, null]]);
  let forwardFrontier = [from];
  let backwardFrontier = [to];
  let hops = 0;
  while (hops < maxLength && forwardFrontier.length > 0 && backwardFrontier.length > 0) {
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const [mine, theirs, frontier] = growForward
      ? [forward, backward, forwardFrontier]
      : [backward, forward, backwardFrontier];
    const next: string[] = [];
    hops++;
    for (const node of frontier) {
      for (const view of graph.adjacency(node)) {
        if (mine.has(view.other) || !accept(view)) continue;
        mine.set(view.other, { previous: node, view });
        if (theirs.has(view.other)) {
          return {
            path: joinPath(forward, backward, view.other),
            truncated: false,
            visited: forward.size + backward.size,
          };
        }
        if (forward.size + backward.size >= maxVisited) {
          return { path: null, truncated: true, visited: forward.size + backward.size };
        }
        next.push(view.other);
      }
    }
    if (growForward) forwardFrontier = next;
    else backwardFrontier = next;
  }
  return { path: null, truncated: false, visited: forward.size + backward.size };
}

function joinPath(
  forward: ReadonlyMap<string, Parent | null>,
  backward: ReadonlyMap<string, Parent | null>,
  meeting: string,
): Path {
  const entities = [meeting];
  const steps: PathStep[] = [];
  for (let node = meeting, parent = forward.get(node); parent; node = parent.previous, parent = forward.get(node)) {
    entities.unshift(parent.previous);
    steps.unshift(stepOf(parent.view, parent.previous));
  }
  for (let node = meeting, parent = backward.get(node); parent; node = parent.previous, parent = backward.get(node)) {
    // The backward side recorded the relation as seen from `parent.previous`; the path walks it the other way.
    entities.push(parent.previous);
    steps.push({
      relation: parent.view.relation,
      from: node,
      to: parent.previous,
      forward: parent.view.relation.from === node,
    });
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
  for (let depth = 1; depth <= maxLength && frontier.length > 0; depth++) {
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
    relations: [...relations.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    truncated,
  };
}
