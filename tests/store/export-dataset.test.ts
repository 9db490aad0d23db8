/**
 * `exportDataset` (behind `kg export --format dataset`), in this process: the small fixture with
 * writes committed through a LivingGraph over an SQLite log, exported to data files. Expected
 * records are written out here by hand from the fixture and the writes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteRequest } from '../../src/graph/writes.js';
import { ADDED_FILE, exportDataset } from '../../src/store/export-dataset.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { SMALL_FIXTURE } from '../graph/fixture.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const readJson = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const NEW_SOURCE = { id: 'press-release', title: 'A press release', url: 'https://example.org/press', publisher: 'Ex' };
const NEW_PERSON = {
  slug: 'new-person',
  kind: 'PERSON',
  name: 'New Person',
  description: 'Added through the API in a test.',
  citations: [{ source: 'press-release' }],
};

/** The fixture copied (with a $schema, as the real data files have) and a few writes over it. */
async function written(): Promise<{ dataDir: string; outDir: string; files: string[] }> {
  const dataDir = temp('kg-export-data-');
  cpSync(SMALL_FIXTURE, dataDir, { recursive: true });
  const graphFile = readJson(dataDir, 'graph.json');
  writeFileSync(join(dataDir, 'graph.json'), JSON.stringify({ $schema: './schema.json', ...graphFile }));
  const log = SqliteChangeLog.open(join(temp('kg-export-store-'), 'kg.sqlite'));
  const living = await LivingGraph.open(dataDir, log);
  const by = { actor: 'tester', reason: 'test' };
  const { id, ...source } = NEW_SOURCE;
  await living.write({ operation: 'ADD_SOURCE', key: id, payload: source, ...by });
  const { slug, ...person } = NEW_PERSON;
  await living.write({ operation: 'ADD_ENTITY', key: slug, payload: person, ...by });
  await living.write({
    operation: 'UPDATE_ENTITY',
    key: 'writers-union',
    payload: { name: 'Writers Union West' },
    ...by,
  });
  await living.write({ operation: 'RETRACT_RELATION', key: 'gop-negotiates-with-writers', payload: {}, ...by });
  const outDir = join(temp('kg-export-out-'), 'nested');
  const files = exportDataset(dataDir, living.current, await log.readAfter(0), outDir);
  await living.close();
  return { dataDir, outDir, files };
}

describe('exportDataset', () => {
  it('writes every data file, changed records in place, a retracted relation gone, the rest as it was', async () => {
    const { dataDir, outDir, files } = await written();
    expect(files).toEqual(['graph.json', 'sources.json', ADDED_FILE]);
    expect(readdirSync(outDir).sort()).toEqual([ADDED_FILE, 'graph.json', 'sources.json']);

    const before = readJson(dataDir, 'graph.json');
    const after = readJson(outDir, 'graph.json');
    expect(after.$schema).toBe('./schema.json');
    // The updated union keeps its place and its other fields; only the name changed.
    const union = before.entities.find((entity: { slug: string }) => entity.slug === 'writers-union');
    expect(after.entities.map((entity: { slug: string }) => entity.slug)).toEqual(
      before.entities.map((entity: { slug: string }) => entity.slug),
    );
    expect(after.entities.find((entity: { slug: string }) => entity.slug === 'writers-union')).toEqual({
      ...union,
      name: 'Writers Union West',
    });
    // Records nobody changed are exactly as they were.
    for (const slug of ['guild-of-producers', 'ada-lovelace', 'big-studio']) {
      const find = (records: { slug: string }[]) => records.find((entity) => entity.slug === slug);
      expect(find(after.entities), slug).toEqual(find(before.entities));
    }
    expect(after.relations.map((relation: { id: string }) => relation.id)).toEqual([
      'gop-presided-by-ada',
      'gop-presided-by-grace-interim',
      'gop-presided-by-grace',
      'big-studio-member-of-gop',
    ]);
    expect(after.relations).toEqual(before.relations.slice(0, 4));
    // A file the changes did not touch is the same data, in the same two-space layout.
    expect(readFileSync(join(outDir, 'sources.json'), 'utf8')).toBe(
      `${JSON.stringify(readJson(dataDir, 'sources.json'), null, 2)}\n`,
    );
  });

  it('puts the records added through the API in one new file, with the data files’ $schema', async () => {
    const { outDir } = await written();
    expect(readJson(outDir, ADDED_FILE)).toEqual({
      $schema: './schema.json',
      sources: [NEW_SOURCE],
      entities: [NEW_PERSON],
    });
  });

  it('writes no file of additions when nothing was added', async () => {
    const dataDir = temp('kg-export-data-');
    cpSync(SMALL_FIXTURE, dataDir, { recursive: true });
    const log = SqliteChangeLog.open(join(temp('kg-export-store-'), 'kg.sqlite'));
    const living = await LivingGraph.open(dataDir, log);
    await living.write({
      operation: 'UPDATE_ENTITY',
      key: 'ada-lovelace',
      payload: { description: 'Changed in a test.' },
      actor: 'tester',
      reason: 'test',
    });
    const outDir = temp('kg-export-out-');
    expect(exportDataset(dataDir, living.current, await log.readAfter(0), outDir)).toEqual([
      'graph.json',
      'sources.json',
    ]);
    expect(readdirSync(outDir).sort()).toEqual(['graph.json', 'sources.json']);
    const ada = readJson(outDir, 'graph.json').entities.find(
      (entity: { slug: string }) => entity.slug === 'ada-lovelace',
    );
    expect(ada).toEqual({
      slug: 'ada-lovelace',
      kind: 'PERSON',
      name: 'Ada Lovelace',
      description: 'Changed in a test.',
      citations: [{ source: 'fixture-source' }],
    });
    await living.close();
  });

  it('reads only the data files, and leaves out a relation added then retracted (no file of additions)', async () => {
    const dataDir = temp('kg-export-data-');
    cpSync(SMALL_FIXTURE, dataDir, { recursive: true });
    const graphFile = readJson(dataDir, 'graph.json');
    writeFileSync(join(dataDir, 'graph.json'), JSON.stringify({ $schema: './schema.json', ...graphFile }));
    writeFileSync(join(dataDir, 'README.md'), '# Not a data file\n');
    const log = SqliteChangeLog.open(join(temp('kg-export-store-'), 'kg.sqlite'));
    const living = await LivingGraph.open(dataDir, log);
    const by = { actor: 'tester', reason: 'test' };
    const payload = {
      type: 'MEMBER_OF',
      from: 'ada-lovelace',
      to: 'writers-union',
      since: '2030',
      citations: [{ source: 'fixture-source' }],
    };
    await living.write({ operation: 'ADD_RELATION', key: 'ada-member-of-writers', payload, ...by });
    await living.write({ operation: 'RETRACT_RELATION', key: 'ada-member-of-writers', payload: {}, ...by });
    const outDir = temp('kg-export-out-');
    expect(exportDataset(dataDir, living.current, await log.readAfter(0), outDir)).toEqual([
      'graph.json',
      'sources.json',
    ]);
    expect(readdirSync(outDir).sort()).toEqual(['graph.json', 'sources.json']);
    expect(readJson(outDir, 'graph.json')).toEqual({ $schema: './schema.json', ...graphFile });
    await living.close();
  });
});

