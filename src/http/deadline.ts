/**
 * A per-request execution deadline: past it, the operation's answer is `data: null` with one
 * DEADLINE_EXCEEDED error.
 *
 * The graph is in memory, so an operation runs to its end without yielding to the event loop
 * (DataLoader batches on process.nextTick): a timer would only fire once it is over. So the clock
 * is read instead, by `check()`, which the loaders call before each batch: that is where a
 * fan-out spends its time. Past the deadline the batch fails, and so does every later one, so the
 * fields still to resolve fail at once and execution winds down within one batch.
 *
 * Not through the executor's AbortSignal (yoga's `useExecutionCancellation`): with a signal, the
 * executor races every object's fields against it, which cost 30% of the throughput of the load
 * test. The same check also stops the work when the client has gone away.
 *
 * The traversals themselves (shortest path, paths, neighbourhood) are synchronous and cannot be
 * interrupted; their caps on hops and visited entities bound them (src/graph/traversal.ts), and
 * the query cost prices them (src/schema/path.ts).
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';

/** What is read of a request's signal: an AbortSignal, or anything that says whether the client has gone. */
export interface ClientSignal {
  readonly aborted: boolean;
}

export class Deadline {
  readonly #ms: number;
  readonly #end: number;
  #clientSignal: ClientSignal | undefined;
  #exceeded: GraphQLError | undefined;

  /** `ms` from now (the context is made just before execution); `Infinity` for none. */
  constructor(ms: number) {
    this.#ms = ms;
    this.#end = performance.now() + ms;
  }

  /** The error the operation's answer becomes, once the deadline has passed. */
  get exceeded(): GraphQLError | undefined {
    return this.#exceeded;
  }

  /** Also stop when `signal` aborts (yoga aborts the request's when the client goes away). */
  follow(signal: ClientSignal | undefined): void {
    this.#clientSignal = signal;
  }

  /** Throws once the deadline has passed or the client has gone; cheap enough to call per batch. */
  check(): void {
    if (this.#exceeded) throw this.#exceeded;
    if (performance.now() >= this.#end) {
      this.#exceeded = new GraphQLError(
        `The operation ran longer than the deadline of ${this.#ms} ms and was stopped.`,
        { extensions: { code: ErrorCode.DEADLINE_EXCEEDED, deadlineMs: this.#ms } },
      );
      throw this.#exceeded;
    }
    if (this.#clientSignal?.aborted) {
      // A GraphQLError, so that it is neither masked nor logged as a failure: nobody will read it.
      throw new GraphQLError('The client closed the request.', {
        extensions: { code: ErrorCode.CLIENT_CLOSED_REQUEST },
      });
    }
  }
}

/** Answers DEADLINE_EXCEEDED for an operation that ran past its context's deadline. */
export function useDeadline(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const { deadline } = args.contextValue;
      deadline.follow((args.contextValue as { request?: Request }).request?.signal);
      return {
        onExecuteDone({ setResult }) {
          const error = deadline.exceeded;
          if (error) setResult({ data: null, errors: [error] });
        },
      };
    },
  };
}
