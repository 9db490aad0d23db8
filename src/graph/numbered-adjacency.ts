/**
 * The adjacency of a graph version with its entities numbered, for traversals: each entity that
 * has relations gets a small integer, and the relations of entity `n` are the edges
 * `offsets[n]` to `offsets[n + 1] - 1`, in the order of its adjacency list. Per edge, typed arrays
 * hold the neighbour's number and what a filter asks about (type, ended, the days it may hold). A
 * traversal then keeps its visited marks and parents in typed arrays indexed by number, and tests
 * a filter without reading the relation objects: on the generated graph, reading them (scattered
 * over a heap of a gigabyte) made a type filter cost twenty times the walk itself.
 *
 * Built from a generation's adjacency once, on first use; a version with a delta lays the delta's
 * lists over it (`withChanges`), so a write never renumbers the graph.
 */
import { RELATION_TYPES, type RelationType } from './dataset-schema.js';
import type { RelationView } from './knowledge-graph.js';
import { type DaySpan, intervalSpan, spanOf } from './partial-date.js';
import type { Relation, RelationFilter } from './types.js';

const TYPE_CODES = new Map<RelationType, number>(RELATION_TYPES.map((type, index) => [type, index]));
/** Set in an edge's `kinds` byte when the relation has ended; the low bits are its type code. */
const ENDED = 0x20;
const TYPE_BITS = ENDED - 1;
/** Every type code's bit. */
const TYPE_BITS_ALL = (1 << RELATION_TYPES.length) - 1;

/** A day number as an int32: the unbounded ends become the int32 extremes, which keeps every comparison. */
function packDay(day: number): number {
  if (day === Number.NEGATIVE_INFINITY) return -0x80000000;
  if (day === Number.POSITIVE_INFINITY) return 0x7fffffff;
  return day;
}

/** The per-edge arrays of a run of edges (parallel, one entry an edge). */
export interface PackedEdges {
  /** The number of the entity at the other end. */
  readonly targets: Int32Array;
  /** The relation's type code, plus ENDED when it has ended. */
  readonly kinds: Uint8Array;
  /** The first and last day the relation may hold (its span), packed by `packDay`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The relation's sources, as the number of that set of sources in `CitationSets`. */
  readonly cited: Int32Array;
}

function packedEdges(count: number): PackedEdges {
  return {
    targets: new Int32Array(count),
    kinds: new Uint8Array(count),
    starts: new Int32Array(count),
    ends: new Int32Array(count),
    cited: new Int32Array(count),
  };
}

/**
 * The distinct sets of sources relations cite, numbered: few (a dataset cites the same sources
 * over and over), so a sources filter is decided once per set instead of once per relation.
 */
class CitationSets {
  readonly sets: (readonly string[])[] = [];
  readonly #numbers = new Map<string, number>();

  copy(): CitationSets {
    const copy = new CitationSets();
    copy.sets.push(...this.sets);
    for (const [key, number] of this.#numbers) copy.#numbers.set(key, number);
    return copy;
  }

  numberOf(citations: Relation['citations']): number {
    // Keyed by the sources in citation order: the same set in another order just gets a number of its own.
    const key = citations.map((citation) => citation.source).join('\u0000');
    return this.#numbers.get(key) ?? this.#add(key, citations);
  }

  #add(key: string, citations: Relation['citations']): number {
    const number = this.sets.length;
    this.sets.push(citations.map((citation) => citation.source));
    this.#numbers.set(key, number);
    return number;
  }
}

function pack(edges: PackedEdges, at: number, view: RelationView, target: number, sets: CitationSets): void {
  edges.cited[at] = sets.numberOf(view.relation.citations);
  edges.targets[at] = target;
  edges.kinds[at] = (TYPE_CODES.get(view.relation.type) as number) | (view.relation.ended ? ENDED : 0);
  edges.starts[at] = packDay(view.span.start);
  edges.ends[at] = packDay(view.span.end);
}

/** The edges and views of one entity whose relations changed since the generation. */
export interface ChangedNeighbors {
  readonly edges: PackedEdges;
  readonly views: readonly RelationView[];
}

export class NumberedAdjacency {
  /** How many numbers are in use: those of the generation, then any the delta added. */
  readonly count: number;
  /** Numbers below this one have their edges in `offsets`/`edges` (unless changed). */
  readonly baseCount: number;
  readonly offsets: Int32Array;
  readonly edges: PackedEdges;
  /** Each number's adjacency list (the graph's own frozen arrays), parallel to its run of edges. */
  readonly lists: readonly (readonly RelationView[])[];
  readonly citationSets: CitationSets;
  /** Entities whose relations changed since the generation (by number); null when none did. */
  readonly changed: ReadonlyMap<number, ChangedNeighbors> | null;
  readonly #numbers: ReadonlyMap<string, number>;
  /** The slug of each number below `baseCount`: the generation's, shared by every version. */
  readonly #baseSlugs: readonly string[];
  /** Numbers the delta gave to entities the generation had no relations for, and their slugs in number order. */
  readonly #added: ReadonlyMap<string, number> | null;
  readonly #addedSlugs: readonly string[];

  private constructor(
    base: Pick<NumberedAdjacency, 'offsets' | 'edges' | 'lists' | 'baseCount'>,
    baseSlugs: readonly string[],
    citationSets: CitationSets,
    numbers: ReadonlyMap<string, number>,
    added: { readonly numbers: ReadonlyMap<string, number>; readonly slugs: readonly string[] } | null,
    changed: ReadonlyMap<number, ChangedNeighbors> | null,
  ) {
    this.offsets = base.offsets;
    this.edges = base.edges;
    this.lists = base.lists;
    this.baseCount = base.baseCount;
    this.#baseSlugs = baseSlugs;
    this.citationSets = citationSets;
    this.#numbers = numbers;
    this.#added = added?.numbers ?? null;
    this.#addedSlugs = added?.slugs ?? [];
    this.changed = changed;
    this.count = base.baseCount + this.#addedSlugs.length;
  }

