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
 * built: a large graph has a million of these and most are never read.
 */
class RelationEntry implements TimelineEntry {
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

export function buildTimeline(entities: Iterable<Entity>, relations: Iterable<Relation>, nameOf: NameOf): Timeline {
  const entries: TimelineEntry[] = [];
  const add = (entry: TimelineEntry) => entries.push(entry);
  for (const entity of entities) {
    const about = { entities: [entity.slug], relation: null, citations: entity.citations };
    if (entity.kind === 'STRIKE') {
      if (entity.startDate)
        add({ ...about, date: entity.startDate, kind: 'STRIKE_BEGAN', title: `${entity.name} began` });
      if (entity.endDate) add({ ...about, date: entity.endDate, kind: 'STRIKE_ENDED', title: `${entity.name} ended` });
    } else if (entity.kind === 'EVENT') {
      add({ ...about, date: entity.date, kind: 'EVENT', title: entity.name });
    } else if (entity.kind !== 'PERSON') {
      if (entity.founded) {
        add({
          ...about,
          date: entity.founded,
          kind: 'FOUNDED',
          title: `${nameAsOf(entity, entity.founded)} was founded`,
        });
      }
      if ((entity.kind === 'ASSOCIATION' || entity.kind === 'UNION') && entity.dissolved) {
        add({
          ...about,
          date: entity.dissolved,
          kind: 'DISSOLVED',
          title: `${nameAsOf(entity, entity.dissolved)} was dissolved`,
        });
      }
    }
  }
  for (const relation of relations) {
    const phrases = PHRASES[relation.type];
    if (relation.since && phrases.began)
      entries.push(new RelationEntry(relation, 'RELATION_BEGAN', relation.since, nameOf));
    if (relation.until && phrases.ended)
      entries.push(new RelationEntry(relation, 'RELATION_ENDED', relation.until, nameOf));
  }
  return new Timeline(entries);
}

/** A partial date spans at most a year: entries starting earlier than this before an interval cannot reach it. */
const LONGEST_SPAN_DAYS = 366;

/** The timeline, indexed by start day (binary search) and by entity. */
export class Timeline {
  /** In time order: by the start of the date's span, then its end. */
  readonly #entries: readonly TimelineEntry[];
  readonly #starts: readonly number[];
  readonly #ends: readonly number[];
  readonly #byEntity = new Map<string, number[]>();

  constructor(unsorted: readonly TimelineEntry[]) {
    // Spans are computed once per entry, not once per comparison: this sorts a million entries.
    // The sort is stable, so entries on the same date keep the order they were built in:
    // entities by name, then relations by key.
    const keyed = unsorted.map((entry) => ({ entry, ...spanOf(entry.date) }));
    keyed.sort((a, b) => a.start - b.start || a.end - b.end);
    this.#entries = keyed.map(({ entry }) => entry);
    this.#starts = keyed.map(({ start }) => start);
    this.#ends = keyed.map(({ end }) => end);
    this.#entries.forEach((entry, position) => {
      for (const slug of new Set(entry.entities)) {
        const list = this.#byEntity.get(slug);
        if (list) list.push(position);
        else this.#byEntity.set(slug, [position]);
      }
    });
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Entries whose date overlaps the interval and that concern any of `involving` (when given), in time order. */
  query(interval: Interval, involving: readonly string[] | null): TimelineEntry[] {
    const span = intervalSpan(interval.from, interval.to);
    const overlaps = (position: number) =>
      (this.#starts[position] as number) <= span.end && (this.#ends[position] as number) >= span.start;
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
    return positions.filter(overlaps).map((position) => this.#entries[position] as TimelineEntry);
  }
}
