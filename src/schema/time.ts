/** Time arguments shared by relation lists, typed fields and traversals: asOf, during, current. */
import type { Context } from '../context.js';
import { entityInterval } from '../graph/entity-dates.js';
import type { PartialDate } from '../graph/partial-date.js';
import type { Interval, RelationFilter } from '../graph/types.js';
import { builder } from './builder.js';
import { resolveEntityReference } from './entity.js';
import { badUserInput } from './errors.js';

export const IntervalInput = builder.inputType('IntervalInput', {
  description:
    'A span of time: from `from` to `to` (either may be left open), or the dates of an entity given in `of`, such as a strike.',
  fields: (t) => ({
    from: t.field({ type: 'PartialDate' }),
    to: t.field({ type: 'PartialDate' }),
    of: t.string({
      description: 'A slug or global ID: the span is that entity’s own dates (a strike’s start to end).',
    }),
  }),
});

export const timeArgs = builder.args((t) => ({
  asOf: t.field({ type: 'PartialDate', description: 'Only those that held at some time within this date.' }),
  during: t.field({ type: IntervalInput, description: 'Only those that held at some time within this span.' }),
  current: t.boolean({ description: 'Only those that still hold.' }),
}));

interface TimeArgs {
  asOf?: PartialDate | null;
  during?: { from?: PartialDate | null; to?: PartialDate | null; of?: string | null } | null;
  current?: boolean | null;
}

export function resolveInterval(context: Context, during: NonNullable<TimeArgs['during']>): Interval {
  if (!during.of) return { from: during.from, to: during.to };
  if (during.from || during.to) throw badUserInput('during: give either `of` or `from`/`to`, not both');
  const entity = context.graph.requireEntity(resolveEntityReference(context, during.of, 'during.of'));
  const interval = entityInterval(entity);
  if (!interval) throw badUserInput(`during.of: "${during.of}" has no dates of its own`);
  return interval;
}

/** The time part of a relation filter, from the arguments a client gave. */
export function timeFilter(context: Context, args: TimeArgs): Pick<RelationFilter, 'asOf' | 'during' | 'current'> {
  return {
    asOf: args.asOf,
    during: args.during ? resolveInterval(context, args.during) : null,
    current: args.current,
  };
}
