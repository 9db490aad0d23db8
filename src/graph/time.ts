/**
 * When a relation holds, as far as the graph knows. A relation's own bounds (`since`, `until`)
 * may be dates, unknown or open; what the rest of the graph knows narrows them:
 *
 * - nothing holds before both of its endpoints exist or after either ends (founded/dissolved,
 *   born/died, a strike's start and end, an event's date);
 * - a role one holder holds at a time (`ONE_HOLDER_TYPES`) ends at the latest when the next
 *   holder's term starts, unless the relation is marked `CO_HOLDER`;
 * - a relation recorded as ended ended by `today`;
 * - a relation of a kind that happens at one time (called, against, party to) with no dates of
 *   its own takes the dates of the strike or event it concerns.
 *
 * The result is two spans: the days it may hold (possible) and what is sure (certain). Pure
 * functions over plain values, so the graph can compute them again for relations a write touches.
 */
import { isOngoing, type RelationType } from './dataset-schema.js';
import { type DaySpan, type PartialDate, spanOf } from './partial-date.js';
import type { Entity, Relation } from './types.js';

/** Whether a relation holds at a date: for sure, perhaps, or (null) not at all. */
export type Certainty = 'CERTAIN' | 'POSSIBLE';

/** Types whose subject has one holder at a time; a marked co-holder is exempt. */
export const ONE_HOLDER_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['PRESIDED_BY']);

export interface RelationSpans {
  /** The days on which the relation may hold: its own bounds narrowed by the graph. */
  readonly possible: DaySpan;
  /**
   * What is sure: `start` is the latest day it can have begun, `end` the earliest day it can have
   * ended. When start <= end it surely holds on every day between; when start > end it surely
   * held at some time between end and start, on no day in particular. Null when the graph does
   * not know when it held at all (an unknown start or an unknown end), or it cannot hold.
   */
  readonly certain: DaySpan | null;
}

export interface SpanContext {
  /** The relation's subject and object. */
  readonly from: Entity;
  readonly to: Entity;
  /** Relations with the same subject and type (the relation itself may be among them). */
  readonly siblings: readonly Relation[];
  /** Today's day number (days since 1970-01-01): a relation recorded as ended ended by then. */
  readonly today?: number;
}

const OPEN: DaySpan = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };

/** Today as a day number, for `SpanContext.today`. */
export function dayNumberOf(date: Date): number {
  return Math.floor(date.getTime() / 86_400_000);
}

function span(from: PartialDate | null | undefined, to: PartialDate | null | undefined): DaySpan {
  return {
    start: from ? spanOf(from).start : Number.NEGATIVE_INFINITY,
    end: to ? spanOf(to).end : Number.POSITIVE_INFINITY,
  };
}

/** Entities are immutable: each one's life span is worked out once, not once per relation it takes part in. */
const lifeSpans = new WeakMap<Entity, DaySpan>();

/** The days an entity can exist in: from its founding, birth or start to its dissolution, death or end. */
export function lifeSpan(entity: Entity): DaySpan {
  return lifeSpans.get(entity) ?? rememberedLifeSpan(entity);
}

function rememberedLifeSpan(entity: Entity): DaySpan {
  const life = entityLifeSpan(entity);
  lifeSpans.set(entity, life);
  return life;
}

function entityLifeSpan(entity: Entity): DaySpan {
  switch (entity.kind) {
    case 'STRIKE':
      return span(entity.startDate, entity.endDate);
    case 'EVENT':
      return spanOf(entity.date);
    case 'PERSON':
      return span(entity.born, entity.died);
    case 'ASSOCIATION':
    case 'UNION':
      return span(entity.founded, entity.dissolved);
    case 'STUDIO':
    case 'COMPANY':
    case 'AGENCY':
      return span(entity.founded, null);
  }
}

/**
 * The strike or event whose dates a relation takes: one of its endpoints, when the relation is of
 * a one-time kind and has no dates of its own. Null otherwise.
 */
export function happeningOf(
  relation: Relation,
  endpoints: { readonly from: Entity; readonly to: Entity },
): Entity | null {
  if (isOngoing(relation.type) || relation.since || relation.ended) return null;
  for (const entity of [endpoints.from, endpoints.to]) {
    if (entity.kind === 'EVENT' || (entity.kind === 'STRIKE' && entity.startDate)) return entity;
  }
  return null;
}

/**
 * The own bounds of a relation: when it began (earliest and latest day it can have) and when it
 * ended, each unbounded where nothing is known. An open relation (not ended) holds for ever.
 */
interface Bounds {
  readonly start: DaySpan;
  readonly end: DaySpan;
}

function ownBounds(relation: Relation, context: SpanContext): Bounds {
  const happening = happeningOf(relation, context);
  if (happening) {
    const life = lifeSpan(happening);
    // A strike with no end date may have ended on a day no source gives: its end is unknown.
    const ended = happening.kind === 'EVENT' || (happening.kind === 'STRIKE' && happening.endDate !== undefined);
    return { start: { start: life.start, end: life.start }, end: ended ? { start: life.end, end: life.end } : OPEN };
  }
  const start = relation.since ? spanOf(relation.since) : OPEN;
  let end: DaySpan;
  if (relation.until) end = spanOf(relation.until);
  else if (relation.ended) end = OPEN;
  else end = { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY };
  return { start, end };
}

