import { describe, expect, it } from 'vitest';
import { createYogaApp } from '../../src/yoga.js';
import { readDataFiles } from '../data-files.js';
import { graphql } from '../gql/index.js';
import { sharedGraph } from '../shared-graph.js';
import { execute } from './client.js';

const graph = sharedGraph();
const yoga = createYogaApp({ graph });
const raw = readDataFiles();
/** How many records of the data files cite a source. */
const citing = (records: { citations: { source: string }[] }[], source: string) =>
  records.filter((record) => record.citations.some((citation) => citation.source === source)).length;

describe('provenance', () => {
  const SourceFacts = graphql(`
    query SourceFacts($key: String!) {
      source(key: $key) {
        id
        key
        title
        entities(first: 100) { totalCount edges { node { slug citations { source { key } } } } }
        relations(first: 100) { totalCount edges { node { key citations { source { key } } } } }
      }
    }
  `);

  it('a source lists the entities and relations that cite it', async () => {
    const { data, errors } = await execute(yoga, SourceFacts, { key: 'wikipedia-2023-sag-aftra-strike' });
    expect(errors).toBeUndefined();
    const source = data?.source;
    expect(source?.title).toBe('2023 SAG-AFTRA strike');
    expect(source?.entities.totalCount).toBe(citing(raw.entities, 'wikipedia-2023-sag-aftra-strike'));
    expect(source?.relations.totalCount).toBe(citing(raw.relations, 'wikipedia-2023-sag-aftra-strike'));
    expect(source?.entities.edges.map((edge) => edge.node.slug)).toContain('sag-aftra-strike-2023');
    const edges = [...(source?.entities.edges ?? []), ...(source?.relations.edges ?? [])];
    expect(edges.length).toBeGreaterThan(1);
    for (const edge of edges) {
      expect(edge.node.citations.map((citation) => citation.source.key)).toContain('wikipedia-2023-sag-aftra-strike');
    }
    expect((await execute(yoga, SourceFacts, { key: 'no-such-source' })).data?.source).toBeNull();
  });

  const CitedRelations = graphql(`
    query CitedRelations($sources: [String!]) {
      entity(slug: "amptp") {
        relations(sources: $sources, first: 100) { edges { node { key citations { source { key } } } } }
        ... on Association { presidents(sources: $sources) { slug } }
      }
    }
  `);

  it('restricts relations and typed fields to facts from chosen sources', async () => {
    const { data, errors } = await execute(yoga, CitedRelations, { sources: ['latimes-amptp-hessinger-2025'] });
    expect(errors).toBeUndefined();
    const keys = data?.entity?.relations.edges.map((edge) => edge.node.key);
    expect(keys).toContain('amptp-presided-by-greg-hessinger');
    const edges = data?.entity?.relations.edges ?? [];
    // From the data files: the relations of the AMPTP that cite it.
    expect(edges.length).toBe(
      raw.relations.filter(
        (r) =>
          (r.from === 'amptp' || r.to === 'amptp') &&
          r.citations.some((citation) => citation.source === 'latimes-amptp-hessinger-2025'),
      ).length,
    );
    for (const edge of edges) {
      expect(edge.node.citations.map((citation) => citation.source.key)).toContain('latimes-amptp-hessinger-2025');
    }
    const presidents = data?.entity && 'presidents' in data.entity ? data.entity.presidents : [];
    expect(presidents.map((person) => person.slug)).toContain('greg-hessinger');
    expect(presidents.map((person) => person.slug)).not.toContain('nick-counter');
  });

  it('takes a Source global ID, and names an unknown source', async () => {
    const id = Buffer.from('Source:latimes-amptp-hessinger-2025').toString('base64');
    const byId = await execute(yoga, CitedRelations, { sources: [id] });
    expect(byId.errors).toBeUndefined();
    const unknown = await execute(yoga, CitedRelations, { sources: ['rumour-mill'] });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'sources: no source "rumour-mill" (give a source key or a Source global ID)',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  const CitedTraversal = graphql(`
    query CitedTraversal($sources: [String!]) {
      shortestPath(from: "jack-valenti", to: "amptp", sources: $sources) { length }
      timeline(sources: $sources, first: 500) { date citations { source { key } } }
      entities(sources: $sources, first: 100) { totalCount }
    }
  `);

  it('restricts traversals, the timeline and entity lists too', async () => {
    const seedOnly = await execute(yoga, CitedTraversal, { sources: ['wikipedia-amptp'] });
    expect(seedOnly.errors).toBeUndefined();
    // Valenti's MPAA presidency and the MPA affiliation are both in the seed article.
    expect(seedOnly.data?.shortestPath?.length).toBe(2);
    expect(seedOnly.data?.timeline.length).toBeGreaterThan(0);
    for (const entry of seedOnly.data?.timeline ?? []) {
      expect(entry.citations.map((citation) => citation.source.key)).toContain('wikipedia-amptp');
    }
    expect(seedOnly.data?.entities.totalCount).toBe(citing(raw.entities, 'wikipedia-amptp'));
    const strikesOnly = await execute(yoga, CitedTraversal, { sources: ['wikipedia-1988-wga-strike'] });
    expect(strikesOnly.data?.shortestPath).toBeNull();
  });
});
