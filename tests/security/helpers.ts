/**
 * Shared by the security tests: send anything as the server takes it (the fast path, yoga for what
 * it hands back; tests/http/in-process.ts), time it, and check it was refused well.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import type { Logger } from '../../src/logger.js';
import type { YogaApp } from '../../src/yoga.js';
import { fetchInProcess } from '../http/in-process.js';

export interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  text: string;
  /** The body as JSON, when it is JSON. */
  json?: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
}

export const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

export async function send(yoga: YogaApp, init: RequestInit, url = 'http://yoga/graphql'): Promise<Answer> {
  const start = performance.now();
  const response = await fetchInProcess(yoga, url, init);
  const text = await response.text();
  const ms = performance.now() - start;
  let json: Answer['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, ms, headers: response.headers, text, json };
}

/** A POST of a raw body (a string is sent as it is: it may be malformed on purpose). */
export function postInit(body: unknown, headers: Record<string, string> = JSON_HEADERS): RequestInit {
  return { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

export function getUrl(params: Record<string, string>): string {
  return `http://yoga/graphql?${new URLSearchParams(params)}`;
}

export const codesOf = (answer: Answer) => answer.json?.errors?.map((error) => error.extensions?.code) ?? [];

/** Refused: the status and code expected, never a 500, and no stack or parser internals in the body. */
export function expectRefused(answer: Answer, status: number, code: string | null): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  // Which limit refused it: its code (null only where the answer has no body, e.g. a 415).
  if (code) expect(codesOf(answer)).toContain(code);
  else expect(answer.text).toBe('');
  for (const code of codesOf(answer)) expect(code, answer.text.slice(0, 300)).toBeTruthy();
  expect(answer.text).not.toMatch(/\bat .+\.(js|ts):\d+|"stack"|originalError/);
}

export const NORMAL_QUERY = '{ entity(slug: "amptp") { name } }';

/** A plain query still gets its plain answer. */
export async function expectNormalAnswer(yoga: YogaApp): Promise<void> {
  const answer = await send(yoga, postInit({ query: NORMAL_QUERY }));
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual({ data: { entity: { name: 'Alliance of Motion Picture and Television Producers' } } });
}

/** A pino logger whose JSON lines are kept in `lines`. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, stream);
  return { logger, lines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** `{ a { a { … } } }`-style nesting: `open` n times, then `inner`, then `close` n times. */
export const nest = (open: string, inner: string, close: string, n: number) =>
  `${open.repeat(n)}${inner}${close.repeat(n)}`;

/** A JSON text of an object nested n deep, built as text (JSON.stringify would overflow first). */
export const deepJson = (n: number, key = 'from') => nest(`{"${key}":`, '"2009"', '}', n);

/** `graph`, except that looking entities up fails the way a bug would, with a path in its message. */
export function brokenGraph(graph: KnowledgeGraph): KnowledgeGraph {
  return new Proxy(graph, {
    get(target, property) {
      if (property === 'entities') {
        return () => {
          throw new Error('disk on fire at /srv/secret/path');
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `graph`, except that the entity `slug` reads with `changes` applied (data no loader would give: to break an invariant). */
export function graphWithAlteredEntity(
  graph: KnowledgeGraph,
  slug: string,
  changes: Record<string, unknown>,
): KnowledgeGraph {
  const alter = <T>(entity: T): T =>
    entity !== null && (entity as { slug?: string }).slug === slug
      ? Object.assign(Object.create(Object.getPrototypeOf(entity)), entity, changes)
      : entity;
  return new Proxy(graph, {
    get(target, property) {
      if (property === 'entity') return (key: string) => alter(target.entity(key));
      if (property === 'entities') return (keys: readonly string[]) => target.entities(keys).map(alter);
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
