/**
 * The history's GraphQL surface through yoga in this process: `Subscription.changes` past its cap
 * of open streams and after the feed closed (coded errors, not masked ones), and the `DateTime`
 * scalar's check of what a client sends (a variable's default value).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { createYogaApp, type YogaApp } from '../../src/yoga.js';
import { SMALL_FIXTURE } from '../graph/fixture.js';
import { post } from './client.js';

let living: LivingGraph;
let yoga: YogaApp;

beforeEach(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-change-api-')), 'kg.sqlite');
  living = await LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(file));
  yoga = createYogaApp({ graph: living, maxChangeStreams: 1 });
});

afterEach(async () => {
  await yoga.closeStreams();
  await living.close();
});

const SUBSCRIBE = `http://yoga/graphql?query=${encodeURIComponent('subscription { changes { seq } }')}`;
const subscribe = () => yoga.fetch(SUBSCRIBE, { headers: { accept: 'text/event-stream' } });

/** The errors of the result events of a server-sent event stream that ends by itself. */
async function streamErrors(response: Response): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line.length > 'data: '.length)
    .flatMap((line) => JSON.parse(line.slice('data: '.length)).errors ?? []);
}

describe('Subscription.changes through yoga', () => {
  it('refuses one stream past the cap with TOO_MANY_STREAMS and the cap', async () => {
    const first = await subscribe();
    expect(first.status).toBe(200);
    const errors = await streamErrors(await subscribe());
    expect(errors.map((error) => [error.extensions?.code, error.extensions?.limit])).toEqual([['TOO_MANY_STREAMS', 1]]);
    // Closing the feed completes the open stream.
    await yoga.closeStreams();
    expect(await first.text()).toContain('event: complete');
  });

  it('refuses a stream once the feed is closed, as UNAVAILABLE', async () => {
    await yoga.closeStreams();
    const errors = await streamErrors(await subscribe());
    expect(errors.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
  });
});

describe('the DateTime scalar, as input', () => {
  // No argument takes a DateTime yet, so a variable of that type is always unused (a validation
  // error of its own); its default value is still checked, by the scalar.
  const withDefault = (at: string) => post(yoga, { query: `query ($at: DateTime = "${at}") { __typename }` });
  const UNUSED = 'Variable "$at" is never used.';

  it('takes an ISO-8601 instant in UTC, with or without fractions of a second', async () => {
    for (const at of ['2026-11-30T13:45:00.000Z', '2026-11-30T13:45:00Z']) {
      const answer = await withDefault(at);
      expect([at, answer.errors?.map((error) => error.message)]).toEqual([at, [UNUSED]]);
    }
  });

  it.each([
    ['a date without a time', '2026-11-30'],
    ['an offset other than Z', '2026-11-30T13:45:00+01:00'],
    ['a month that does not exist', '2026-13-30T13:45:00Z'],
  ])('refuses %s, saying what a DateTime is', async (_what, at) => {
    const answer = await withDefault(at);
    const messages = answer.errors?.map((error) => error.message) ?? [];
    expect(messages).toHaveLength(2);
    expect(messages).toContain(UNUSED);
    expect(messages.find((message) => message !== UNUSED)).toContain('an ISO-8601 instant in UTC');
  });
});
