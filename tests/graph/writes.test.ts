/**
 * Writes through the graph module (src/graph/writes.ts) on tests/fixtures/small: what each
 * operation makes, and which fields a refused write names. Expected records are the inputs sent
 * and the fixture's own records.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { WriteRejectedError } from '../../src/graph/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset } from '../../src/graph/load.js';
import { shortestPath } from '../../src/graph/traversal.js';
import { applyWrite, planWrite, type WriteRequest, writtenRecord } from '../../src/graph/writes.js';
import { SMALL_FIXTURE } from './fixture.js';

let graph: KnowledgeGraph;
// Built inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
beforeEach(() => {
  graph = loadDataset(SMALL_FIXTURE);
});
const cite = [{ source: 'fixture-source' }];

/** The fields a refused write names, in order; fails the test when the write is accepted. */
function refusedFields(version: KnowledgeGraph, write: WriteRequest): string[] {
  try {
    planWrite(version, write);
  } catch (error) {
    expect(error).toBeInstanceOf(WriteRejectedError);
    return (error as WriteRejectedError).problems.map((problem) => problem.field);
  }
  throw new Error('the write was accepted');
}

const write = (operation: WriteRequest['operation'], key: string, payload: Record<string, unknown> = {}) =>
  ({ operation, key, payload }) as WriteRequest;

describe('sources', () => {
  const press = { title: 'Press', url: 'https://example.org/press', publisher: 'Press Co' };

  it('adds a source under its key', () => {
    const next = applyWrite(graph, write('ADD_SOURCE', 'press', press), 1);
    expect(next.source('press')).toEqual({ id: 'press', ...press });
    expect(writtenRecord(next, write('ADD_SOURCE', 'press'))).toEqual({ id: 'press', ...press });
    expect(next.version).toBe(1);
    expect(graph.source('press')).toBeNull();
  });

  it('refuses a key in use and an invalid record, naming the fields', () => {
    expect(refusedFields(graph, write('ADD_SOURCE', 'fixture-source', press))).toEqual(['key']);
    expect(refusedFields(graph, write('ADD_SOURCE', 'press', { ...press, url: 'not a url' }))).toEqual(['url']);
    // A key that is no slug is the record's id: the API calls it `key`.
    expect(refusedFields(graph, write('ADD_SOURCE', 'Bad Key', press))).toEqual(['key']);
    expect(refusedFields(graph, write('ADD_SOURCE', 'fixture-source', { ...press, title: ' ' }))).toEqual([
      'title',
      'key',
    ]);
  });
});

