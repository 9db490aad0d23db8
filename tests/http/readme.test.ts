import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { createYogaApp, EXAMPLE_QUERY } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';
import { post } from './client.js';

const yoga = createYogaApp({ graph: loadDataset(DEFAULT_DATA) });
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
interface RawFile {
  entities?: { slug: string; name: string; startDate?: string }[];
  relations?: { type: string; from: string; to: string }[];
}

/** Straight from the data files: the strikes with an AGAINST relation to the AMPTP, by start date. */
function strikesAgainstAmptp(): string[] {
  const files = readdirSync(DEFAULT_DATA).map(
    (name) => JSON.parse(readFileSync(join(DEFAULT_DATA, name), 'utf8')) as RawFile,
  );
  const entities = new Map(files.flatMap((file) => file.entities ?? []).map((entity) => [entity.slug, entity]));
  return files
    .flatMap((file) => file.relations ?? [])
    .filter((relation) => relation.type === 'AGAINST' && relation.to === 'amptp')
    .map((relation) => entities.get(relation.from))
    .sort((a, b) => ((a?.startDate ?? '') < (b?.startDate ?? '') ? -1 : 1))
    .map((strike) => strike?.name ?? 'a strike missing from the data');
}

const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] as string);

describe('the README example queries, exactly as written', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((query) => [query.split('\n')[0], query]))(
    '%s answers with data and no error',
    async (_, query) => {
      const { status, data, errors } = await post<Record<string, unknown>>(yoga, { query });
      expect(errors).toBeUndefined();
      expect(status).toBe(200);
      expect(Object.values(data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );

  it('gives the answers the README promises', async () => {
    const [presidents, strikes, search] = await Promise.all(
      // biome-ignore lint/suspicious/noExplicitAny: the README's documents are not typed.
      examples.slice(0, 3).map((query) => post<Record<string, any>>(yoga, { query })),
    );
    expect(presidents?.data?.entity.in2009.map((person: { name: string }) => person.name)).toEqual([
      'Nick Counter',
      'Carol Lombardini',
    ]);
    expect(presidents?.data?.entity.now).toEqual([{ name: 'Greg Hessinger' }]);
    expect(search?.data?.search[0].entity.slug).toBe('amptp');
    const against = strikesAgainstAmptp();
    expect(against.length).toBeGreaterThan(0);
    expect(strikes?.data?.entity.strikes.map((strike: { name: string }) => strike.name)).toEqual(against);
  });

  it('GraphiQL opens on the first of them', () => {
    expect(EXAMPLE_QUERY).toContain(examples[0]);
  });
});
