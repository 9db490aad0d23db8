/**
 * The timeline: every dated fact of the graph as an entry with a short title naming who did what.
 * Relations give entries where they begin and end, strikes where they start and end, events on
 * their date, organisations where they were founded and dissolved. Built once per graph.
 */
import type { RelationType } from './dataset-schema.js';
import { nameAsOf } from './entity-dates.js';
import { intervalSpan, type PartialDate, spanOf } from './partial-date.js';
import { lowerBound } from './sorted.js';
import type { Citation, Entity, Interval, Relation } from './types.js';

export type TimelineEntryKind =
  | 'RELATION_BEGAN'
  | 'RELATION_ENDED'
  | 'STRIKE_BEGAN'
  | 'STRIKE_ENDED'
  | 'EVENT'
  | 'FOUNDED'
  | 'DISSOLVED';

export interface TimelineEntry {
  readonly date: PartialDate;
  readonly title: string;
  readonly kind: TimelineEntryKind;
  /** Slugs of the entities the entry concerns. */
  readonly entities: readonly string[];
  readonly relation: Relation | null;
  readonly citations: readonly Citation[];
}

type Phrase = (subject: string, object: string, relation: Relation) => string;

/** The name an entity went by at a date: titles name organisations as they were called then. */
export type NameOf = (slug: string, date: PartialDate) => string;

const roleOr = (relation: Relation, fallback: string) => (relation.role ?? fallback).toLowerCase();

/** How each relation type reads when it begins and when it ends; undefined: no entry. */
const PHRASES: Record<RelationType, { began?: Phrase; ended?: Phrase }> = {
  AFFILIATED_WITH: {
    began: (s, o) => `${s} became affiliated with ${o}`,
    ended: (s, o) => `${s}'s affiliation with ${o} ended`,
  },
  AGAINST: {},
  AIDE_TO: {
    began: (s, o, r) => `${s} became ${roleOr(r, 'aide')} to ${o}`,
    ended: (s, o, r) => `${s}'s service as ${roleOr(r, 'aide')} to ${o} ended`,
  },
  CALLED_BY: {},
  EXECUTIVE_OF: {
    began: (s, o, r) => `${s} became ${roleOr(r, 'an executive')} of ${o}`,
    ended: (s, o, r) => `${s}'s time as ${roleOr(r, 'an executive')} of ${o} ended`,
  },
  FOUNDED_BY: { began: (s, o) => `${o} founded ${s}` },
  HELPED_SHAPE: {},
  MEMBER_OF: { began: (s, o) => `${s} joined ${o}`, ended: (s, o) => `${s} left ${o}` },
  MERGED_INTO: { began: (s, o) => `${s} merged into ${o}` },
  MERGED_WITH: { began: (s, o) => `${s} merged with ${o}` },
  NEGOTIATES_WITH: {
    began: (s, o) => `${s} began negotiating with ${o}`,
    ended: (s, o) => `${s} stopped negotiating with ${o}`,
  },
  PARTY_TO: {},
  PART_OF: { began: (s, o) => `${s} became part of ${o}`, ended: (s, o) => `${s} ceased to be part of ${o}` },
  PRESIDED_BY: {
    began: (s, o, r) =>
      `${o} became ${r.qualifiers.includes('INTERIM') && !/interim/i.test(r.role ?? '') ? 'interim ' : ''}${roleOr(r, 'president')} of ${s}`,
    ended: (s, o, r) => `${o}'s term as ${roleOr(r, 'president')} of ${s} ended`,
  },
  SPOKESPERSON: {
    began: (s, o) => `${o} became spokesperson of ${s}`,
    ended: (s, o) => `${o}'s time as spokesperson of ${s} ended`,
  },
  SUBSIDIARY_OF: {
    began: (s, o) => `${s} became part of ${o}`,
    ended: (s, o) => `${s} ceased to belong to ${o}`,
  },
  WITHDREW_FROM: {
    began: (s, o, r) =>
      r.qualifiers.includes('ANNOUNCED')
        ? `${s} was due to withdraw from ${o}, as it had announced`
        : `${s} withdrew from ${o}`,
  },
};

