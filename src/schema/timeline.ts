import type { TimelineEntry } from '../graph/timeline.js';
import { builder } from './builder.js';
import { EntityRef, loadEntity, resolveEntityReference } from './entity.js';
import { checkRange } from './errors.js';
import { warnTruncated } from './path.js';
import { RelationRef } from './relation.js';
import { resolveSources } from './relation-filter.js';
import { CitationRef } from './source.js';

const MAX_TIMELINE = 500;

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'A dated fact: a relation that began or ended, a strike, an event, a founding.',
  fields: (t) => ({
    date: t.expose('date', { type: 'PartialDate' }),
    title: t.exposeString('title', { description: 'A short phrase naming who did what.' }),
    kind: t.field({
      type: builder.enumType('TimelineEntryKind', {
        values: [
          'RELATION_BEGAN',
          'RELATION_ENDED',
          'STRIKE_BEGAN',
          'STRIKE_ENDED',
          'EVENT',
          'FOUNDED',
          'DISSOLVED',
        ] as const,
      }),
      resolve: (entry) => entry.kind,
    }),
    entities: t.field({
      type: [EntityRef],
      complexity: (_args, context) => ({ field: 1, multiplier: context.graph.longestLists.timelineEntities }),
      resolve: (entry, _args, context) => Promise.all(entry.entities.map((slug) => loadEntity(context, slug))),
    }),
    relation: t.field({ type: RelationRef, nullable: true, resolve: (entry) => entry.relation }),
    citations: t.expose('citations', { type: [CitationRef] }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: [TimelineEntryRef],
    description: 'Dated facts and events in time order (then by title), within [from, to] when given.',
    args: {
      from: t.arg({ type: 'PartialDate', description: 'Entries whose date overlaps this date or later.' }),
      to: t.arg({ type: 'PartialDate', description: 'Entries whose date overlaps this date or earlier.' }),
      involving: t.arg.stringList({
        description: 'Only entries concerning any of these entities (slugs or global IDs).',
      }),
      sources: t.arg.stringList({ description: 'Only entries that cite one of these sources (keys or global IDs).' }),
      first: t.arg.int({ defaultValue: 100, description: `At most ${MAX_TIMELINE}.` }),
    },
    resolve: (_root, args, context, info) => {
      checkRange('first', args.first, 0, MAX_TIMELINE);
      checkRange('involving', args.involving?.length, 0, 100);
      const involving =
        args.involving?.map((reference) => resolveEntityReference(context, reference, 'involving')) ?? null;
      const sources = args.sources ? new Set(resolveSources(context, args.sources)) : null;
      const entries = context.graph
        .timeline({ from: args.from, to: args.to }, involving)
        .filter((entry) => !sources || entry.citations.some((citation) => sources.has(citation.source)));
      const first = args.first ?? 100;
      if (entries.length > first) {
        warnTruncated(context, info, `${entries.length} entries match; the first ${first} are returned`);
      }
      return entries.slice(0, first);
    },
  }),
}));
