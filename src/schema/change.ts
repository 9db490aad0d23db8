import { Kind } from 'graphql';
import { badUserInput, codedError, ErrorCode, graphQLErrorOf } from '../errors.js';
import type { Change } from '../store/change-log.js';
import { builder } from './builder.js';
import { paginate } from './pagination.js';
import { ChangeOperationEnum } from './refs.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw badUserInput('a DateTime is an ISO-8601 instant in UTC, e.g. 2026-11-30T13:45:00.000Z');
  }
  return value;
}

builder.scalarType('DateTime', {
  description: 'An instant, as ISO-8601 in UTC: `2026-11-30T13:45:00.000Z`.',
  serialize: (value) => value,
  parseValue: parseInstant,
  parseLiteral: (node) => parseInstant(node.kind === Kind.STRING ? node.value : null),
});

const ChangeRef = builder.objectRef<Change>('Change');

ChangeRef.implement({
  description: 'One committed change to the graph, as the history keeps it.',
  fields: (t) => ({
    seq: t.exposeInt('seq', {
      description: 'Its place in the history: 1, 2, 3, … without gaps; also the graph version it made.',
    }),
    at: t.field({ type: 'DateTime', description: 'When it was committed.', resolve: (change) => change.at }),
    actor: t.exposeString('actor', { description: 'Who made it: the actor the write token names.' }),
    operation: t.field({ type: ChangeOperationEnum, resolve: (change) => change.operation }),
    key: t.exposeString('key', { description: 'The slug of the entity, or the key of the relation or source.' }),
    reason: t.exposeString('reason'),
    payload: t.string({
      description:
        "What the change said, as JSON text in the data files' shapes: the whole record for an add, the fields given for an update (null clears one).",
      resolve: (change) => JSON.stringify(change.payload),
    }),
  }),
});

builder.queryFields((t) => ({
  changes: t.connection({
    type: ChangeRef,
    description: 'The history of changes made through the API, oldest first, up to the version this request reads.',
    resolve: (_root, args, context) =>
      paginate(context.living?.history(context.graph) ?? [], args, (change) => String(change.seq)),
  }),
}));

builder.subscriptionType({
  description: 'Live updates, over server-sent events (`Accept: text/event-stream`).',
});

builder.subscriptionField('changes', (t) =>
  t.field({
    type: ChangeRef,
    description: 'Each change as it is committed, from the moment the stream opens.',
    subscribe: (_root, _args, context) => {
      if (!context.feed) throw codedError(ErrorCode.UNAVAILABLE, 'This server has no change feed.');
      try {
        return context.feed.open();
      } catch (error) {
        // Stryker disable next-line LogicalOperator: yoga's maskError (src/yoga.ts) maps an uncoded error through graphQLErrorOf too, to the same coded error
        throw graphQLErrorOf(error) ?? error;
      }
    },
    resolve: (change) => change,
  }),
);