describe('entities', () => {
  const person = { kind: 'PERSON', name: 'Jane Roe', description: 'A person the tests add.', citations: cite };

  it('adds an entity under its slug, with empty lists', () => {
    const next = applyWrite(graph, write('ADD_ENTITY', 'jane-roe', person), 1);
    expect(next.entity('jane-roe')).toEqual({
      slug: 'jane-roe',
      ...person,
      abbreviations: [],
      aliases: [],
      formerNames: [],
    });
    expect(writtenRecord(next, write('UPDATE_ENTITY', 'jane-roe'))).toBe(next.entity('jane-roe'));
    expect(writtenRecord(next, write('ADD_ENTITY', 'jane-roe'))).toBe(next.entity('jane-roe'));
  });

  it('refuses a slug in use, an unknown source and an invalid record, every problem at once', () => {
    expect(refusedFields(graph, write('ADD_ENTITY', 'ada-lovelace', person))).toEqual(['slug']);
    // Citations of the wrong shape: the schema names them, once, and nothing else breaks.
    expect(refusedFields(graph, write('ADD_ENTITY', 'jane-roe', { ...person, citations: 'nope' }))).toEqual([
      'citations',
    ]);
    expect(refusedFields(graph, write('ADD_ENTITY', 'jane-roe', { ...person, citations: [null] }))).toEqual([
      'citations[0]',
    ]);
    expect(
      refusedFields(graph, write('ADD_ENTITY', 'jane-roe', { ...person, name: '', citations: [{ source: 5 }] })),
    ).toEqual(['name', 'citations[0].source']);
    expect(
      refusedFields(graph, write('ADD_ENTITY', 'jane-roe', { ...person, citations: [{ source: 'nowhere' }] })),
    ).toEqual(['citations[0].source']);
    // The schema refuses the empty name; the unknown source is still reported beside it.
    expect(
      refusedFields(
        graph,
        write('ADD_ENTITY', 'jane-roe', { ...person, name: '', citations: [...cite, { source: 'nowhere' }] }),
      ),
    ).toEqual(['name', 'citations[1].source']);
    expect(refusedFields(graph, write('ADD_ENTITY', 'ada-lovelace', { ...person, name: '' }))).toEqual([
      'slug',
      'name',
    ]);
    // Dates out of order are checked after the schema.
    expect(
      refusedFields(
        graph,
        write('ADD_ENTITY', 'short-union', { ...person, kind: 'UNION', founded: '2000', dissolved: '1999' }),
      ),
    ).toEqual(['founded']);
  });

  it('updates the fields given, clears those given as null, and keeps the rest', () => {
    const guild = graph.requireEntity('guild-of-producers');
    const next = applyWrite(
      graph,
      write('UPDATE_ENTITY', 'guild-of-producers', {
        description: 'Rewritten.',
        abbreviations: null,
        founded: undefined,
        kind: 'ASSOCIATION',
        slug: 'guild-of-producers',
      }),
      1,
    );
    expect(next.entity('guild-of-producers')).toEqual({ ...guild, description: 'Rewritten.', abbreviations: [] });
    expect(graph.entity('guild-of-producers')).toBe(guild);
  });

  it('refuses an update of an unknown entity, or one that changes its slug or kind', () => {
    expect(refusedFields(graph, write('UPDATE_ENTITY', 'nobody', { description: 'x' }))).toEqual(['slug']);
    expect(refusedFields(graph, write('UPDATE_ENTITY', 'ada-lovelace', { kind: 'UNION' }))).toEqual(['kind']);
    expect(refusedFields(graph, write('UPDATE_ENTITY', 'ada-lovelace', { slug: 'ada' }))).toEqual(['slug']);
    // A person takes no founding date (the schema), and a bad source is named beside it.
    expect(
      refusedFields(
        graph,
        write('UPDATE_ENTITY', 'ada-lovelace', { founded: '1900', citations: [{ source: 'nowhere' }] }),
      ),
    ).toEqual(['input', 'citations[0].source']);
  });
});

