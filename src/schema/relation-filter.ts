/**
 * The arguments that choose which relations count, shared by relation lists, typed fields and
 * traversals: by time (asOf, during, current), by type, and by provenance (sources).
 */
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { EntityKind } from '../graph/dataset-schema.js';
import { entityInterval } from '../graph/entity-dates.js';
import { type PartialDate, spanOf } from '../graph/partial-date.js';
import type { Direction, Entity, EntityOfKind, Interval, RelationFilter, RelationType } from '../graph/types.js';
import { MAX_SOURCES } from '../limits.js';
import { loadRelated } from '../loaders/load.js';
import { builder } from './builder.js';
import { resolveEntityReference, resolveSources } from './references.js';
import { IntervalInput, RelationTypeEnum } from './refs.js';

/**
 * The arguments of lists of relations and the typed fields built on them. A function, called
 * inside a `fields` thunk, so that no argument is made while the schema files are still loading.
 */
export const relationFilterArgs = () =>
  builder.args((t) => ({
    asOf: t.field({ type: 'PartialDate', description: 'Only those that held at some time within this date.' }),
    during: t.field({ type: IntervalInput, description: 'Only those that held at some time within this span.' }),
    current: t.boolean({ description: 'Only those that still hold.' }),
    certainOnly: t.boolean({
      description:
        'With `asOf` or `during`: only those that surely held then, leaving out those that only may have (an unknown start or end).',
    }),
    sources: t.stringList({
      description: `Only facts that cite one of these sources (keys or global IDs; at most ${MAX_SOURCES}).`,
    }),
  }));

/** The arguments of traversals: which relations may be walked. Called inside a `fields` thunk. */
export const traversalArgs = () =>
  builder.args((t) => ({
    types: t.field({ type: [RelationTypeEnum], description: 'Walk only relations of these types.' }),
    asOf: t.field({ type: 'PartialDate', description: 'Walk only relations that held at some time within this date.' }),
    during: t.field({
      type: IntervalInput,
      description: 'Walk only relations that held at some time within this span.',
    }),
    certainOnly: t.boolean({
      description: 'With `asOf` or `during`: walk only relations that surely held then, not those that only may have.',
    }),
    sources: t.stringList({
      description: `Walk only relations that cite one of these sources (keys or global IDs; at most ${MAX_SOURCES}).`,
    }),
  }));

interface FilterArgs {
  types?: readonly RelationType[] | null;
  asOf?: PartialDate | null;
  during?: { from?: PartialDate | null; to?: PartialDate | null; of?: string | null } | null;
  current?: boolean | null;
  certainOnly?: boolean | null;
  sources?: readonly string[] | null;
}

export function resolveInterval(context: Context, during: NonNullable<FilterArgs['during']>): Interval {
  if (!during.of) return { from: during.from, to: during.to };
  if (during.from || during.to) throw badUserInput('during: give either `of` or `from`/`to`, not both');
  const entity = context.graph.requireEntity(resolveEntityReference(context, during.of, 'during.of'));
  const interval = entityInterval(entity);
  if (!interval) throw badUserInput(`during.of: "${during.of}" has no dates of its own`);
  return interval;
}

/** The relation filter the arguments a client gave describe. */
export function relationFilter(context: Context, args: FilterArgs): RelationFilter {
  if (args.certainOnly && !args.asOf && !args.during) {
    throw badUserInput('certainOnly: give `asOf` or `during` too; certainty is about a date');
  }
  return {
    types: args.types,
    asOf: args.asOf,
    during: args.during ? resolveInterval(context, args.during) : null,
    current: args.current,
    certainOnly: args.certainOnly,
    sources: args.sources ? resolveSources(context, args.sources) : null,
  };
}

type Resolver<T> = (entity: Entity, args: FilterArgs, context: Context) => Promise<T[]>;

/** Names in code-unit order; the last key of `byOwnDate`. */
function byName(a: Entity, b: Entity): number {
  if (a.name < b.name) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort only asks whether compare(a, b) < 0, and the names are the last key, so 1 and 0 here are the same to it
  return a.name > b.name ? 1 : 0;
}

/** Strikes by their own start date (undated last), then by name. */
function byOwnDate(a: Entity, b: Entity): number {
  const start = (entity: Entity) => {
    const from = entityInterval(entity)?.from;
    return from ? spanOf(from).start : Number.POSITIVE_INFINITY;
  };
  return start(a) - start(b) || byName(a, b);
}

/**
 * The resolver of a typed field that lists the entities at the other end of one relation type
 * (`presidents`, `members`, `strikes`, …), filtered by the field's arguments, in the relations'
 * order (by start date); with `kind`, only entities of that kind, and strikes in the order of their
 * own dates (no field lists events by kind).
 */
export function related(type: RelationType, direction: Direction): Resolver<Entity>;
export function related<K extends EntityKind>(
  type: RelationType,
  direction: Direction,
  kind: K,
): Resolver<EntityOfKind<K>>;
export function related(type: RelationType, direction: Direction, kind?: EntityKind): Resolver<Entity> {
  return async (entity, args, context) => {
    const filter = { ...relationFilter(context, args), types: [type], direction };
    if (!kind) return loadRelated(context, entity.slug, filter);
    const entities = await loadRelated(context, entity.slug, filter, kind);
    return kind === 'STRIKE' ? entities.sort(byOwnDate) : entities;
  };
}
