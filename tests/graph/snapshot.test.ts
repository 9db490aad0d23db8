/**
 * The snapshot of a validated dataset: a load from it answers as a load from the data files, a
 * changed data file makes it stale, and a damaged one is rebuilt with a warning.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DatasetError } from '../../src/graph/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { type LoadOptions, loadDatasetFrom } from '../../src/graph/load.js';
import { readDataFiles } from '../data-files.js';
import { DEFAULT_DATA, SMALL_FIXTURE } from './fixture.js';

let work: string;
let dataDir: string;
let snapshotDir: string;
let warnings: string[];
let options: LoadOptions;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kg-snapshot-test-'));
  dataDir = join(work, 'data');
  snapshotDir = join(work, 'snapshots');
  cpSync(DEFAULT_DATA, dataDir, { recursive: true });
  warnings = [];
  // The default dataset is below the size worth a snapshot in production; here every size is.
  options = { snapshotDir, snapshotMinRecords: 0, onWarning: (message) => warnings.push(message) };
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function snapshotFile(): string {
  const files = readdirSync(snapshotDir);
  expect(files).toHaveLength(1);
  return join(snapshotDir, files[0] as string);
}

/** What a client sees of a graph: records, spans and certainty, lists, search, timeline. */
function answers(graph: KnowledgeGraph) {
  return {
    counts: [graph.entityCount, graph.relationCount],
    entities: graph.list(),
    relations: graph.allRelations().map((relation) => ({ relation, spans: graph.relationSpans(relation.id) })),
    adjacency: graph
      .list()
      .map((entity) =>
        graph.adjacency(entity.slug).map((view) => [view.relation.id, view.direction, view.span, view.certain]),
      ),
    sources: graph.sources(),
    search: ['sag aftra', 'amptp', 'writers guild', 'teamstres'].map((text) => graph.search(text, { first: 5 })),
    timeline: graph.timeline({ from: '1930' as never, to: '2024' as never }).map((entry) => [entry.date, entry.title]),
    longest: graph.longestLists,
  };
}

