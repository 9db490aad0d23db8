/**
 * The one pagination helper: Relay connections over lists that are already sorted in a stable
 * order. Cursors encode the item's own key, never its position, so they survive filtering.
 */
import { badUserInput, checkRange } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

function cursorIndex(name: string, cursor: string, keys: readonly string[]): number {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  const index = keys.indexOf(key);
  if (index < 0) throw badUserInput(`${name} cursor "${cursor}" does not point into this list`);
  return index;
}

export function paginate<T>(items: readonly T[], args: PageArgs, keyOf: (item: T) => string): Page<T> {
  checkRange('first', args.first, 0, MAX_PAGE_SIZE);
  checkRange('last', args.last, 0, MAX_PAGE_SIZE);
  const keys = items.map(keyOf);
  let start = args.after ? cursorIndex('after', args.after, keys) + 1 : 0;
  let end = args.before ? cursorIndex('before', args.before, keys) : items.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with `before` ahead of `after` the page is empty and both flags false, clamped or not.
  if (end < start) end = start;
  const windowStart = start;
  const windowEnd = end;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  if (args.first == null && args.last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  const edges = items
    .slice(start, end)
    .map((node, offset) => ({ cursor: encodeCursor(keys[start + offset] as string), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: end < windowEnd,
      hasPreviousPage: start > windowStart,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
