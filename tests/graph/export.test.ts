/**
 * Exports of tests/fixtures/small (src/graph/export.ts): GraphML and N-Triples written out by hand
 * from the fixture's graph.json, graphology's JSON read back through validation, and the record
 * shapes a write starts from.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/graph/dataset-schema.js';
import {
  entityRecord,
  fromGraphologyJson,
  iris,
  relationRecord,
  toGraphml,
  toGraphologyJson,
  toNTriples,
} from '../../src/graph/export.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { buildGraph, loadDataset, toEntity, toRelation } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { SMALL_FIXTURE } from './fixture.js';

let graph: KnowledgeGraph;
// Built inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
beforeEach(() => {
  graph = loadDataset(SMALL_FIXTURE);
});
const cite = [{ source: 'fixture-source' }];

describe('GraphML', () => {
  it('writes every entity (by name) and relation (by key) with its non-empty fields', () => {
    const keys = [
      ...[
        'name',
        'kind',
        'description',
        'abbreviations',
        'aliases',
        'category',
        'date',
        'startDate',
        'endDate',
        'founded',
        'sources',
      ].map((key) => `  <key id="node-${key}" for="node" attr.name="${key}" attr.type="string"/>`),
      ...['type', 'since', 'until', 'ended', 'role', 'qualifiers', 'sources'].map(
        (key) => `  <key id="edge-${key}" for="edge" attr.name="${key}" attr.type="string"/>`,
      ),
    ];
    const node = (slug: string, ...data: string[]) =>
      `    <node id="${slug}">${data.join('')}<data key="node-sources">fixture-source</data></node>`;
    const edge = (id: string, from: string, to: string, ...data: string[]) =>
      `    <edge id="${id}" source="${from}" target="${to}">${data.join('')}<data key="edge-sources">fixture-source</data></edge>`;
    const n = (key: string, value: string) => `<data key="node-${key}">${value}</data>`;
    const e = (key: string, value: string) => `<data key="edge-${key}">${value}</data>`;
    expect([...toGraphml(graph)].join('').split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      ...keys,
      '  <graph id="knowledge-graph" edgedefault="directed">',
      node(
        'ada-lovelace',
        n('name', 'Ada Lovelace'),
        n('kind', 'PERSON'),
        n('description', 'A made-up president for tests.'),
      ),
      node(
        'big-studio',
        n('name', 'Big Studio'),
        n('kind', 'STUDIO'),
        n('description', 'A made-up studio for tests.'),
        n('category', 'FILM_STUDIO'),
      ),
      node(
        'grace-hopper',
        n('name', 'Grace Hopper'),
        n('kind', 'PERSON'),
        n('description', 'Another made-up president for tests.'),
      ),
      node(
        'guild-of-producers',
        n('name', 'Guild of Producers'),
        n('kind', 'ASSOCIATION'),
        n('description', 'A made-up association for tests.'),
        n('abbreviations', 'GOP'),
        n('aliases', 'Producers Club'),
        n('founded', '1950'),
      ),
      node(
        'writers-union',
        n('name', 'Writers Union'),
        n('kind', 'UNION'),
        n('description', 'A made-up union for tests.'),
      ),
      edge('big-studio-member-of-gop', 'big-studio', 'guild-of-producers', e('type', 'MEMBER_OF'), e('ended', 'false')),
      edge(
        'gop-negotiates-with-writers',
        'guild-of-producers',
        'writers-union',
        e('type', 'NEGOTIATES_WITH'),
        e('ended', 'false'),
      ),
      edge(
        'gop-presided-by-ada',
        'guild-of-producers',
        'ada-lovelace',
        e('type', 'PRESIDED_BY'),
        e('since', '1982'),
        e('until', '2009-03'),
        e('ended', 'true'),
        e('role', 'President'),
      ),
      edge(
        'gop-presided-by-grace',
        'guild-of-producers',
        'grace-hopper',
        e('type', 'PRESIDED_BY'),
        e('since', '2009-10'),
        e('ended', 'true'),
        e('role', 'President'),
      ),
      edge(
        'gop-presided-by-grace-interim',
        'guild-of-producers',
        'grace-hopper',
        e('type', 'PRESIDED_BY'),
        e('since', '2009-03'),
        e('until', '2009-10'),
        e('ended', 'true'),
        e('role', 'President'),
        e('qualifiers', 'INTERIM'),
      ),
      '  </graph>',
      '</graphml>',
      '',
    ]);
  });

  it('escapes XML, joins lists with "; " and names each source once', () => {
    const odd = toEntity({
      slug: 'odd',
      kind: 'EVENT',
      category: 'AGREEMENT',
      date: '2023-06' as PartialDate,
      name: `Tom & Jerry's "<Vote>"`,
      aliases: ['A', 'B'],
      description: 'x',
      citations: [...cite, { source: 'fixture-source', section: 'Two' }],
    } as never);
    const strike = toEntity({
      slug: 'walkout',
      kind: 'STRIKE',
      name: 'Walkout',
      startDate: '2023-05-02' as PartialDate,
      endDate: '2023-09-27' as PartialDate,
      description: 'x',
      citations: cite,
    } as never);
    const next = graph.withEdit({ entities: [odd, strike] }, 1);
    expect([...toGraphml(next)].find((text) => text.includes('node id="walkout"'))).toBe(
      '    <node id="walkout"><data key="node-name">Walkout</data><data key="node-kind">STRIKE</data><data key="node-description">x</data><data key="node-startDate">2023-05-02</data><data key="node-endDate">2023-09-27</data><data key="node-sources">fixture-source</data></node>\n',
    );
    const line = [...toGraphml(next)].find((text) => text.includes('node id="odd"'));
    expect(line).toBe(
      '    <node id="odd"><data key="node-name">Tom &amp; Jerry&apos;s &quot;&lt;Vote&gt;&quot;</data><data key="node-kind">EVENT</data><data key="node-description">x</data><data key="node-aliases">A; B</data><data key="node-category">AGREEMENT</data><data key="node-date">2023-06</data><data key="node-sources">fixture-source</data></node>\n',
    );
  });
});

describe('N-Triples', () => {
  const base = 'https://example.org/amptp-kg/';
  const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
  const PROV = 'http://www.w3.org/ns/prov#';
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const S = 'https://schema.org/';

  it('writes sources, entities and relations, each relation direct and reified', () => {
    const lines = [...toNTriples(graph)];
    // 4 triples for the source; 5 for each entity, 7 for the guild (two alternate names); per
    // relation 5 plus one per date, end, role, qualifier and source: 6 + 6 + 10 + 9 + 11.
    expect(lines).toHaveLength(4 + 5 * 4 + 7 + 42);
    expect(lines.slice(0, 4)).toEqual([
      `<${base}source/fixture-source> <${RDF}type> <${S}CreativeWork> .\n`,
      `<${base}source/fixture-source> <http://purl.org/dc/terms/title> "A fixture source" .\n`,
      `<${base}source/fixture-source> <${S}url> <https://example.org/fixture> .\n`,
      `<${base}source/fixture-source> <http://purl.org/dc/terms/publisher> "Fixture Press" .\n`,
    ]);
    const guild = `<${base}entity/guild-of-producers>`;
    expect(lines.filter((line) => line.startsWith(`${guild} `))).toEqual([
      `${guild} <${RDF}type> <${base}vocab#Association> .\n`,
      `${guild} <http://www.w3.org/2000/01/rdf-schema#label> "Guild of Producers" .\n`,
      `${guild} <${S}name> "Guild of Producers" .\n`,
      `${guild} <${S}description> "A made-up association for tests." .\n`,
      `${guild} <${S}alternateName> "GOP" .\n`,
      `${guild} <${S}alternateName> "Producers Club" .\n`,
      `${guild} <${PROV}wasDerivedFrom> <${base}source/fixture-source> .\n`,
      // The direct triples, by relation key: negotiates, presided-by-ada, -grace, -grace-interim.
      `${guild} <${base}vocab#NEGOTIATES_WITH> <${base}entity/writers-union> .\n`,
      `${guild} <${base}vocab#PRESIDED_BY> <${base}entity/ada-lovelace> .\n`,
      `${guild} <${base}vocab#PRESIDED_BY> <${base}entity/grace-hopper> .\n`,
      `${guild} <${base}vocab#PRESIDED_BY> <${base}entity/grace-hopper> .\n`,
    ]);
    const interim = `<${base}relation/gop-presided-by-grace-interim>`;
    expect(lines.filter((line) => line.startsWith(`${interim} `))).toEqual([
      `${interim} <${RDF}type> <${RDF}Statement> .\n`,
      `${interim} <${RDF}subject> ${guild} .\n`,
      `${interim} <${RDF}predicate> <${base}vocab#PRESIDED_BY> .\n`,
      `${interim} <${RDF}object> <${base}entity/grace-hopper> .\n`,
      `${interim} <${base}vocab#since> "2009-03"^^<${XSD}gYearMonth> .\n`,
      `${interim} <${base}vocab#until> "2009-10"^^<${XSD}gYearMonth> .\n`,
      `${interim} <${base}vocab#ended> "true"^^<${XSD}boolean> .\n`,
      `${interim} <${base}vocab#role> "President" .\n`,
      `${interim} <${base}vocab#qualifier> "INTERIM" .\n`,
      `${interim} <${PROV}wasDerivedFrom> <${base}source/fixture-source> .\n`,
    ]);
    expect(lines).toContain(`<${base}relation/gop-presided-by-ada> <${base}vocab#since> "1982"^^<${XSD}gYear> .\n`);
  });

  it('types a whole day as xsd:date, escapes literals and takes another base', () => {
    const dated = toRelation({
      id: 'wu-member-of-gop',
      type: 'MEMBER_OF',
      from: 'writers-union',
      to: 'guild-of-producers',
      since: '2001-02-03' as PartialDate,
      citations: cite,
    });
    const quoted = toEntity({
      ...(graph.requireEntity('ada-lovelace') as EntityRecord),
      description: 'Said "hi"\\ then\nleft\r',
    } as EntityRecord);
    const next = graph.withEdit({ relations: [dated], entities: [quoted] }, 1);
    const other = [...toNTriples(next, 'urn:x:')];
    expect(other).toContain(`<urn:x:relation/wu-member-of-gop> <urn:x:vocab#since> "2001-02-03"^^<${XSD}date> .\n`);
    expect(other).toContain(`<urn:x:entity/ada-lovelace> <${S}description> "Said \\"hi\\"\\\\ then\\nleft\\r" .\n`);
    expect(iris('b/').entity('a b')).toBe('b/entity/a%20b');
    expect(iris('b/').relation('r/1')).toBe('b/relation/r%2F1');
    expect(iris('b/').source('s?')).toBe('b/source/s%3F');
    expect(iris().vocab('MEMBER_OF')).toBe(`${base}vocab#MEMBER_OF`);
  });
});

describe('graphology JSON', () => {
  it('reads back as the same records, through the data files’ validation', () => {
    const reading = fromGraphologyJson(toGraphologyJson(graph));
    expect(reading.problems).toEqual([]);
    const again = buildGraph(reading.records);
    expect(again.list()).toEqual(graph.list());
    expect(again.allRelations()).toEqual(graph.allRelations());
    expect(again.sources()).toEqual(graph.sources());
  });

  it('reports a bad record under the file name it is given', () => {
    const serialized = toGraphologyJson(graph);
    const broken = { ...serialized, edges: serialized.edges.map((edge) => ({ ...edge, target: 'nobody' })) };
    const reading = fromGraphologyJson(broken, 'mine.json');
    expect(reading.problems.length).toBe(5);
    expect(new Set(reading.problems.map((problem) => `${problem.file} ${problem.field}`))).toEqual(
      new Set(['mine.json to']),
    );
    expect(new Set(fromGraphologyJson(broken).problems.map((problem) => problem.file))).toEqual(
      new Set(['graphology.json']),
    );
    expect(fromGraphologyJson(null).problems).toEqual([]);
    expect(fromGraphologyJson(null).records).toEqual({ sources: [], entities: [], relations: [] });
  });
});

describe('records for writes', () => {
  it('leaves empty lists out of an entity', () => {
    expect(entityRecord(graph.requireEntity('ada-lovelace'))).toEqual({
      slug: 'ada-lovelace',
      kind: 'PERSON',
      name: 'Ada Lovelace',
      description: 'A made-up president for tests.',
      citations: cite,
    });
    expect(entityRecord(graph.requireEntity('guild-of-producers'))).toMatchObject({
      abbreviations: ['GOP'],
      formerNames: [{ name: 'Producers Club', abbreviation: 'PC', since: '1950', until: '1970' }],
    });
    expect(entityRecord(graph.requireEntity('guild-of-producers'))).not.toHaveProperty('aliases');
  });

  it('writes an unknown start or end as "unknown", and a one-time relation’s missing date not at all', () => {
    const record = (id: string) => relationRecord(graph.relation(id) as never);
    expect(record('gop-presided-by-grace')).toEqual({
      id: 'gop-presided-by-grace',
      type: 'PRESIDED_BY',
      from: 'guild-of-producers',
      to: 'grace-hopper',
      since: '2009-10',
      until: 'unknown',
      role: 'President',
      citations: cite,
    });
    expect(record('big-studio-member-of-gop')).toEqual({
      id: 'big-studio-member-of-gop',
      type: 'MEMBER_OF',
      from: 'big-studio',
      to: 'guild-of-producers',
      since: 'unknown',
      citations: cite,
    });
    expect(record('gop-presided-by-grace-interim')).toMatchObject({ until: '2009-10', qualifiers: ['INTERIM'] });
    const called = toRelation({ id: 'c', type: 'CALLED_BY', from: 'a', to: 'b', citations: cite });
    expect(relationRecord(called)).toEqual({ id: 'c', type: 'CALLED_BY', from: 'a', to: 'b', citations: cite });
  });
});