/**
 * A relation's beginning or end. The title is phrased when asked for, not when the timeline is
 * built: a large graph has a million of these and most are never read. It names the entities as
 * the graph version that answers the query calls them (`nameOf`).
 */
export class RelationEntry implements TimelineEntry {
  constructor(
    readonly relation: Relation,
    readonly kind: 'RELATION_BEGAN' | 'RELATION_ENDED',
    readonly date: PartialDate,
    private readonly nameOf: NameOf,
  ) {}

  get title(): string {
    const phrase = PHRASES[this.relation.type][this.kind === 'RELATION_BEGAN' ? 'began' : 'ended'] as Phrase;
    return phrase(this.nameOf(this.relation.from, this.date), this.nameOf(this.relation.to, this.date), this.relation);
  }

  get entities(): readonly string[] {
    return [this.relation.from, this.relation.to];
  }

  get citations(): readonly Citation[] {
    return this.relation.citations;
  }
}

/**
 * A relation's beginning or end as the timeline keeps it: phrased only when a query returns it.
 * Its entities are the relation's endpoints, listed when asked: a large graph keeps a million of
 * these, and an array each would be a million more objects.
 */
export class RelationItem {
  constructor(
    readonly relation: Relation,
    readonly kind: 'RELATION_BEGAN' | 'RELATION_ENDED',
    readonly date: PartialDate,
  ) {}

  get entities(): readonly string[] {
    return [this.relation.from, this.relation.to];
  }
}

/** What a timeline holds: entries about one entity (phrased from its own record), and relation items. */
export type TimelineItem = (TimelineEntry & { readonly relation: null }) | RelationItem;

/** The entries an entity gives: a strike's start and end, an event, a founding and dissolution. */
export function entityItems(entity: Entity): TimelineItem[] {
  const items: TimelineItem[] = [];
  const about = { entities: [entity.slug], relation: null, citations: entity.citations };
  if (entity.kind === 'STRIKE') {
    if (entity.startDate)
      items.push({ ...about, date: entity.startDate, kind: 'STRIKE_BEGAN', title: `${entity.name} began` });
    if (entity.endDate)
      items.push({ ...about, date: entity.endDate, kind: 'STRIKE_ENDED', title: `${entity.name} ended` });
  } else if (entity.kind === 'EVENT') {
    items.push({ ...about, date: entity.date, kind: 'EVENT', title: entity.name });
  } else if (entity.kind !== 'PERSON') {
    if (entity.founded) {
      items.push({
        ...about,
        date: entity.founded,
        kind: 'FOUNDED',
        title: `${nameAsOf(entity, entity.founded)} was founded`,
      });
    }
    if ((entity.kind === 'ASSOCIATION' || entity.kind === 'UNION') && entity.dissolved) {
      items.push({
        ...about,
        date: entity.dissolved,
        kind: 'DISSOLVED',
        title: `${nameAsOf(entity, entity.dissolved)} was dissolved`,
      });
    }
  }
  return items;
}

/** Whether a relation gives any timeline entry (relationItems), without making them. */
export function givesTimelineItems(relation: Relation): boolean {
  const phrases = PHRASES[relation.type];
  return Boolean((relation.since && phrases.began) || (relation.until && phrases.ended));
}

/** The entries a relation gives where it begins and ends, for the types that read as a happening. */
export function relationItems(relation: Relation): RelationItem[] {
  const phrases = PHRASES[relation.type];
  const items: RelationItem[] = [];
  if (relation.since && phrases.began) items.push(new RelationItem(relation, 'RELATION_BEGAN', relation.since));
  if (relation.until && phrases.ended) items.push(new RelationItem(relation, 'RELATION_ENDED', relation.until));
  return items;
}

