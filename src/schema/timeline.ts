import { checkRange } from '../errors.js';
import type { TimelineEntry } from '../graph/timeline.js';
import { TIMELINE_LIMITS } from '../limits.js';
import { loadEntity } from '../loaders/load.js';
import { builder } from './builder.js';
import { resolveEntityReference, resolveSources } from './references.js';
import { CitationRef, EntityRef, RelationRef, TimelineEntryKindEnum } from './refs.js';
import { warnTruncated } from './warnings.js';

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry');

TimelineEntryRef.implement({
  description: 'A dated fact: a relation that began or ended, a strike, an event, a founding.',
  fields: (t) => ({
    date: t.expose('date', { type: 'PartialDate' }),
    title: t.exposeString('title', { description: 'A short phrase naming who did what.' }),
    kind: t.expose('kind', { type: TimelineEntryKindEnum }),
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
      first: t.arg.int({
        defaultValue: TIMELINE_LIMITS.defaultFirst,
        description: `At most ${TIMELINE_LIMITS.maxFirst}.`,
      }),
    },
    resolve: (_root, args, context, info) => {
      checkRange('first', args.first, 0, TIMELINE_LIMITS.maxFirst);
      checkRange('involving', args.involving?.length, 0, TIMELINE_LIMITS.maxInvolving);
      const involving =
        args.involving?.map((reference) => resolveEntityReference(context, reference, 'involving')) ?? null;
      const sources = args.sources ? new Set(resolveSources(context, args.sources)) : null;
      const entries = context.graph
        .timeline({ from: args.from, to: args.to }, involving)
        .filter((entry) => !sources || entry.citations.some((citation) => sources.has(citation.source)));
      const first = args.first ?? TIMELINE_LIMITS.defaultFirst;
      if (entries.length > first) {
        warnTruncated(context, info, `${entries.length} entries match; the first ${first} are returned`);
      }
      return entries.slice(0, first);
    },
  }),
}));
