/**
 * The schema src/schema builds is the committed schema/schema.graphql, built here inside the test
 * in a fresh module graph (tsx's `register` with a namespace of its own) rather than read from
 * the copy every other test imports once. Built inside a test, the field definitions are code
 * this test runs, so mutation testing can check them against it alone instead of re-running the
 * whole suite for each (stryker.config.mjs).
 */
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';
import { expect, it } from 'vitest';

const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');

it('builds the committed SDL: every type, field, argument and nullability', async () => {
  const scope = register({ namespace: 'schema-sdl' });
  const load = (specifier: string) => scope.import(specifier, import.meta.url) as Promise<Record<string, unknown>>;
  const { schema } = await load(new URL('../../src/schema/index.ts', import.meta.url).href);
  const { printSchema } = (await load('graphql')) as typeof import('graphql');
  const printed = `${printSchema(schema as Parameters<typeof printSchema>[0])}\n`;
  // A few facts read off the committed file by hand, so a stale or emptied file cannot pass.
  expect(committed).toContain('type Query {');
  expect(committed).toContain('interface Entity implements Node {');
  expect(printed).toBe(committed);
});
