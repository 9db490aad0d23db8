import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { fromGraphologyJson, toGraphologyJson } from '../../src/graph/export.js';
import { buildGraph, loadDataset } from '../../src/graph/load.js';
import { brokenFixture, DEFAULT_DATA, SMALL_FIXTURE } from '../graph/fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the `kg` bin as a curator would. */
function kg(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/kg.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'kg-cli-'));

describe('kg validate', () => {
  it('accepts the default dataset and a fixture, saying what they hold', () => {
    const data = kg('validate', 'data');
    expect(data.code).toBe(0);
    expect(data.stdout).toMatch(/^data: ok \(\d+ entities, \d+ relations, \d+ sources\)/);
    expect(kg('validate', SMALL_FIXTURE)).toMatchObject({ code: 0 });
  });

  it('lists every problem with file, record and field, and exits 1', () => {
    const dir = brokenFixture((graph) => {
      graph.relations[1].type = 'LIKES';
      graph.entities[2].citations[0].source = 'gossip';
    });
    const { code, stderr } = kg('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toContain('2 problems');
    expect(stderr).toContain(
      'graph.json: relations[1] (gop-presided-by-grace-interim): field type: unknown relation type "LIKES"',
    );
    expect(stderr).toContain(
      'graph.json: entities[2] (grace-hopper): field citations[0].source: cites unknown source "gossip"',
    );
  });

  it('refuses an ongoing relation with no start, and says what is wrong with a bad start or end', () => {
    const dir = brokenFixture((graph) => {
      delete graph.relations[3].since;
      graph.relations[0].until = '2009-13';
      graph.relations[1].since = 'soon';
    });
    const { code, stderr } = kg('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toContain('3 problems');
    expect(stderr).toContain(
      'relations[3] (big-studio-member-of-gop): field since: a MEMBER_OF relation lasts over time: give "since" as a date, or "unknown" when no source gives it',
    );
    expect(stderr).toContain(
      'relations[0] (gop-presided-by-ada): field until: "2009-13" has month 13, which is not between 01 and 12',
    );
    expect(stderr).toContain(
      'relations[1] (gop-presided-by-grace-interim): field since: "soon" is neither a partial date (YYYY, YYYY-MM or YYYY-MM-DD) nor "unknown"',
    );
    expect(stderr).not.toContain('Invalid input');
  });

  it('names the line and column of a JSON syntax error', () => {
    const dir = scratch();
    // Line 3 holds a trailing comma; the parser stops at the closing brace, line 4 column 1.
    writeFileSync(join(dir, 'broken.json'), '{\n  "sources": [],\n  "entities": [],\n}\n');
    const { code, stderr } = kg('validate', dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.json: not valid JSON at line 4, column 1: /);
    expect(stderr).not.toContain('position');
  });

  it('says clearly when the directory is missing or the command unknown', () => {
    expect(kg('validate', join(SMALL_FIXTURE, 'nope'))).toMatchObject({ code: 1 });
    expect(kg('validate', join(SMALL_FIXTURE, 'nope')).stderr).toContain('cannot read the dataset directory');
    const unknown = kg('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('kg stats', () => {
  it('counts by kind and relation type and finds isolated entities', () => {
    const dir = brokenFixture((graph) => {
      graph.entities.push({
        slug: 'hermit',
        kind: 'PERSON',
        name: 'Hermit',
        description: 'Nobody knows them.',
        citations: [{ source: 'fixture-source' }],
      });
    });
    const { code, stdout } = kg('stats', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      entities: 6,
      relations: 5,
      sources: 1,
      entitiesByKind: { ASSOCIATION: 1, PERSON: 3, STUDIO: 1, UNION: 1 },
      relationsByType: { MEMBER_OF: 1, NEGOTIATES_WITH: 1, PRESIDED_BY: 3 },
      uncitedEntities: [],
      uncitedRelations: [],
      isolatedEntities: ['hermit'],
      unusedSources: [],
      // Counted by hand from tests/fixtures/small: the three presidencies have a start, the
      // membership and the negotiation say "unknown", Grace's presidency ended on an unknown day.
      datingByType: {
        MEMBER_OF: { relations: 1, dated: 0, datedByEvent: 0, datedPercent: 0 },
        NEGOTIATES_WITH: { relations: 1, dated: 0, datedByEvent: 0, datedPercent: 0 },
        PRESIDED_BY: { relations: 3, dated: 3, datedByEvent: 0, datedPercent: 100 },
      },
      datedPercent: 60,
      unknownBounds: [
        { id: 'big-studio-member-of-gop', start: true, end: false },
        { id: 'gop-negotiates-with-writers', start: true, end: false },
        { id: 'gop-presided-by-grace', start: false, end: true },
      ],
      impossibleRelations: [],
    });
    const text = kg('stats', dir).stdout;
    expect(text).toContain('PRESIDED_BY      3');
    expect(text).toContain('isolated entities (no relation): 1\n  hermit');
    expect(text).toContain('dated relations: 60%');
    expect(text).toContain('PRESIDED_BY      100%  (3 of 3 with a start)');
    expect(text).toContain('relations with an unknown start or end: 3\n  big-studio-member-of-gop (start)');
  });

  it('finds nothing uncited or isolated in the default dataset', () => {
    const stats = JSON.parse(kg('stats', 'data', '--json').stdout);
    expect(stats.uncitedEntities).toEqual([]);
    expect(stats.uncitedRelations).toEqual([]);
    expect(stats.isolatedEntities).toEqual([]);
  });

  it('refuses a broken dataset', () => {
    expect(
      kg(
        'stats',
        brokenFixture((graph) => (graph.relations[0].to = 'nobody')),
      ).code,
    ).toBe(1);
  });
});

describe('kg export', () => {
  it('graphology JSON loads back into the same graph, through the same validation', () => {
    const original = loadDataset(DEFAULT_DATA);
    const out = join(scratch(), 'graph.json');
    expect(kg('export', 'data', '--format', 'graphology', '--out', out).code).toBe(0);
    const reading = fromGraphologyJson(JSON.parse(readFileSync(out, 'utf8')));
    expect(reading.problems).toEqual([]);
    const reloaded = buildGraph(reading.records);
    expect(reloaded.list()).toEqual(original.list());
    expect(reloaded.allRelations()).toEqual(original.allRelations());
    expect(reloaded.sources()).toEqual(original.sources());
    expect(toGraphologyJson(reloaded)).toEqual(toGraphologyJson(original));
  });

  it('an imported graphology file with problems is refused with every problem', () => {
    const exported = toGraphologyJson(loadDataset(SMALL_FIXTURE));
    exported.edges[0] = { ...exported.edges[0], target: 'nobody' } as (typeof exported.edges)[0];
    const robot = { ...exported.nodes[0], attributes: { ...exported.nodes[0]?.attributes, kind: 'ROBOT' } };
    exported.nodes[0] = robot as unknown as (typeof exported.nodes)[0];
    const { problems } = fromGraphologyJson(exported);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['graphology.json', 'kind'],
      ['graphology.json', 'to'],
    ]);
  });

  it('GraphML reads back with graphology-graphml', () => {
    const { code, stdout } = kg('export', SMALL_FIXTURE, '--format', 'graphml');
    expect(code).toBe(0);
    const parsed = parseGraphml(MultiDirectedGraph, stdout);
    expect(parsed.order).toBe(5);
    expect(parsed.size).toBe(5);
    expect(parsed.getNodeAttributes('guild-of-producers')).toMatchObject({
      name: 'Guild of Producers',
      kind: 'ASSOCIATION',
      abbreviations: 'GOP',
      aliases: 'Producers Club',
    });
    expect(parsed.getEdgeAttributes('gop-presided-by-grace')).toMatchObject({
      type: 'PRESIDED_BY',
      since: '2009-10',
      ended: 'true',
      sources: 'fixture-source',
    });
    expect(parsed.source('gop-presided-by-grace')).toBe('guild-of-producers');
  });

  it('N-Triples: well-formed lines, stable IRIs, relations with dates and sources', () => {
    const first = kg('export', SMALL_FIXTURE, '--format', 'ntriples', '--base', 'https://kg.test/');
    const second = kg('export', SMALL_FIXTURE, '--format', 'ntriples', '--base', 'https://kg.test/');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const lines = first.stdout.trimEnd().split('\n');
    const term = String.raw`(?:<[^<>"\s]+>|"(?:[^"\\]|\\.)*"(?:\^\^<[^<>"\s]+>|@[a-z-]+)?)`;
    const triple = new RegExp(String.raw`^<[^<>"\s]+> <[^<>"\s]+> ${term} \.$`);
    for (const line of lines) expect(line).toMatch(triple);
    expect(lines).toContain(
      '<https://kg.test/entity/guild-of-producers> <https://kg.test/vocab#PRESIDED_BY> <https://kg.test/entity/ada-lovelace> .',
    );
    expect(lines).toContain(
      '<https://kg.test/relation/gop-presided-by-ada> <https://kg.test/vocab#until> "2009-03"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .',
    );
    expect(lines).toContain(
      '<https://kg.test/relation/gop-presided-by-ada> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://kg.test/source/fixture-source> .',
    );
  });

  it('needs a known format', () => {
    const { code, stderr } = kg('export', SMALL_FIXTURE, '--format', 'csv');
    expect(code).toBe(2);
    expect(stderr).toContain('one of graphology, graphml, ntriples');
  });
});

describe('kg data-schema', () => {
  it('the committed JSON Schema is current, and every data file refers to it', () => {
    expect(kg('data-schema', '--check')).toMatchObject({ code: 0 });
    for (const file of readdirSync(DEFAULT_DATA).filter((name) => name.endsWith('.json'))) {
      expect(JSON.parse(readFileSync(join(DEFAULT_DATA, file), 'utf8')).$schema).toBe('../schema/dataset.schema.json');
    }
  });

  it('notices a stale copy', () => {
    const stale = join(scratch(), 'dataset.schema.json');
    writeFileSync(stale, '{}\n');
    const { code, stderr } = kg('data-schema', '--check', stale);
    expect(code).toBe(1);
    expect(stderr).toContain('is stale');
  });
});