/** A partial date spans at most a year: entries starting earlier than this before an interval cannot reach it. */
const LONGEST_SPAN_DAYS = 366;

interface Placed {
  readonly item: TimelineItem;
  readonly start: number;
  readonly end: number;
}

/** Time order: by the start of the date's span, then its end; stable otherwise. */
export function placeItems(items: readonly TimelineItem[]): Placed[] {
  const placed = items.map((item) => {
    const { start, end } = spanOf(item.date);
    return { item, start, end };
  });
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return placed;
}

/**
 * Time order of many items (placeItems' order) as positions, by one native numeric sort: each
 * item's start, span length and position packed into one number (exact below 2^53), instead of a
 * comparison function called some thirty million times for a million items. Null when the items
 * do not fit the packing (more than 2^22 of them, or a date outside years 0000-9999), then the
 * caller sorts the plain way.
 */
const DAY_OF_YEAR_0 = 719_528;
const DAYS_TO_YEAR_10000 = 3_652_425 + DAY_OF_YEAR_0;
const MAX_SORTED = 2 ** 22;

function timeOrder(starts: Float64Array, ends: Float64Array): Uint32Array | null {
  const count = starts.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: null only sends the items to placeItems, whose order is the same; only the 'false' variant differs, past 2^22 items, too many for a test
  if (count > MAX_SORTED) return null;
  const keys = new Float64Array(count);
  // Stryker disable next-line EqualityOperator,UpdateOperator: an index out of range reads undefined (NaN), which the range check turns into null: placeItems then gives the same order
  for (let index = 0; index < count; index++) {
    // Stryker disable next-line ArithmeticOperator: a wrong offset either fails the range check (null: placeItems, same order) or shifts every key alike
    const from = (starts[index] as number) + DAY_OF_YEAR_0;
    // Stryker disable next-line ArithmeticOperator: a sum fails the range check (null: placeItems, same order) except near 1970, where it still orders by start then end
    const length = (ends[index] as number) - (starts[index] as number);
    // Stryker disable next-line BooleanLiteral,ConditionalExpression,LogicalOperator,EqualityOperator: partial dates have 4-digit years and spans of at most 366 days, so the check always passes; failing it only means placeItems, same order
    if (!(from >= 0 && from < DAYS_TO_YEAR_10000 && length >= 0 && length <= LONGEST_SPAN_DAYS)) return null;
    // Stryker disable next-line ArithmeticOperator: a span's length is at most 365 (end minus start of a leap year), so a factor of 366 still keeps keys apart
    keys[index] = (from * (LONGEST_SPAN_DAYS + 1) + length) * MAX_SORTED + index;
  }
  keys.sort();
  const order = new Uint32Array(count);
  // Stryker disable next-line EqualityOperator: a write one past a typed array's end is ignored
  for (let index = 0; index < count; index++) order[index] = (keys[index] as number) % MAX_SORTED;
  return order;
}

/**
 * Timeline items, indexed by start day (binary search) and by entity. Immutable: a graph version
 * keeps one built over many facts and adds the few it changed beside it (see knowledge-graph.ts).
 * Items and their spans are kept in parallel arrays, not an object per item.
 */
export class Timeline {
  readonly #items: readonly TimelineItem[];
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  readonly #byEntity = new Map<string, number[]>();

  /** Items in time order, with the start and end day of each one's date. */
  private constructor(items: readonly TimelineItem[], starts: Float64Array, ends: Float64Array) {
    this.#items = items;
    this.#starts = starts;
    this.#ends = ends;
    this.#indexEntities();
  }

  /** `placed` must be in time order (placeItems). */
  static fromPlaced(placed: readonly Placed[]): Timeline {
    return new Timeline(
      placed.map(({ item }) => item),
      Float64Array.from(placed, ({ start }) => start),
      Float64Array.from(placed, ({ end }) => end),
    );
  }

