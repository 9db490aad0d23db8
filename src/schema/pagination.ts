/**
 * The one pagination helper: Relay connections over lists that are already sorted in a stable
 * order, through Pothos' `resolveCursorConnection`. Cursors encode the item's own key, never its
 * position, so a cursor stays valid when a filter changes what comes before it; a cursor whose
 * key is not in the list is BAD_USER_INPUT.
 */
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { badUserInput, checkRange } from '../errors.js';
import { PAGE_SIZE } from '../limits.js';
import { builder } from './builder.js';

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

export interface Page<T> {
  edges: readonly { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

/** A page of `items` (sorted), each named by `keyOf` (unique in the list). */
export async function paginate<T>(items: readonly T[], args: PageArgs, keyOf: (item: T) => string): Promise<Page<T>> {
  checkRange('first', args.first, 0, PAGE_SIZE.max);
  checkRange('last', args.last, 0, PAGE_SIZE.max);
  // resolveCursorConnection would take `first` and drop `last`; the Relay spec discourages both.
  if (args.first != null && args.last != null) throw badUserInput('give first or last, not both');
  const indexOf = (name: string, cursor: string) => {
    const key = Buffer.from(cursor, 'base64url').toString('utf8');
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) throw badUserInput(`${name} cursor "${cursor}" does not point into this list`);
    return index;
  };
  const connection = await resolveCursorConnection<T[]>(
    {
      args,
      defaultSize: PAGE_SIZE.default,
      maxSize: PAGE_SIZE.max,
      toCursor: (item: T) => encodeCursor(keyOf(item)),
    },
    ({ after, before, limit, inverted }) => {
      const start = after ? indexOf('after', after) + 1 : 0;
      const end = Math.max(start, before ? indexOf('before', before) : items.length);
      // Inverted (`last`): the `limit` items nearest `before`, nearest first.
      return inverted
        ? items.slice(Math.max(start, end - limit), end).reverse()
        : items.slice(start, Math.min(end, start + limit));
    },
  );
  return {
    edges: connection.edges,
    pageInfo: {
      ...connection.pageInfo,
      // On an empty page Pothos repeats the cursor it was given, or ''; null says "no item".
      startCursor: connection.edges[0]?.cursor ?? null,
      endCursor: connection.edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds, across all pages.',
    resolve: (parent) => parent.totalCount,
  }),
);
