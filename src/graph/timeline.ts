/**
 * The timeline: every dated fact of the graph as an entry with a short title naming who did what.
 * Relations give entries where they begin and end, strikes where they start and end, events on
 * their date, organisations where they were founded and dissolved. Built once per graph.
 */
import type { RelationType } from './dataset-schema.js';
import { comparePartialDates, intervalSpan, type PartialDate, spanOf, spansOverlap } from './partial-date.js';
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

export function buildTimeline(
  entities: Iterable<Entity>,
  relations: Iterable<Relation>,
  nameOf: (slug: string) => string,
): Timeline {
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
      const foundedAs = entity.formerNames.find((former) => former.since === entity.founded)?.name ?? entity.name;
      if (entity.founded) add({ ...about, date: entity.founded, kind: 'FOUNDED', title: `${foundedAs} was founded` });
      if ((entity.kind === 'ASSOCIATION' || entity.kind === 'UNION') && entity.dissolved) {
        add({ ...about, date: entity.dissolved, kind: 'DISSOLVED', title: `${entity.name} was dissolved` });
      }
    }
  }
  for (const relation of relations) {
    const phrases = PHRASES[relation.type];
    const about = { entities: [relation.from, relation.to], relation, citations: relation.citations };
    const subject = nameOf(relation.from);
    const object = nameOf(relation.to);
    if (relation.since && phrases.began) {
      add({ ...about, date: relation.since, kind: 'RELATION_BEGAN', title: phrases.began(subject, object, relation) });
    }
    if (relation.until && phrases.ended) {
      add({ ...about, date: relation.until, kind: 'RELATION_ENDED', title: phrases.ended(subject, object, relation) });
    }
  }
  return new Timeline(entries.sort(compareEntries));
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return comparePartialDates(a.date, b.date) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

/** A partial date spans at most a year: entries starting earlier than this before an interval cannot reach it. */
const LONGEST_SPAN_DAYS = 366;

/** The timeline, indexed by start day (binary search) and by entity. */
export class Timeline {
  readonly #entries: readonly TimelineEntry[];
  readonly #starts: readonly number[];
  readonly #byEntity = new Map<string, TimelineEntry[]>();

  constructor(entries: readonly TimelineEntry[]) {
    this.#entries = entries;
    this.#starts = entries.map((entry) => spanOf(entry.date).start);
    for (const entry of entries) {
      for (const slug of new Set(entry.entities)) {
        const list = this.#byEntity.get(slug);
        if (list) list.push(entry);
        else this.#byEntity.set(slug, [entry]);
      }
    }
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Entries whose date overlaps the interval and that concern any of `involving` (when given), in time order. */
  query(interval: Interval, involving: readonly string[] | null): TimelineEntry[] {
    const span = intervalSpan(interval.from, interval.to);
    const overlaps = (entry: TimelineEntry) => spansOverlap(spanOf(entry.date), span);
    if (involving) {
      const chosen = new Set<TimelineEntry>();
      for (const slug of involving) for (const entry of this.#byEntity.get(slug) ?? []) chosen.add(entry);
      return this.#entries.length <= chosen.size * 4
        ? this.#entries.filter((entry) => chosen.has(entry) && overlaps(entry))
        : [...chosen].filter(overlaps).sort(compareEntries);
    }
    const first = lowerBound(this.#starts, span.start - LONGEST_SPAN_DAYS);
    const end = lowerBound(this.#starts, span.end + 1);
    return this.#entries.slice(first, end).filter(overlaps);
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
