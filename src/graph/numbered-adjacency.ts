/**
 * The adjacency of a graph version with its entities numbered, for traversals: each entity that
 * has relations gets a small integer, and the neighbours of entity `n` are the integers
 * `targets[offsets[n]]` to `targets[offsets[n + 1] - 1]`, in the order of its adjacency list. A
 * traversal then keeps its visited marks and parents in typed arrays indexed by number instead of
 * Maps keyed by slug, and reads neighbours without touching the relation objects (measured in the
 * README: the Map look-ups and per-step objects were most of a shortest path's time).
 *
 * Built from a generation's adjacency once, on first use; a version with a delta lays the delta's
 * lists over it (`withChanges`), so a write never renumbers the graph.
 */
import type { RelationView } from './knowledge-graph.js';

/** The neighbour numbers and views of one entity whose relations changed since the generation. */
export interface ChangedNeighbors {
  readonly targets: Int32Array;
  readonly views: readonly RelationView[];
}

export class NumberedAdjacency {
  /** How many numbers are in use: those of the generation, then any the delta added. */
  readonly count: number;
  /** Numbers below this one have their neighbours in `offsets`/`targets` (unless changed). */
  readonly baseCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Each number's adjacency list (the graph's own frozen arrays), parallel to its run in `targets`. */
  readonly lists: readonly (readonly RelationView[])[];
  /** The slug of each number. */
  readonly slugs: readonly string[];
  /** Entities whose relations changed since the generation (by number); null when none did. */
  readonly changed: ReadonlyMap<number, ChangedNeighbors> | null;
  readonly #numbers: ReadonlyMap<string, number>;
  /** Numbers the delta gave to entities the generation had no relations for. */
  readonly #added: ReadonlyMap<string, number> | null;

  private constructor(
    base: Pick<NumberedAdjacency, 'offsets' | 'targets' | 'lists' | 'slugs' | 'baseCount'>,
    numbers: ReadonlyMap<string, number>,
    added: ReadonlyMap<string, number> | null,
    changed: ReadonlyMap<number, ChangedNeighbors> | null,
  ) {
    this.offsets = base.offsets;
    this.targets = base.targets;
    this.lists = base.lists;
    this.slugs = base.slugs;
    this.baseCount = base.baseCount;
    this.#numbers = numbers;
    this.#added = added;
    this.changed = changed;
    this.count = base.baseCount + (added?.size ?? 0);
  }

  /** Numbers every entity of `adjacency` (a generation's lists by slug). */
  static of(adjacency: ReadonlyMap<string, readonly RelationView[]>): NumberedAdjacency {
    const numbers = new Map<string, number>();
    const slugs: string[] = [];
    const lists: (readonly RelationView[])[] = [];
    let edges = 0;
    for (const [slug, views] of adjacency) {
      numbers.set(slug, slugs.length);
      slugs.push(slug);
      lists.push(views);
      edges += views.length;
    }
    const offsets = new Int32Array(slugs.length + 1);
    const targets = new Int32Array(edges);
    let at = 0;
    for (let node = 0; node < lists.length; node++) {
      offsets[node] = at;
      for (const view of lists[node] as readonly RelationView[]) {
        // Every endpoint of a relation has that relation in its own list, so it has a number.
        targets[at++] = numbers.get(view.other) as number;
      }
    }
    offsets[lists.length] = at;
    return new NumberedAdjacency({ offsets, targets, lists, slugs, baseCount: slugs.length }, numbers, null, null);
  }

  /** This numbering with the lists of `changed` (a delta's lists by slug) laid over it. */
  withChanges(changed: ReadonlyMap<string, readonly RelationView[]>): NumberedAdjacency {
    if (changed.size === 0) return this;
    const added = new Map<string, number>();
    const slugs = [...this.slugs];
    const numberOf = (slug: string): number => {
      let number = this.#numbers.get(slug) ?? added.get(slug);
      if (number === undefined) {
        number = slugs.length;
        added.set(slug, number);
        slugs.push(slug);
      }
      return number;
    };
    const lists = new Map<number, ChangedNeighbors>();
    for (const [slug, views] of changed) {
      const targets = new Int32Array(views.length);
      for (let index = 0; index < views.length; index++)
        targets[index] = numberOf((views[index] as RelationView).other);
      lists.set(numberOf(slug), { targets, views });
    }
    const { offsets, targets, baseCount } = this;
    return new NumberedAdjacency(
      { offsets, targets, lists: this.lists, slugs, baseCount },
      this.#numbers,
      added,
      lists,
    );
  }

  /** The number of an entity; -1 when it has no relations in this version. */
  numberOf(slug: string): number {
    return this.#numbers.get(slug) ?? this.#added?.get(slug) ?? -1;
  }
}
