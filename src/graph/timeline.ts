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

/** A relation's beginning or end as the timeline keeps it: phrased only when a query returns it. */
export interface RelationItem {
  readonly relation: Relation;
  readonly kind: 'RELATION_BEGAN' | 'RELATION_ENDED';
  readonly date: PartialDate;
  readonly entities: readonly string[];
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

/** The entries a relation gives where it begins and ends, for the types that read as a happening. */
export function relationItems(relation: Relation): RelationItem[] {
  const phrases = PHRASES[relation.type];
  const items: RelationItem[] = [];
  const entities = [relation.from, relation.to];
  if (relation.since && phrases.began) items.push({ relation, kind: 'RELATION_BEGAN', date: relation.since, entities });
  if (relation.until && phrases.ended) items.push({ relation, kind: 'RELATION_ENDED', date: relation.until, entities });
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
  const placed = items.map((item) => ({ item, ...spanOf(item.date) }));
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return placed;
}

/**
 * Timeline items, indexed by start day (binary search) and by entity. Immutable: a graph version
 * keeps one built over many facts and adds the few it changed beside it (see knowledge-graph.ts).
 */
export class Timeline {
  readonly #placed: readonly Placed[];
  readonly #starts: readonly number[];
  readonly #byEntity = new Map<string, number[]>();

  /** `placed` must be in time order (placeItems). */
  constructor(placed: readonly Placed[]) {
    this.#placed = placed;
    this.#starts = placed.map(({ start }) => start);
    placed.forEach(({ item }, position) => {
      for (const slug of new Set(item.entities)) {
        const list = this.#byEntity.get(slug);
        if (list) list.push(position);
        else this.#byEntity.set(slug, [position]);
      }
    });
  }

  get size(): number {
    return this.#placed.length;
  }

  /** Every item in time order. */
  placed(): readonly Placed[] {
    return this.#placed;
  }

  /**
   * Items whose date overlaps the interval and that concern any of `involving` (when given), in
   * time order, leaving out those `skip` rejects.
   */
  query(interval: Interval, involving: readonly string[] | null, skip?: (item: TimelineItem) => boolean): Placed[] {
    const span = intervalSpan(interval.from, interval.to);
    let positions: number[];
    if (involving) {
      const chosen = new Set<number>();
      for (const slug of involving) for (const position of this.#byEntity.get(slug) ?? []) chosen.add(position);
      positions = [...chosen].sort((a, b) => a - b);
    } else {
      const first = lowerBound(this.#starts, span.start - LONGEST_SPAN_DAYS);
      const end = lowerBound(this.#starts, span.end + 1);
      positions = Array.from({ length: end - first }, (_, offset) => first + offset);
    }
    const found: Placed[] = [];
    for (const position of positions) {
      const placed = this.#placed[position] as Placed;
      if (placed.start <= span.end && placed.end >= span.start && !skip?.(placed.item)) found.push(placed);
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