/** The dated, sole-holder starts among siblings, by start; with the least span end from each on. */
interface HolderStarts {
  readonly starts: readonly number[];
  readonly leastEndFrom: readonly number[];
}

/**
 * Built once per sibling list and subject/type, so that a subject with thousands of terms costs a
 * binary search per term, not a scan (a generated graph's hubs hold that many).
 */
const holderStartsCache = new WeakMap<readonly Relation[], Map<string, HolderStarts>>();

function holderStarts(siblings: readonly Relation[], from: string, type: RelationType): HolderStarts {
  let byKey = holderStartsCache.get(siblings);
  // Stryker disable next-line ConditionalExpression: always making a new map only loses the cache, not an answer.
  if (!byKey) {
    byKey = new Map();
    holderStartsCache.set(siblings, byKey);
  }
  const key = `${from}\u0000${type}`;
  const known = byKey.get(key);
  // Stryker disable next-line ConditionalExpression: never reusing the cached starts only rebuilds them.
  if (known) return known;
  const spans = siblings
    .filter((sibling) => sibling.from === from && sibling.type === type && sibling.since)
    .filter((sibling) => !sibling.qualifiers.includes('CO_HOLDER'))
    .map((sibling) => spanOf(sibling.since as PartialDate))
    .sort((a, b) => a.start - b.start);
  const leastEndFrom = spans.map((span) => span.end);
  for (let index = leastEndFrom.length - 2; index >= 0; index--) {
    leastEndFrom[index] = Math.min(leastEndFrom[index] as number, leastEndFrom[index + 1] as number);
  }
  const built = { starts: spans.map((span) => span.start), leastEndFrom };
  byKey.set(key, built);
  return built;
}

/**
 * The next holder's start for a one-holder role: among siblings with a dated start surely after
 * this relation's start, the latest day the earliest of them can begin. Null when none.
 */
function nextHolderStart(relation: Relation, context: SpanContext): number | null {
  if (!ONE_HOLDER_TYPES.has(relation.type) || !relation.since || relation.qualifiers.includes('CO_HOLDER')) return null;
  const after = spanOf(relation.since).end;
  const { starts, leastEndFrom } = holderStarts(context.siblings, relation.from, relation.type);
  // The first sibling starting after `after` (the relation itself starts no later, so is never it).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) > after) high = middle;
    else low = middle + 1;
  }
  return low < starts.length ? (leastEndFrom[low] as number) : null;
}

/** The possible and certain spans of a relation, given its endpoints and siblings. */
export function relationSpans(relation: Relation, context: SpanContext): RelationSpans {
  const bounds = ownBounds(relation, context);
  const fromLife = lifeSpan(context.from);
  const toLife = lifeSpan(context.to);
  let latest = Math.min(bounds.end.end, fromLife.end, toLife.end);
  if (relation.ended && !relation.until && context.today !== undefined) latest = Math.min(latest, context.today);
  if (!relation.until) {
    const next = nextHolderStart(relation, context);
    if (next !== null) latest = Math.min(latest, next);
  }
  const earliest = Math.max(bounds.start.start, fromLife.start, toLife.start);
  if (earliest > latest) return { possible: { start: earliest, end: latest }, certain: null };
  const possible = { start: earliest, end: latest };

  // Sure: it began by the latest possible start and lasts at least to the earliest possible end,
  // both kept within the possible span. An unknown start or end leaves nothing sure, except that
  // a relation still holding (not ended) surely holds today.
  let certainStart = bounds.start.end;
  const certainEnd = bounds.end.start;
  if (certainEnd === Number.NEGATIVE_INFINITY) return { possible, certain: null };
  if (certainStart === Number.POSITIVE_INFINITY) {
    // An ongoing relation recorded as still holding surely holds today, whenever it began.
    const today = context.today;
    if (
      !isOngoing(relation.type) ||
      relation.ended ||
      today === undefined ||
      today < possible.start ||
      today > possible.end
    ) {
      return { possible, certain: null };
    }
    certainStart = today;
  }
  certainStart = Math.min(Math.max(certainStart, possible.start), possible.end);
  const certainUntil = Math.max(Math.min(certainEnd, possible.end), possible.start);
  // Often the same days (a relation dated to the day): one object for both, a million fewer on a large graph.
  if (certainStart === possible.start && certainUntil === possible.end) return { possible, certain: possible };
  return { possible, certain: { start: certainStart, end: certainUntil } };
}

/**
 * Whether a relation holds at some time within `at`: CERTAIN when it surely does, POSSIBLE when it
 * may, null when it cannot.
 */
export function certaintyAt(spans: RelationSpans, at: DaySpan): Certainty | null {
  const { possible, certain } = spans;
  if (possible.start > possible.end || possible.start > at.end || possible.end < at.start) return null;
  if (certain && certain.start <= at.end && certain.end >= at.start) return 'CERTAIN';
  return 'POSSIBLE';
}

/** The lesser of two certainties (null, the relation does not hold, is least). */
export function leastCertain(a: Certainty | null, b: Certainty | null): Certainty | null {
  if (a === null || b === null) return null;
  return a === 'CERTAIN' && b === 'CERTAIN' ? 'CERTAIN' : 'POSSIBLE';
}