  /** Numbers every entity of `adjacency` (a generation's lists by slug). */
  static of(adjacency: ReadonlyMap<string, readonly RelationView[]>): NumberedAdjacency {
    const numbers = new Map<string, number>();
    const slugs: string[] = [];
    const lists: (readonly RelationView[])[] = [];
    let count = 0;
    for (const [slug, views] of adjacency) {
      numbers.set(slug, slugs.length);
      slugs.push(slug);
      lists.push(views);
      count += views.length;
    }
    const offsets = new Int32Array(slugs.length + 1);
    const edges = packedEdges(count);
    const sets = new CitationSets();
    let at = 0;
    for (let node = 0; node < lists.length; node++) {
      offsets[node] = at;
      // Every endpoint of a relation has that relation in its own list, so it has a number.
      for (const view of lists[node] as readonly RelationView[])
        pack(edges, at++, view, numbers.get(view.other) as number, sets);
    }
    offsets[lists.length] = at;
    return new NumberedAdjacency({ offsets, edges, lists, baseCount: slugs.length }, slugs, sets, numbers, null, null);
  }

  /**
   * This numbering (a generation's) with the lists of `changed` (a delta's lists by slug) laid
   * over it: the cost is the delta's, the generation's arrays are shared.
   */
  withChanges(changed: ReadonlyMap<string, readonly RelationView[]>): NumberedAdjacency {
    if (changed.size === 0) return this;
    const added = new Map<string, number>();
    const addedSlugs: string[] = [];
    const numberOf = (slug: string): number => {
      let number = this.#numbers.get(slug) ?? added.get(slug);
      if (number === undefined) {
        number = this.baseCount + addedSlugs.length;
        added.set(slug, number);
        addedSlugs.push(slug);
      }
      return number;
    };
    const lists = new Map<number, ChangedNeighbors>();
    const sets = this.citationSets.copy();
    for (const [slug, views] of changed) {
      const edges = packedEdges(views.length);
      views.forEach((view, index) => {
        pack(edges, index, view, numberOf(view.other), sets);
      });
      lists.set(numberOf(slug), { edges, views });
    }
    return new NumberedAdjacency(
      this,
      this.#baseSlugs,
      sets,
      this.#numbers,
      { numbers: added, slugs: addedSlugs },
      lists,
    );
  }

  /** The slug of a number in use. */
  slugOf(number: number): string {
    return (number < this.baseCount ? this.#baseSlugs[number] : this.#addedSlugs[number - this.baseCount]) as string;
  }

  /** The number of an entity; -1 when it has no relations in this version. */
  numberOf(slug: string): number {
    return this.#numbers.get(slug) ?? this.#added?.get(slug) ?? -1;
  }
}

/**
 * The part of `relationPredicate` (knowledge-graph.ts) that the packed arrays answer: types,
 * asOf, during, current and sources, the same test on the same values. `certainOnly` needs the
 * relation's certain span, so a traversal asked for it applies `relationPredicate` to the view too.
 */
export class PackedFilter {
  /** Bit n set: relations of type code n pass. */
  readonly #types: number;
  readonly #asOf: DaySpan | null;
  readonly #during: DaySpan | null;
  readonly #current: boolean;
  /** By number of a set of sources: 1 when the set cites a source asked for; null when sources are not asked about. */
  readonly #cited: Uint8Array | null;

  private constructor(
    types: number,
    asOf: DaySpan | null,
    during: DaySpan | null,
    current: boolean,
    cited: Uint8Array | null,
  ) {
    this.#types = types;
    this.#asOf = asOf;
    this.#during = during;
    this.#current = current;
    this.#cited = cited;
  }

  /** The packed test of a filter on `adjacency`; null when it asks about none of types, asOf, during, current and sources. */
  static of(filter: RelationFilter, adjacency: NumberedAdjacency): PackedFilter | null {
    const types = filter.types && filter.types.length > 0 ? filter.types : null;
    const sources = filter.sources && filter.sources.length > 0 ? new Set(filter.sources) : null;
    if (!types && !filter.asOf && !filter.during && filter.current !== true && !sources) return null;
    const packSpan = (span: DaySpan) => ({ start: packDay(span.start), end: packDay(span.end) });
    const sets = adjacency.citationSets.sets;
    return new PackedFilter(
      types ? types.reduce((mask, type) => mask | (1 << (TYPE_CODES.get(type) as number)), 0) : TYPE_BITS_ALL,
      filter.asOf ? packSpan(spanOf(filter.asOf)) : null,
      filter.during ? packSpan(intervalSpan(filter.during.from, filter.during.to)) : null,
      filter.current === true,
      sources ? Uint8Array.from(sets, (set) => (set.some((source) => sources.has(source)) ? 1 : 0)) : null,
    );
  }

  accepts(edges: PackedEdges, at: number): boolean {
    const kind = edges.kinds[at] as number;
    if (((this.#types >>> (kind & TYPE_BITS)) & 1) === 0) return false;
    if (this.#current && (kind & ENDED) !== 0) return false;
    if (this.#cited !== null && this.#cited[edges.cited[at] as number] === 0) return false;
    const asOf = this.#asOf;
    if (asOf !== null && !((edges.starts[at] as number) <= asOf.end && asOf.start <= (edges.ends[at] as number))) {
      return false;
    }
    const during = this.#during;
    return (
      during === null || ((edges.starts[at] as number) <= during.end && during.start <= (edges.ends[at] as number))
    );
  }
}
