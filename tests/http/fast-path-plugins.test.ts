/**
 * The fast path (src/http/fast-path.ts) runs whatever plugins yoga holds, not only this app's. With
 * plugins the app does not have (a hook that ends the response on /graphql, a check that throws a
 * plain error, `onParams` hooks that change the parameters, give the result or replace the params
 * handler) it answers what yoga answers; a yoga whose hook lists are not where it reads them
 * stops it at construction. The reference answers are yoga's own (`yoga.fetch`).
 */
import { createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { FastPath, type RawResponse } from '../../src/http/fast-path.js';
import { schema } from '../../src/schema/index.js';

const BODY = JSON.stringify({ query: '{ __typename }' });
const HEADERS = { host: 'yoga', 'content-type': 'application/json', accept: 'application/json' };

/** A yoga over this app's schema with only the given plugins (and yoga's own). */
function yogaWith(plugins: Plugin[], logging?: YogaLogger) {
  return createYoga<Record<string, unknown>, Context>({ schema, plugins, ...(logging && { logging }) });
}
type Yoga = ReturnType<typeof yogaWith>;

async function fastAnswer(yoga: Yoga): Promise<RawResponse | null> {
  const fast = new FastPath(yoga, { maxBodyBytes: 10_000 });
  return await fast.answer({ method: 'POST', url: '/graphql', headers: HEADERS, body: Buffer.from(BODY) });
}

async function yogaAnswer(yoga: Yoga): Promise<{ status: number; body: string }> {
  const response = await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: HEADERS, body: BODY });
  return { status: response.status, body: await response.text() };
}

/** A yoga logger that keeps what is logged as an error. */
function errorsLogged(): { logging: YogaLogger; errors: unknown[][] } {
  const errors: unknown[][] = [];
  const ignore = () => undefined;
  return { logging: { debug: ignore, info: ignore, warn: ignore, error: (...args) => errors.push(args) }, errors };
}

describe('the fast path with plugins this app does not have', () => {
  it('a hook that ends the response on /graphql: its answer, and the later hooks do not run, as in yoga', async () => {
    const ran: string[] = [];
    const ending: Plugin = {
      onRequest({ endResponse, fetchAPI }) {
        ran.push('ending');
        endResponse(
          new fetchAPI.Response('{"held":true}', { status: 503, headers: { 'content-type': 'application/json' } }),
        );
      },
    };
    const later: Plugin = {
      onRequest() {
        ran.push('later');
      },
    };
    const yoga = yogaWith([ending, later]);

    const fast = await fastAnswer(yoga);
    expect(fast?.status).toBe(503);
    expect(fast?.body.toString('utf8')).toBe('{"held":true}');
    expect(ran).toEqual(['ending']);

    ran.length = 0;
    expect(await yogaAnswer(yoga)).toEqual({ status: 503, body: '{"held":true}' });
    expect(ran).toEqual(['ending']);
  });

  it('a check that throws a plain error before execution: masked, and the error logged as yoga logs it', async () => {
    const broken = new Error('the check itself broke');
    const throwing: Plugin = {
      onParams() {
        throw broken;
      },
    };
    const fastLog = errorsLogged();
    const fast = await fastAnswer(yogaWith([throwing], fastLog.logging));
    const yogaLog = errorsLogged();
    const reference = await yogaAnswer(yogaWith([throwing], yogaLog.logging));

    expect(fast?.status).toBe(reference.status);
    expect(fast?.body.toString('utf8')).toBe(reference.body);
    // Masked: the client sees yoga's generic message, never the error's own.
    expect(reference.body).not.toContain('the check itself broke');
    expect(JSON.parse(reference.body).errors).toHaveLength(1);
    // Yoga logs it twice (its masking wrapper, then its error handler); the fast path does the same.
    expect(yogaLog.errors).toEqual([[broken], [broken]]);
    expect(fastLog.errors).toEqual(yogaLog.errors);
  });

  it.each<[string, Plugin, unknown]>([
    [
      'changes the parameters',
      { onParams: ({ setParams }) => setParams({ query: '{ changed: __typename }' }) },
      { data: { changed: 'Query' } },
    ],
    [
      'gives the result itself',
      { onParams: ({ setResult }) => setResult({ data: { given: true } }) },
      { data: { given: true } },
    ],
    [
      'puts another params handler in place of yoga’s',
      {
        onParams: ({ paramsHandler, setParamsHandler }) =>
          setParamsHandler((payload) => paramsHandler({ ...payload, params: { query: '{ handled: __typename }' } })),
      },
      { data: { handled: 'Query' } },
    ],
  ])('an onParams hook that %s: the answer yoga gives', async (_what, plugin, expected) => {
    const yoga = yogaWith([plugin]);
    const fast = await fastAnswer(yoga);
    const reference = await yogaAnswer(yoga);
    expect(JSON.parse(reference.body)).toEqual(expected);
    expect({ status: fast?.status, body: fast?.body.toString('utf8') }).toEqual(reference);
  });

  it.each(['plugins', 'onParamsHooks', 'onExecutionResultHooks', 'onResultProcessHooks'])(
    'a yoga without its %s list where the fast path reads it: construction fails, naming the fast path',
    (list) => {
      const renamed = Object.create(yogaWith([]), { [list]: { value: undefined } });
      expect(() => new FastPath(renamed, { maxBodyBytes: 10_000 })).toThrow(/src\/http\/fast-path\.ts/);
    },
  );
});
