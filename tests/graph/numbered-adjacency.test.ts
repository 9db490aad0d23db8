/** The numbered adjacency's documented contract (src/graph/numbered-adjacency.ts), on the small fixture. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/graph/load.js';
import { PackedFilter } from '../../src/graph/numbered-adjacency.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { SMALL_FIXTURE } from './fixture.js';

describe('numbered adjacency', () => {
  it('a version nothing was written to has no changed entities', () => {
    const graph = loadDataset(SMALL_FIXTURE);
    expect(graph.numberedAdjacency().changed).toBeNull();
    const written = graph.withEdit({ retract: ['gop-negotiates-with-writers'] }, 1);
    expect(written.numberedAdjacency().changed).not.toBeNull();
  });

  it('a filter asking about none of types, dates, current and sources packs to nothing', () => {
    const numbered = loadDataset(SMALL_FIXTURE).numberedAdjacency();
    expect(PackedFilter.of({}, numbered)).toBeNull();
    expect(PackedFilter.of({ types: [], sources: [], current: false }, numbered)).toBeNull();
    expect(PackedFilter.of({ during: { from: '2000' as PartialDate } }, numbered)).not.toBeNull();
    expect(PackedFilter.of({ current: true }, numbered)).not.toBeNull();
  });
});
