/**
 * The execution deadline's clock (src/http/deadline.ts) through its class: `check()` passes until
 * the deadline, then throws DEADLINE_EXCEEDED, the same error each time; a client that went away
 * stops the work too. No waiting: deadlines of 0 ms and of no end.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { Deadline } from '../../src/http/deadline.js';

/** What `check()` threw, or undefined when it passed. */
function thrownBy(deadline: Deadline): GraphQLError | undefined {
  try {
    deadline.check();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
}

describe('Deadline', () => {
  it('of no end never throws and has no error to report', () => {
    const deadline = new Deadline(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 3; i++) expect(thrownBy(deadline)).toBeUndefined();
    expect(deadline.exceeded).toBeUndefined();
  });

  it('of 0 ms is past at once: DEADLINE_EXCEEDED naming the deadline, the same error on every check', () => {
    const deadline = new Deadline(0);
    expect(deadline.exceeded).toBeUndefined();
    const first = thrownBy(deadline);
    expect(first?.extensions).toEqual({ code: 'DEADLINE_EXCEEDED', deadlineMs: 0 });
    expect(deadline.exceeded).toBe(first);
    expect(thrownBy(deadline)).toBe(first);
  });

  it('stops when the client has gone: CLIENT_CLOSED_REQUEST, and not before', () => {
    const deadline = new Deadline(Number.POSITIVE_INFINITY);
    const client = new AbortController();
    deadline.follow(client.signal);
    expect(thrownBy(deadline)).toBeUndefined();
    client.abort();
    expect(thrownBy(deadline)?.extensions).toEqual({ code: 'CLIENT_CLOSED_REQUEST' });
    // Not a deadline: nothing to put in the answer.
    expect(deadline.exceeded).toBeUndefined();
  });

  it('past its deadline reports that, even when the client has gone too', () => {
    const deadline = new Deadline(0);
    const client = new AbortController();
    client.abort();
    deadline.follow(client.signal);
    expect(thrownBy(deadline)?.extensions?.code).toBe('DEADLINE_EXCEEDED');
  });
});

describe('Deadline, on a faked clock', () => {
  it('passes until its very end, and is past at it', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const deadline = new Deadline(100);
      vi.advanceTimersByTime(99);
      expect(thrownBy(deadline)).toBeUndefined();
      vi.advanceTimersByTime(1);
      expect(thrownBy(deadline)?.extensions).toEqual({ code: 'DEADLINE_EXCEEDED', deadlineMs: 100 });
    } finally {
      vi.useRealTimers();
    }
  });
});
