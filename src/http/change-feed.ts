/**
 * The live feed of committed changes behind `Subscription.changes` (served over SSE by yoga). Each
 * open stream is one subscriber of a yoga pub/sub topic; their number is capped, and shutdown
 * ends them all so that clients see the stream complete rather than a cut connection.
 */
import { createPubSub } from 'graphql-yoga';
import type { Change } from '../store/change-log.js';
import type { LivingGraph } from '../store/living-graph.js';

export class TooManyStreamsError extends Error {
  override name = 'TooManyStreamsError';
  constructor(readonly limit: number) {
    super(`at most ${limit} change streams may be open at once; try again later`);
  }
}

export class FeedClosedError extends Error {
  override name = 'FeedClosedError';
  constructor() {
    super('the server is shutting down');
  }
}

/** One open stream's subscription: yoga's pub/sub gives a repeater, whose `return` ends it. */
interface Subscription {
  next(): Promise<IteratorResult<Change>>;
  return(): Promise<unknown>;
}

export class ChangeFeed {
  readonly #pubsub = createPubSub<{ changes: [Change] }>();
  readonly #open = new Set<Subscription>();
  readonly #stopListening: () => void;
  #closed = false;

  constructor(
    living: LivingGraph,
    readonly maxStreams: number,
  ) {
    this.#stopListening = living.onChange((change) => this.#pubsub.publish('changes', change));
  }

  get openStreams(): number {
    return this.#open.size;
  }

  /** A stream of the changes committed from now on; TooManyStreamsError past the cap. */
  open(): AsyncIterable<Change> {
    if (this.#closed) throw new FeedClosedError();
    if (this.#open.size >= this.maxStreams) throw new TooManyStreamsError(this.maxStreams);
    const source: Subscription = this.#pubsub.subscribe('changes');
    this.#open.add(source);
    const open = this.#open;
    async function* stream(): AsyncGenerator<Change> {
      try {
        while (true) {
          const next = await source.next();
          if (next.done) return;
          yield next.value;
        }
      } finally {
        open.delete(source);
        await source.return();
      }
    }
    return stream();
  }

  /** Ends every open stream (they complete) and refuses new ones. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopListening();
    await Promise.all([...this.#open].map((source) => source.return()));
  }
}
