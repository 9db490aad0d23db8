/**
 * The live feed behind `Subscription.changes` (src/http/change-feed.ts), through its API over a
 * living graph of the small fixture: a stream gets the changes committed after it opened, the
 * number of open streams is capped (the cap answered, one more refused), and closing the feed
 * completes every stream and refuses new ones.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeFeed, FeedClosedError, TooManyStreamsError } from '../../src/http/change-feed.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { SMALL_FIXTURE } from '../graph/fixture.js';

let living: LivingGraph;

beforeEach(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-feed-')), 'kg.sqlite');
  living = await LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(file));
});

afterEach(async () => {
  await living.close();
});

const addSource = (key: string) =>
  living.write({
    operation: 'ADD_SOURCE',
    key,
    payload: { title: `Source ${key}`, url: `https://example.org/${key}`, publisher: 'Example' },
    actor: 'tester',
    reason: 'test',
  });

describe('ChangeFeed', () => {
  it('gives each open stream the changes committed from then on, in order', async () => {
    const feed = new ChangeFeed(living, 5);
    const one = feed.open()[Symbol.asyncIterator]();
    const two = feed.open()[Symbol.asyncIterator]();
    const firstOfOne = one.next();
    const firstOfTwo = two.next();
    await addSource('first');
    const secondOfOne = one.next();
    await addSource('second');
    expect((await firstOfOne).value).toMatchObject({ seq: 1, key: 'first', operation: 'ADD_SOURCE', actor: 'tester' });
    expect((await firstOfTwo).value).toMatchObject({ seq: 1, key: 'first' });
    expect((await secondOfOne).value).toMatchObject({ seq: 2, key: 'second' });
    await feed.close();
  });

  it('holds as many open streams as its cap; one more is refused until one ends', async () => {
    const feed = new ChangeFeed(living, 2);
    const one = feed.open()[Symbol.asyncIterator]();
    const two = feed.open()[Symbol.asyncIterator]();
    const pending = [one.next(), two.next()];
    expect(feed.openStreams).toBe(2);
    let refusal: unknown;
    try {
      feed.open();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(TooManyStreamsError);
    expect((refusal as TooManyStreamsError).limit).toBe(2);
    await addSource('first');
    await Promise.all(pending);
    // A client goes away: its stream ends and frees its place.
    await one.return?.();
    expect(feed.openStreams).toBe(1);
    const three = feed.open()[Symbol.asyncIterator]();
    const next = three.next();
    expect(feed.openStreams).toBe(2);
    await addSource('after');
    expect((await next).value).toMatchObject({ key: 'after' });
    await feed.close();
  });

  it('on close completes every open stream, refuses new ones, and passes on no later change', async () => {
    const feed = new ChangeFeed(living, 5);
    const stream = feed.open()[Symbol.asyncIterator]();
    const next = stream.next();
    await feed.close();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(feed.openStreams).toBe(0);
    expect(() => feed.open()).toThrow(FeedClosedError);
    // The feed no longer listens: a later write reaches no stream (and throws nothing).
    await addSource('late');
  });
});