describe('relations', () => {
  const membership = {
    type: 'MEMBER_OF',
    from: 'writers-union',
    to: 'guild-of-producers',
    since: '2001',
    citations: cite,
  };

  it('walks paths through entities and relations added since the load', () => {
    const person = (name: string) => ({
      kind: 'PERSON',
      name,
      description: 'A person the tests add.',
      citations: cite,
    });
    let next = applyWrite(graph, write('ADD_ENTITY', 'jane-roe', person('Jane Roe')), 1);
    next = applyWrite(next, write('ADD_ENTITY', 'john-doe', person('John Doe')), 2);
    next = applyWrite(
      next,
      write('ADD_RELATION', 'jane-in-wu', { ...membership, from: 'jane-roe', to: 'writers-union' }),
      3,
    );
    next = applyWrite(
      next,
      write('ADD_RELATION', 'john-in-jane', { ...membership, from: 'john-doe', to: 'jane-roe' }),
      4,
    );
    expect(shortestPath(next, 'john-doe', 'writers-union').path?.entities).toEqual([
      'john-doe',
      'jane-roe',
      'writers-union',
    ]);
  });

  it('adds a relation under its key', () => {
    const next = applyWrite(graph, write('ADD_RELATION', 'wu-member-of-gop', membership), 1);
    expect(next.relation('wu-member-of-gop')).toEqual({
      id: 'wu-member-of-gop',
      type: 'MEMBER_OF',
      from: 'writers-union',
      to: 'guild-of-producers',
      since: '2001',
      until: null,
      ended: false,
      role: null,
      qualifiers: [],
      citations: cite,
    });
    expect(writtenRecord(next, write('ADD_RELATION', 'wu-member-of-gop'))).toBe(next.relation('wu-member-of-gop'));
    expect(writtenRecord(next, write('UPDATE_RELATION', 'wu-member-of-gop'))).toBe(next.relation('wu-member-of-gop'));
  });

  it('refuses a key in use or once used, unknown endpoints, a loop, and reports them all', () => {
    expect(refusedFields(graph, write('ADD_RELATION', 'gop-presided-by-ada', membership))).toEqual(['key']);
    const retracted = applyWrite(graph, write('RETRACT_RELATION', 'gop-presided-by-ada'), 1);
    expect(refusedFields(retracted, write('ADD_RELATION', 'gop-presided-by-ada', membership))).toEqual(['key']);
    expect(refusedFields(graph, write('ADD_RELATION', 'r', { ...membership, from: 'nobody', to: 'no-one' }))).toEqual([
      'from',
      'to',
    ]);
    expect(refusedFields(graph, write('ADD_RELATION', 'r', { ...membership, to: 'writers-union' }))).toEqual(['to']);
    // An endpoint that is no slug at all: the schema names it, once.
    expect(refusedFields(graph, write('ADD_RELATION', 'r', { ...membership, from: 5 }))).toEqual(['from']);
    // Dates out of order name the start; a start on the end's last day is in order.
    expect(
      refusedFields(graph, write('ADD_RELATION', 'r', { ...membership, since: '2001-01-01', until: '2000-12-31' })),
    ).toEqual(['since']);
    expect(planWrite(graph, write('ADD_RELATION', 'r', { ...membership, since: '2000-12-31', until: '2000' }))).toEqual(
      { relations: [expect.objectContaining({ since: '2000-12-31', until: '2000' })] },
    );
    // The schema refuses the type; the unknown endpoint is named too.
    expect(refusedFields(graph, write('ADD_RELATION', 'r', { ...membership, type: 'LIKES', to: 'no-one' }))).toEqual([
      'type',
      'to',
    ]);
  });

  it('updates a relation: a given end, a cleared role, the rest kept', () => {
    const next = applyWrite(
      graph,
      write('UPDATE_RELATION', 'gop-presided-by-grace', { until: '2020', role: null, type: 'PRESIDED_BY' }),
      1,
    );
    expect(next.relation('gop-presided-by-grace')).toEqual({
      id: 'gop-presided-by-grace',
      type: 'PRESIDED_BY',
      from: 'guild-of-producers',
      to: 'grace-hopper',
      since: '2009-10',
      until: '2020',
      ended: true,
      role: null,
      qualifiers: [],
      citations: cite,
    });
    // An end recorded as unknown stays unknown through an update of another field.
    const described = applyWrite(graph, write('UPDATE_RELATION', 'gop-presided-by-grace', { role: 'Chair' }), 1);
    expect(described.relation('gop-presided-by-grace')).toMatchObject({ until: null, ended: true, role: 'Chair' });
  });

  it('refuses an update of an unknown or retracted relation, or one that changes its identity', () => {
    expect(refusedFields(graph, write('UPDATE_RELATION', 'nothing', { role: 'x' }))).toEqual(['key']);
    const retracted = applyWrite(graph, write('RETRACT_RELATION', 'gop-presided-by-ada'), 1);
    expect(refusedFields(retracted, write('UPDATE_RELATION', 'gop-presided-by-ada', { role: 'x' }))).toEqual(['key']);
    for (const [field, value] of [
      ['type', 'MEMBER_OF'],
      ['from', 'writers-union'],
      ['to', 'ada-lovelace'],
      ['id', 'other'],
    ]) {
      expect(
        refusedFields(graph, write('UPDATE_RELATION', 'gop-presided-by-grace', { [field as string]: value })),
      ).toEqual([field === 'id' ? 'key' : field]);
    }
  });

  it('retracts a relation once; its key stays known as retracted', () => {
    const next = applyWrite(graph, write('RETRACT_RELATION', 'gop-presided-by-ada'), 1);
    expect(next.relation('gop-presided-by-ada')).toBeNull();
    expect(writtenRecord(next, write('RETRACT_RELATION', 'gop-presided-by-ada'))).toEqual(
      graph.relation('gop-presided-by-ada'),
    );
    expect(refusedFields(next, write('RETRACT_RELATION', 'gop-presided-by-ada'))).toEqual(['key']);
    expect(refusedFields(graph, write('RETRACT_RELATION', 'nothing'))).toEqual(['key']);
    expect(planWrite(graph, write('RETRACT_RELATION', 'gop-presided-by-ada'))).toEqual({
      retract: ['gop-presided-by-ada'],
    });
  });
});
