/**
 * Validation rules at their edges: dates in order (equal is fine, one day later is not) on strikes,
 * relations and organisations, and a relation that joins an entity to itself.
 */
import { describe, expect, it } from 'vitest';
import { DatasetError, type DatasetProblem, formatProblem } from '../../src/graph/errors.js';
import { loadDataset } from '../../src/graph/load.js';
import { brokenFixture } from './fixture.js';

// biome-ignore lint/suspicious/noExplicitAny: edits of raw JSON.
type Json = any;

function problemsOf(edit: (graph: Json) => void): readonly Pick<DatasetProblem, 'record' | 'field'>[] {
  try {
    loadDataset(brokenFixture(edit));
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems.map(({ record, field }) => ({ record, field }));
  }
  return [];
}

const strike = (startDate: string, endDate: string) => (graph: Json) => {
  graph.entities.push({
    slug: 'test-strike',
    kind: 'STRIKE',
    name: 'Test strike',
    description: 'A made-up strike for tests.',
    startDate,
    endDate,
    citations: [{ source: 'fixture-source' }],
  });
};

describe('a strike’s dates', () => {
  it('may start and end on the same day', () => {
    expect(problemsOf(strike('2000-05-01', '2000-05-01'))).toEqual([]);
  });

  it('may not start the day after it ends: the record and startDate are named', () => {
    expect(problemsOf(strike('2000-05-02', '2000-05-01'))).toEqual([
      { record: 'entities[5] (test-strike)', field: 'startDate' },
    ]);
  });

  it('compares partial dates by their spans: 2000 to 2000-01 is fine, 2000-02 to 2000-01 is not', () => {
    expect(problemsOf(strike('2000', '2000-01'))).toEqual([]);
    expect(problemsOf(strike('2000-02', '2000-01'))).toHaveLength(1);
  });
});

describe('a relation’s dates and endpoints', () => {
  it('since equal to until is fine; since one month after until is named', () => {
    expect(
      problemsOf((graph) => {
        graph.relations[0].since = '2009-03';
      }),
    ).toEqual([]);
    expect(
      problemsOf((graph) => {
        graph.relations[0].since = '2009-04';
      }),
    ).toEqual([{ record: 'relations[0] (gop-presided-by-ada)', field: 'since' }]);
  });

  it('an end no source dates ("unknown") is never before a start', () => {
    expect(
      problemsOf((graph) => {
        graph.relations[2].since = '2999';
      }),
    ).toEqual([]);
  });

  it('a relation from an entity to itself is refused, naming `to`', () => {
    expect(
      problemsOf((graph) => {
        graph.relations[0].to = graph.relations[0].from;
      }),
    ).toEqual([{ record: 'relations[0] (gop-presided-by-ada)', field: 'to' }]);
  });

  it('an association dissolved before it was founded is named', () => {
    expect(
      problemsOf((graph) => {
        graph.entities[0].dissolved = '1949';
      }),
    ).toEqual([{ record: 'entities[0] (guild-of-producers)', field: 'founded' }]);
    expect(
      problemsOf((graph) => {
        graph.entities[0].dissolved = '1950';
      }),
    ).toEqual([]);
  });
});

describe('a problem as the CLI prints it', () => {
  it('names the file, then the record and the field when there are any', () => {
    expect(formatProblem({ file: 'entities.json', message: 'is not valid JSON' })).toBe(
      'entities.json: is not valid JSON',
    );
    expect(formatProblem({ file: 'entities.json', record: 'entities[3] (nick-counter)', message: 'is missing' })).toBe(
      'entities.json: entities[3] (nick-counter): is missing',
    );
    expect(
      formatProblem({
        file: 'relations.json',
        record: 'relations[0]',
        field: 'citations[0].source',
        message: 'names no source',
      }),
    ).toBe('relations.json: relations[0]: field citations[0].source: names no source');
    expect(formatProblem({ file: 'sources.json', field: 'url', message: 'is empty' })).toBe(
      'sources.json: field url: is empty',
    );
  });
});
