import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatasetError, type DatasetProblem } from '../../src/graph/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { jsonSyntaxProblem, loadDataset, readDataset } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { brokenFixture, SMALL_FIXTURE } from './fixture.js';

function problemsOf(dir: string): readonly DatasetProblem[] {
  try {
    loadDataset(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('the dataset was accepted');
}

describe('loading a valid dataset', () => {
  let graph: KnowledgeGraph;
  // Loaded inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
  beforeEach(() => {
    graph = loadDataset(SMALL_FIXTURE);
  });

  it('keys entities by slug and relations by id, from the data', () => {
    expect(graph.entityCount).toBe(5);
    expect(graph.relationCount).toBe(5);
    expect(graph.entity('ada-lovelace')?.name).toBe('Ada Lovelace');
    expect(graph.relation('gop-presided-by-ada')?.until).toBe('2009-03');
    expect(graph.entity('nobody')).toBeNull();
  });

  it('indexes by kind, ordered by name', () => {
    expect(graph.list(['PERSON']).map((entity) => entity.slug)).toEqual(['ada-lovelace', 'grace-hopper']);
    expect(graph.list().map((entity) => entity.name)).toEqual([
      'Ada Lovelace',
      'Big Studio',
      'Grace Hopper',
      'Guild of Producers',
      'Writers Union',
    ]);
  });

  it('records an end no source dates as ended, not open', () => {
    const relation = graph.relation('gop-presided-by-grace');
    expect(relation?.until).toBeNull();
    expect(relation?.ended).toBe(true);
    expect(graph.relation('big-studio-member-of-gop')?.ended).toBe(false);
  });

  it('filters relations by type, direction, date and currency', () => {
    const presidents = (asOf?: string) =>
      graph
        .relationsOf('guild-of-producers', {
          types: ['PRESIDED_BY'],
          direction: 'OUTGOING',
          asOf: asOf as PartialDate | undefined,
        })
        .map((view) => view.relation.id);
    expect(presidents('2005')).toEqual(['gop-presided-by-ada']);
    expect(presidents('2009')).toEqual([
      'gop-presided-by-ada',
      'gop-presided-by-grace-interim',
      'gop-presided-by-grace',
    ]);
    expect(presidents('2009-05')).toEqual(['gop-presided-by-grace-interim']);
    expect(presidents('1981')).toEqual([]);
    expect(graph.relationsOf('ada-lovelace', { direction: 'OUTGOING' })).toEqual([]);
    expect(graph.relationsOf('ada-lovelace', { direction: 'INCOMING' })[0]?.other).toBe('guild-of-producers');
    expect(graph.relationsOf('guild-of-producers', { current: true }).map((view) => view.relation.id)).toEqual([
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
    ]);
  });

  it('hands out frozen objects', () => {
    const entity = graph.entity('ada-lovelace');
    expect(Object.isFrozen(entity)).toBe(true);
    expect(() => {
      (entity as { name: string }).name = 'changed';
    }).toThrow();
  });
});

describe('refusing a broken dataset', () => {
  it('reports a duplicate slug with where it was first defined', () => {
    const problems = problemsOf(
      brokenFixture((graph) => {
        graph.entities.push({ ...graph.entities[1] });
      }),
    );
    expect(problems).toEqual([
      {
        file: 'graph.json',
        record: 'entities[5] (ada-lovelace)',
        field: 'slug',
        message: 'duplicate entity slug "ada-lovelace" (first defined at graph.json: entities[1] (ada-lovelace))',
      },
    ]);
  });

  it('reports a duplicate relation id and a duplicate source id', () => {
    const problems = problemsOf(
      brokenFixture((graph, sources) => {
        graph.relations.push({ ...graph.relations[0] });
        sources.sources.push({ ...sources.sources[0] });
      }),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'duplicate source id "fixture-source" (first defined at sources.json: sources[0] (fixture-source))',
      'duplicate relation id "gop-presided-by-ada" (first defined at graph.json: relations[0] (gop-presided-by-ada))',
    ]);
  });

  it('reports a relation whose endpoint does not exist', () => {
    const problems = problemsOf(
      brokenFixture((graph) => {
        graph.relations[3].to = 'no-such-association';
      }),
    );
    expect(problems).toEqual([
      {
        file: 'graph.json',
        record: 'relations[3] (big-studio-member-of-gop)',
        field: 'to',
        message: 'endpoint "no-such-association" is not an entity of the dataset',
      },
    ]);
  });

  it('reports an unknown kind and an unknown relation type', () => {
    const problems = problemsOf(
      brokenFixture((graph) => {
        graph.entities[1].kind = 'ROBOT';
        graph.relations[4].type = 'HATES';
      }),
    );
    expect(problems.map(({ record, field }) => [record, field])).toEqual([
      ['entities[1] (ada-lovelace)', 'kind'],
      ['relations[4] (gop-negotiates-with-writers)', 'type'],
    ]);
    expect(problems[0]?.message).toMatch(/^unknown kind "ROBOT" \(expected one of ASSOCIATION, /);
    expect(problems[1]?.message).toMatch(/^unknown relation type "HATES"/);
  });

  it('reports a malformed partial date', () => {
    const problems = problemsOf(
      brokenFixture((graph) => {
        graph.relations[0].since = '1982-13';
        graph.entities[0].founded = '50';
      }),
    );
    expect(problems).toEqual([
      {
        file: 'graph.json',
        record: 'entities[0] (guild-of-producers)',
        field: 'founded',
        message: '"50" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
      },
      {
        file: 'graph.json',
        record: 'relations[0] (gop-presided-by-ada)',
        field: 'since',
        message: '"1982-13" has month 13, which is not between 01 and 12',
      },
    ]);
  });

  it('reports since after until, on relations and former names', () => {
    const problems = problemsOf(
      brokenFixture((graph) => {
        graph.relations[0].since = '2010';
        graph.entities[0].formerNames[0].until = '1949';
      }),
    );
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'formerNames[0].since: formerNames[0].since 1950 is after formerNames[0].until 1949',
      'since: since 2010 is after until 2009-03',
    ]);
  });

  it('reports a citation of an unknown source and a missing citation', () => {
    const problems = problemsOf(
      brokenFixture((graph) => {
        graph.entities[2].citations = [{ source: 'rumour' }];
        graph.relations[1].citations = [];
        delete graph.entities[3].citations;
      }),
    );
    expect(problems.map(({ record, field, message }) => `${record} ${field}: ${message}`)).toEqual([
      'entities[3] (big-studio) citations: Invalid input: expected array, received undefined',
      'relations[1] (gop-presided-by-grace-interim) citations: every record cites at least one source',
      'entities[2] (grace-hopper) citations[0].source: cites unknown source "rumour"',
    ]);
  });

  it('reports a file that is not JSON, and keeps collecting from the others', () => {
    const dir = brokenFixture((graph) => {
      graph.entities[1].description = ' ';
    });
    writeFileSync(join(dir, 'broken.json'), '{ "entities": [ ');
    const problems = problemsOf(dir);
    expect(problems.map((problem) => problem.file)).toEqual(['broken.json', 'graph.json']);
    expect(problems[0]?.message).toMatch(/^not valid JSON/);
    expect(problems[1]).toMatchObject({ record: 'entities[1] (ada-lovelace)', field: 'description' });
  });

  it('collects every problem in one pass, and builds nothing', () => {
    const dir = brokenFixture((graph, sources) => {
      graph.entities.push({ ...graph.entities[1] });
      graph.relations[3].to = 'nowhere';
      graph.relations[0].until = '1900';
      graph.relations[2].citations = [{ source: 'rumour' }];
      sources.sources[0].url = 'not a url';
    });
    const reading = readDataset(dir);
    expect(reading.problems.length).toBe(5);
    expect(() => loadDataset(dir)).toThrow(DatasetError);
  });

  it('reports a missing directory', () => {
    expect(problemsOf(join(SMALL_FIXTURE, 'missing'))[0]?.message).toMatch(/^cannot read the dataset directory/);
  });
});