describe('exportDataset with more data files', () => {
  const by = { actor: 'tester', reason: 'test' };

  /** The fixture plus `extra` data files, written in the order given, and `writes` committed over it. */
  async function exportWith(
    extra: [name: string, json: unknown][],
    writes: WriteRequest[],
  ): Promise<{ outDir: string; files: string[] }> {
    const dataDir = temp('kg-export-data-');
    cpSync(SMALL_FIXTURE, dataDir, { recursive: true });
    for (const [name, json] of extra) writeFileSync(join(dataDir, name), JSON.stringify(json, null, 2));
    const log = SqliteChangeLog.open(join(temp('kg-export-store-'), 'kg.sqlite'));
    const living = await LivingGraph.open(dataDir, log);
    for (const write of writes) await living.write({ ...write, ...by });
    const outDir = temp('kg-export-out-');
    const files = exportDataset(dataDir, living.current, await log.readAfter(0), outDir);
    await living.close();
    return { outDir, files };
  }

  it('keeps a record nobody changed as written, its fields in the order the curator gave them', async () => {
    // The fields in an order of their own, not the one the graph keeps them in.
    const people = {
      entities: [
        {
          name: 'Odd Order',
          citations: [{ source: 'fixture-source' }],
          description: 'A made-up person whose fields come in an unusual order.',
          kind: 'PERSON',
          slug: 'odd-order',
        },
      ],
    };
    const { outDir } = await exportWith(
      [['people.json', people]],
      [{ operation: 'UPDATE_ENTITY', key: 'ada-lovelace', payload: { description: 'Changed in a test.' } }],
    );
    expect(readFileSync(join(outDir, 'people.json'), 'utf8')).toBe(`${JSON.stringify(people, null, 2)}\n`);
  });

  it('keeps the records of an earlier file of additions in the data, changed in place, the new ones after them', async () => {
    const SECOND_PERSON = {
      slug: 'second-person',
      kind: 'PERSON',
      name: 'Second Person',
      description: 'Added through the API after the first export.',
      citations: [{ source: 'press-release' }],
    };
    const SECOND_SOURCE = {
      id: 'second-release',
      title: 'Another press release',
      url: 'https://example.org/second',
      publisher: 'Ex',
    };
    // What an earlier export wrote and the curators committed.
    const earlier = { $schema: './schema.json', sources: [NEW_SOURCE], entities: [NEW_PERSON] };
    const { slug, ...secondPerson } = SECOND_PERSON;
    const { id, ...secondSource } = SECOND_SOURCE;
    const { outDir, files } = await exportWith(
      [[ADDED_FILE, earlier]],
      [
        { operation: 'UPDATE_ENTITY', key: 'new-person', payload: { name: 'New Person Renamed' } },
        { operation: 'ADD_ENTITY', key: slug, payload: secondPerson },
        { operation: 'ADD_SOURCE', key: id, payload: secondSource },
      ],
    );
    expect(files).toEqual(['graph.json', 'sources.json', ADDED_FILE]);
    expect(readJson(outDir, ADDED_FILE)).toEqual({
      $schema: './schema.json',
      sources: [NEW_SOURCE, SECOND_SOURCE],
      entities: [{ ...NEW_PERSON, name: 'New Person Renamed' }, SECOND_PERSON],
    });
  });

  it('writes an earlier file of additions again when nothing new was added', async () => {
    const earlier = { sources: [NEW_SOURCE], entities: [NEW_PERSON] };
    const { outDir, files } = await exportWith(
      [[ADDED_FILE, earlier]],
      [{ operation: 'UPDATE_ENTITY', key: 'ada-lovelace', payload: { description: 'Changed in a test.' } }],
    );
    expect(files).toEqual(['graph.json', 'sources.json', ADDED_FILE]);
    expect(readFileSync(join(outDir, ADDED_FILE), 'utf8')).toBe(`${JSON.stringify(earlier, null, 2)}\n`);
  });
});