  /** A timeline of items in any order: they are put in time order (that of placeItems). */
  static of(items: readonly TimelineItem[]): Timeline {
    const count = items.length;
    const starts = new Float64Array(count);
    const ends = new Float64Array(count);
    items.forEach((item, index) => {
      const span = spanOf(item.date);
      starts[index] = span.start;
      ends[index] = span.end;
    });
    const order = timeOrder(starts, ends);
    if (!order) return Timeline.fromPlaced(placeItems(items));
    return new Timeline(
      Array.from(order, (index) => items[index] as TimelineItem),
      Float64Array.from(order, (index) => starts[index] as number),
      Float64Array.from(order, (index) => ends[index] as number),
    );
  }

  #indexEntities(): void {
    const add = (slug: string, position: number) => {
      const list = this.#byEntity.get(slug);
      if (list) list.push(position);
      else this.#byEntity.set(slug, [position]);
    };
    this.#items.forEach((item, position) => {
      if (item.relation) {
        // A relation's item concerns its two endpoints (one, for a self-relation): no array made.
        add(item.relation.from, position);
        // Stryker disable next-line ConditionalExpression: a position listed twice for one entity is read through a Set in query; loading and writes refuse self-relations anyway
        if (item.relation.to !== item.relation.from) add(item.relation.to, position);
      } else for (const slug of new Set(item.entities)) add(slug, position);
    });
  }

  get size(): number {
    return this.#items.length;
  }

  /** Every item in time order. */
  placed(): readonly Placed[] {
    return this.#items.map((_, position) => this.#placedAt(position));
  }

  #placedAt(position: number): Placed {
    return {
      item: this.#items[position] as TimelineItem,
      start: this.#starts[position] as number,
      end: this.#ends[position] as number,
    };
  }

  /**
   * Items whose date overlaps the interval and that concern any of `involving` (when given), in
   * time order, leaving out those `skip` rejects.
   */
  query(interval: Interval, involving: readonly string[] | null, skip?: (item: TimelineItem) => boolean): Placed[] {
    const span = intervalSpan(interval.from, interval.to);
    const found: Placed[] = [];
    const consider = (position: number) => {
      if (
        (this.#starts[position] as number) <= span.end &&
        (this.#ends[position] as number) >= span.start &&
        !skip?.(this.#items[position] as TimelineItem)
      ) {
        found.push(this.#placedAt(position));
      }
    };
    if (involving) {
      const chosen = new Set<number>();
      for (const slug of involving) for (const position of this.#byEntity.get(slug) ?? []) chosen.add(position);
      for (const position of [...chosen].sort((a, b) => a - b)) consider(position);
    } else {
      const first = lowerBound(this.#starts, span.start - LONGEST_SPAN_DAYS);
      const end = lowerBound(this.#starts, span.end + 1);
      // Stryker disable next-line EqualityOperator: the item at `end` starts after the interval (or is past the list), so consider rejects it
      for (let position = first; position < end; position++) consider(position);
    }
    return found;
  }
}

/** Merges two lists already in time order into one (stable: `a` first on ties). */
export function mergePlaced(a: readonly Placed[], b: readonly Placed[]): Placed[] {
  // Stryker disable next-line ConditionalExpression: merging with an empty list gives the same items; this only skips the copy.
  if (b.length === 0) return a as Placed[];
  // Stryker disable next-line ConditionalExpression: merging with an empty list gives the same items; this only skips the copy.
  if (a.length === 0) return b as Placed[];
  const merged: Placed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Placed;
    const y = b[j] as Placed;
    if (y.start < x.start || (y.start === x.start && y.end < x.end)) {
      merged.push(y);
      j++;
    } else {
      merged.push(x);
      i++;
    }
  }
  while (i < a.length) merged.push(a[i++] as Placed);
  while (j < b.length) merged.push(b[j++] as Placed);
  return merged;
}

export type { Placed };