describe('details of reading', () => {
  it('keeps every citation of a relation citing several sources', () => {
    const dir = brokenFixture((data, sources) => {
      sources.sources.push({ id: 'second', title: 'Second', url: 'https://example.org/second', publisher: 'P' });
      const relation = data.relations.find((record: { id: string }) => record.id === 'gop-negotiates-with-writers');
      relation.citations = [{ source: 'fixture-source' }, { source: 'second' }];
    });
    const loaded = loadDataset(dir);
    expect(loaded.relation('gop-negotiates-with-writers')?.citations).toEqual([
      { source: 'fixture-source' },
      { source: 'second' },
    ]);
    expect(loaded.relation('big-studio-member-of-gop')?.citations).toEqual([{ source: 'fixture-source' }]);
  });

  it('places a syntax error given as an offset at its line and column', () => {
    // Offset 12 is the "}" after a trailing comma: the first character of line 3.
    const text = '{\n  "a": 1,\n}';
    let error: Error | undefined;
    try {
      JSON.parse(text);
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toContain('at position 12');
    expect(jsonSyntaxProblem(text, error as Error)).toBe(
      'not valid JSON at line 3, column 1: Expected double-quoted property name',
    );
  });
});

describe('reading, further details', () => {
  it('places a syntax error given with no offset at its line and column', () => {
    const dir = brokenFixture(() => {});
    // Cut off after `  "entities": [` (15 characters) on line 2: the end is at column 16.
    writeFileSync(join(dir, 'cut.json'), '{\n  "entities": [');
    const problems = readDataset(dir).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('cut.json');
    expect(problems[0]?.message).toMatch(/^not valid JSON at line 2, column 16: \S/);
  });

  it('reports a data file that is not an object of record lists, naming the field when there is one', () => {
    const dir = brokenFixture(() => {});
    writeFileSync(join(dir, 'a-list.json'), '[]');
    writeFileSync(join(dir, 'b-count.json'), '{ "entities": 5 }');
    const problems = readDataset(dir).problems;
    expect(problems.map(({ file, field }) => [file, field])).toEqual([
      ['a-list.json', undefined],
      ['b-count.json', 'entities'],
    ]);
    expect(problems[1]?.message).toMatch(/expected array/);
  });

  it('reports a relation that lasts over time given no start', () => {
    const dir = brokenFixture((graph) => {
      delete graph.relations[0].since;
    });
    expect(readDataset(dir).problems).toEqual([
      {
        file: 'graph.json',
        record: 'relations[0] (gop-presided-by-ada)',
        field: 'since',
        message: 'a PRESIDED_BY relation lasts over time: give "since" as a date, or "unknown" when no source gives it',
      },
    ]);
  });

  it('names the id, not a slug, as the field of a duplicate source or relation', () => {
    const dir = brokenFixture((graph, sources) => {
      graph.relations.push({ ...graph.relations[0] });
      sources.sources.push({ ...sources.sources[0] });
    });
    const duplicates = readDataset(dir).problems.filter((problem) => problem.message.startsWith('duplicate'));
    expect(duplicates.map(({ file, field }) => [file, field])).toEqual([
      ['sources.json', 'id'],
      ['graph.json', 'id'],
    ]);
  });

  it('gives relations citing the same source alone one shared citation list', () => {
    const loaded = loadDataset(SMALL_FIXTURE);
    // Both cite [{ "source": "fixture-source" }] and nothing more in graph.json.
    const first = loaded.relation('gop-presided-by-ada')?.citations;
    expect(first).toEqual([{ source: 'fixture-source' }]);
    expect(loaded.relation('gop-presided-by-grace')?.citations).toBe(first);
  });
});