describe('a dataset snapshot', () => {
  it('is written by the first load and answers the next one as the data files do', () => {
    const cold = loadDatasetFrom(dataDir, options);
    expect(cold.source).toBe('data files');
    expect(readdirSync(snapshotDir)).toHaveLength(1);
    const warm = loadDatasetFrom(dataDir, options);
    expect(warm.source).toBe('snapshot');
    expect(warnings).toEqual([]);

    const raw = readDataFiles(dataDir);
    expect(warm.graph.entityCount).toBe(raw.entities.length);
    expect(warm.graph.relationCount).toBe(raw.relations.length);
    expect(answers(warm.graph)).toEqual(answers(cold.graph));
    // Every record handed out is frozen, as from the data files.
    const relation = warm.graph.allRelations()[0];
    expect(Object.isFrozen(relation)).toBe(true);
    expect(Object.isFrozen(relation?.citations)).toBe(true);
  });

  it('is stale once a data file changes, and the change is what the graph shows', () => {
    loadDatasetFrom(dataDir, options);
    const file = join(dataDir, 'unions.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { entities: { slug: string; name: string }[] };
    const union = json.entities[0] as { slug: string; name: string };
    union.name = `${union.name} (renamed)`;
    writeFileSync(file, JSON.stringify(json));

    const changed = loadDatasetFrom(dataDir, options);
    expect(changed.source).toBe('data files');
    expect(changed.graph.entity(union.slug)?.name).toBe(union.name);
    expect(warnings).toEqual([]);
    // Written again for the new files.
    expect(loadDatasetFrom(dataDir, options).graph.entity(union.slug)?.name).toBe(union.name);
  });

  it('is stale once a data file is added', () => {
    loadDatasetFrom(dataDir, options);
    const source = readDataFiles(dataDir).sources[0]?.id as string;
    const added = {
      slug: 'snapshot-test-person',
      kind: 'PERSON',
      name: 'Snapshot Test Person',
      description: 'A person added to check that a new data file makes the snapshot stale.',
      citations: [{ source }],
    };
    writeFileSync(join(dataDir, 'zz-added.json'), JSON.stringify({ entities: [added] }));
    const loaded = loadDatasetFrom(dataDir, options);
    expect(loaded.source).toBe('data files');
    expect(loaded.graph.entity(added.slug)?.name).toBe(added.name);
    expect(loaded.graph.entityCount).toBe(readDataFiles(dataDir).entities.length);
  });

  it('never stands in for data files that no longer validate', () => {
    loadDatasetFrom(dataDir, options);
    const file = join(dataDir, 'unions.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { entities: { slug: string; kind: string }[] };
    (json.entities[0] as { kind: string }).kind = 'GUILD';
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadDatasetFrom(dataDir, options)).toThrow(DatasetError);
    try {
      loadDatasetFrom(dataDir, options);
    } catch (error) {
      const problem = (error as DatasetError).problems[0];
      expect(problem?.file).toBe('unions.json');
      expect(problem?.message).toMatch(/unknown kind "GUILD"/);
    }
  });

  it('is rebuilt with a warning when damaged, never trusted', () => {
    const cold = loadDatasetFrom(dataDir, options);
    const path = snapshotFile();
    const bytes = readFileSync(path);
    // One byte of the body changed: the checksum catches it.
    const altered = Buffer.from(bytes);
    const at = altered.length - 100;
    altered[at] = (altered[at] as number) ^ 0xff;
    writeFileSync(path, altered);

    const rebuilt = loadDatasetFrom(dataDir, options);
    expect(rebuilt.source).toBe('data files');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/snapshot .* is damaged \(its checksum does not match its contents\)/);
    expect(answers(rebuilt.graph)).toEqual(answers(cold.graph));
    // Rewritten whole: the next load reads it again.
    expect(loadDatasetFrom(dataDir, options).source).toBe('snapshot');
  });

  it('is rebuilt with a warning when cut short or not a snapshot at all', () => {
    loadDatasetFrom(dataDir, options);
    const path = snapshotFile();
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    writeFileSync(path, 'not a snapshot\n');
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    expect(warnings).toHaveLength(2);
    expect(warnings.every((warning) => warning.includes('is damaged'))).toBe(true);
    expect(loadDatasetFrom(dataDir, options).source).toBe('snapshot');
  });

  it('says why it is not trusted: no header, another kind of file, another dataset', () => {
    loadDatasetFrom(dataDir, options);
    const path = snapshotFile();
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
    const body = bytes.subarray(newline + 1);

    writeFileSync(path, bytes.subarray(0, newline));
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, magic: 'other' })}\n`), body]));
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/is damaged \(it has no header\)/);
    expect(warnings[1]).toMatch(/is damaged \(it is not a graph snapshot\)/);

    // Whole and intact, but made from other data files: stale, replaced without a warning.
    writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, dataset: 'other' })}\n`), body]));
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, format: -1 })}\n`), body]));
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    expect(warnings).toHaveLength(2);
    expect(loadDatasetFrom(dataDir, options).source).toBe('snapshot');
  });

  it('is not written for a dataset below the size worth one', () => {
    loadDatasetFrom(dataDir, { ...options, snapshotMinRecords: Number.MAX_SAFE_INTEGER });
    expect(readdirSync(work)).toEqual(['data']);
  });

  it('cannot be written: the load goes on, with a warning', () => {
    writeFileSync(snapshotDir, 'a file where the directory should be');
    const loaded = loadDatasetFrom(dataDir, options);
    expect(loaded.source).toBe('data files');
    expect(loaded.graph.entityCount).toBe(readDataFiles(dataDir).entities.length);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot write the dataset snapshot/);
  });
});

describe('the server setting SNAPSHOT_DIR', () => {
  it('defaults to var/snapshots, takes a directory, and is off with "off"', () => {
    expect(loadConfig({}, []).snapshotDir).toMatch(/[/\\]var[/\\]snapshots$/);
    expect(loadConfig({ SNAPSHOT_DIR: '/srv/kg-snapshots' }, []).snapshotDir).toBe('/srv/kg-snapshots');
    expect(loadConfig({ SNAPSHOT_DIR: 'off' }, []).snapshotDir).toBeNull();
  });
});

describe('the size worth a snapshot', () => {
  it('is written from exactly snapshotMinRecords records, not below', () => {
    const small = join(work, 'small');
    cpSync(SMALL_FIXTURE, small, { recursive: true });
    const read = (name: string) => JSON.parse(readFileSync(join(small, name), 'utf8'));
    const graph = read('graph.json');
    const records = read('sources.json').sources.length + graph.entities.length + graph.relations.length;
    const above = { ...options, snapshotMinRecords: records + 1 };
    expect(loadDatasetFrom(small, above).source).toBe('data files');
    expect(loadDatasetFrom(small, above).source).toBe('data files');
    const exact = { ...options, snapshotMinRecords: records };
    expect(loadDatasetFrom(small, exact).source).toBe('data files');
    expect(loadDatasetFrom(small, exact).source).toBe('snapshot');
  });
});

describe('a snapshot of data files that change while they are read', () => {
  // A damaged snapshot is warned about after the data files are hashed and before they are read:
  // a change made from the warning lands between the two.
  function damageSnapshot(): void {
    loadDatasetFrom(dataDir, options);
    writeFileSync(snapshotFile(), 'not a snapshot\n');
  }
  const changingOnWarning = (change: () => void): LoadOptions => ({
    ...options,
    onWarning: (message) => {
      warnings.push(message);
      change();
    },
  });

  it('is not written when a data file changed after it was hashed', () => {
    damageSnapshot();
    const file = join(dataDir, 'unions.json');
    const original = readFileSync(file, 'utf8');
    const json = JSON.parse(original) as { entities: { slug: string; name: string }[] };
    const union = json.entities[0] as { slug: string; name: string };
    const name = union.name;
    union.name = `${name} (renamed)`;
    const changed = loadDatasetFrom(
      dataDir,
      changingOnWarning(() => writeFileSync(file, JSON.stringify(json))),
    );
    expect(changed.graph.entity(union.slug)?.name).toBe(union.name);

    // Back to the bytes that were hashed: a snapshot written under that hash would show the rename.
    writeFileSync(file, original);
    const back = loadDatasetFrom(dataDir, options);
    expect(back.source).toBe('data files');
    expect(back.graph.entity(union.slug)?.name).toBe(name);
  });

  it('is not written when a data file was added after the files were hashed', () => {
    damageSnapshot();
    const source = readDataFiles(dataDir).sources[0]?.id as string;
    const added = {
      slug: 'snapshot-test-late-person',
      kind: 'PERSON',
      name: 'Snapshot Test Late Person',
      description: 'A person added while the data files are read.',
      citations: [{ source }],
    };
    const addedFile = join(dataDir, 'zz-late.json');
    const loaded = loadDatasetFrom(
      dataDir,
      changingOnWarning(() => writeFileSync(addedFile, JSON.stringify({ entities: [added] }))),
    );
    expect(loaded.graph.entity(added.slug)?.name).toBe(added.name);

    // Without the added file, the files hashed before are back: a snapshot under that hash would hold the person.
    rmSync(addedFile);
    const back = loadDatasetFrom(dataDir, options);
    expect(back.source).toBe('data files');
    expect(back.graph.entity(added.slug)).toBeNull();
  });
});

describe('a snapshot, further details', () => {
  function smallCopy(): string {
    const small = join(work, 'small');
    cpSync(SMALL_FIXTURE, small, { recursive: true });
    return small;
  }

  it('gives relations with equal citation and qualifier lists one shared list each', () => {
    const small = smallCopy();
    loadDatasetFrom(small, options);
    const warm = loadDatasetFrom(small, options);
    expect(warm.source).toBe('snapshot');
    // In graph.json both cite [{ "source": "fixture-source" }] alone and have no qualifiers.
    const ada = warm.graph.relation('gop-presided-by-ada');
    const grace = warm.graph.relation('gop-presided-by-grace');
    expect(ada?.citations).toEqual([{ source: 'fixture-source' }]);
    expect(grace?.citations).toBe(ada?.citations);
    expect(ada?.qualifiers).toEqual([]);
    expect(grace?.qualifiers).toBe(ada?.qualifiers);
    expect(warm.graph.relation('gop-presided-by-grace-interim')?.qualifiers).toEqual(['INTERIM']);
  });

  it('says it has no header when the file starts with its newline', () => {
    loadDatasetFrom(dataDir, options);
    const path = snapshotFile();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(bytes.indexOf(10)));
    expect(loadDatasetFrom(dataDir, options).source).toBe('data files');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/is damaged \(it has no header\)/);
  });

  it('is damaged, not missing, when its path cannot be read, and leaves no temporary file when it cannot be replaced', () => {
    loadDatasetFrom(dataDir, options);
    const name = readdirSync(snapshotDir)[0] as string;
    const path = join(snapshotDir, name);
    // A directory, not empty, where the file should be: neither read nor renamed over.
    rmSync(path);
    mkdirSync(path);
    writeFileSync(join(path, 'keep'), '');
    const loaded = loadDatasetFrom(dataDir, options);
    expect(loaded.source).toBe('data files');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/is damaged \(cannot read it: /);
    expect(warnings[1]).toMatch(/cannot write the dataset snapshot/);
    expect(readdirSync(snapshotDir)).toEqual([name]);
  });
});
