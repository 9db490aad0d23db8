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

  it('the Time example: 2015 president, the members that surely belonged, and the rest as possible', async () => {
    const example = examples.find((query) => query.startsWith('query AmptpIn2015'));
    // biome-ignore lint/suspicious/noExplicitAny: the README's documents are not typed.
    const { data } = await post<Record<string, any>>(yoga, { query: example });
    expect(data?.entity.presidents).toEqual([{ name: 'Carol Lombardini' }]);
    // data/members.json: only Paramount's and Universal's memberships have a start (1982).
    expect(data?.entity.surely.map((member: { name: string }) => member.name).sort()).toEqual([
      'Paramount Pictures',
      'Universal Pictures',
    ]);
    const edges: { certainty: string; other: { name: string } }[] = data?.entity.relations.edges ?? [];
    expect(
      edges
        .filter((edge) => edge.certainty === 'CERTAIN')
        .map((edge) => edge.other.name)
        .sort(),
    ).toEqual(['Paramount Pictures', 'Universal Pictures']);
    expect(edges.filter((edge) => edge.certainty === 'POSSIBLE')).toHaveLength(9);
  });

  it('GraphiQL opens on the first of them', () => {
    expect(EXAMPLE_QUERY).toContain(examples[0]);
  });
});
