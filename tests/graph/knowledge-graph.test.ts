/**
 * The read API of a graph version, before and after writes (tests/fixtures/small): counts, lists
 * in name order, relations by key, sources, citations and search see exactly the version asked
 * for. Expected values are the fixture's records, the records written, and orders worked out by
 * hand from their names and keys.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/graph/dataset-schema.js';
import { EntityNotFoundError } from '../../src/graph/errors.js';
import { certaintyFor, KnowledgeGraph, relationPredicate } from '../../src/graph/knowledge-graph.js';
import { loadDataset, toEntity, toRelation } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import type { Entity, Relation } from '../../src/graph/types.js';
import { entityRecord, SMALL_FIXTURE } from './fixture.js';

let graph: KnowledgeGraph;
let aaron: Entity;
let joined: Relation;
/** Version 1: a new source, person and membership; Big Studio renamed; Ada's presidency retracted. */
let next: KnowledgeGraph;
const d = (text: string) => text as PartialDate;
const cite = [{ source: 'fixture-source' }];
const slugs = (entities: readonly (Entity | null)[]) => entities.map((entity) => entity?.slug ?? null);
const ids = (relations: readonly { id: string }[]) => relations.map((relation) => relation.id);
const newSource = { id: 'new-source', title: 'New', url: 'https://example.org/new', publisher: 'N' };

// Built inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
beforeEach(() => {
  graph = loadDataset(SMALL_FIXTURE);
  aaron = toEntity({ slug: 'aaron', kind: 'PERSON', name: 'Aaron Zed', description: 'x', citations: cite });
  const zeta = toEntity({
    ...(graph.requireEntity('big-studio') as EntityRecord),
    name: 'Zeta Studio',
    citations: [{ source: 'new-source' }],
  } as EntityRecord);
  joined = toRelation({
    id: 'aaron-member-of-gop',
    type: 'MEMBER_OF',
    from: 'aaron',
    to: 'guild-of-producers',
    since: d('2001'),
    citations: [{ source: 'new-source' }],
  });
  next = graph.withEdit(
    { sources: [newSource], entities: [aaron, zeta], relations: [joined], retract: ['gop-presided-by-ada'] },
    1,
  );
});

describe('entities', () => {
  it('counts, finds and lists them by name, then slug', () => {
    expect(graph.entityCount).toBe(5);
    expect(slugs(graph.list())).toEqual([
      'ada-lovelace',
      'big-studio',
      'grace-hopper',
      'guild-of-producers',
      'writers-union',
    ]);
    expect(slugs(graph.list([]))).toEqual(slugs(graph.list()));
    expect(slugs(graph.list(['PERSON']))).toEqual(['ada-lovelace', 'grace-hopper']);
    expect(slugs(graph.list(['UNION', 'PERSON']))).toEqual(['ada-lovelace', 'grace-hopper', 'writers-union']);
    expect(graph.list(['STRIKE'])).toEqual([]);
    expect(slugs(graph.entities(['writers-union', 'nobody', 'ada-lovelace']))).toEqual([
      'writers-union',
      null,
      'ada-lovelace',
    ]);
    expect(graph.hasEntity('ada-lovelace')).toBe(true);
    expect(graph.hasEntity('aaron')).toBe(false);
    expect(() => graph.requireEntity('nobody')).toThrow(EntityNotFoundError);
  });

  it('after a write: a new entity counts once, a rewritten one moves to its new name', () => {
    expect(next.entityCount).toBe(6);
    expect(next.hasEntity('aaron')).toBe(true);
    expect(next.entity('big-studio')?.name).toBe('Zeta Studio');
    expect(slugs(next.list())).toEqual([
      'aaron',
      'ada-lovelace',
      'grace-hopper',
      'guild-of-producers',
      'writers-union',
      'big-studio',
    ]);
    // Asked twice: the second answer (kept from the first) is the same.
    for (let round = 0; round < 2; round++) {
      expect(slugs(next.list(['PERSON']))).toEqual(['aaron', 'ada-lovelace', 'grace-hopper']);
      expect(slugs(next.list(['STUDIO']))).toEqual(['big-studio']);
    }
    expect(slugs(next.list(['STUDIO', 'UNION']))).toEqual(['writers-union', 'big-studio']);
    expect(next.list(['AGENCY'])).toEqual([]);
    // Same-name entities are ordered by slug.
    const twin = toEntity({ ...(aaron as EntityRecord), slug: 'aaron-2' } as EntityRecord);
    const twins = next.withEdit({ entities: [twin] }, 2);
    expect(slugs(twins.list(['PERSON']))).toEqual(['aaron', 'aaron-2', 'ada-lovelace', 'grace-hopper']);
    expect(twins.entityCount).toBe(7);
    // The earlier versions are unchanged.
    expect(graph.entityCount).toBe(5);
    expect(graph.entity('big-studio')?.name).toBe('Big Studio');
  });
});

describe('relations', () => {
  it('counts live relations, finds them by key and keeps retracted ones apart', () => {
    expect(graph.relationCount).toBe(5);
    expect(next.relationCount).toBe(5);
    expect(next.relation('gop-presided-by-ada')).toBeNull();
    expect(next.retractedRelation('gop-presided-by-ada')).toBe(graph.relation('gop-presided-by-ada'));
    expect(graph.retractedRelation('gop-presided-by-ada')).toBeNull();
    expect(ids(next.retractedRelations())).toEqual(['gop-presided-by-ada']);
    expect(next.relationsById(['aaron-member-of-gop', 'nothing', 'gop-presided-by-ada'])).toEqual([joined, null, null]);
    expect(next.relationSpans('gop-presided-by-ada')).toBeNull();
    expect(ids(graph.allRelations())).toEqual([
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
      'gop-presided-by-ada',
      'gop-presided-by-grace',
      'gop-presided-by-grace-interim',
    ]);
    expect(ids(next.allRelations())).toEqual([
      'aaron-member-of-gop',
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
      'gop-presided-by-grace',
      'gop-presided-by-grace-interim',
    ]);
    // A relation added and then retracted leaves the count where it was; a rewrite adds none.
    const again = next.withEdit({ retract: ['aaron-member-of-gop'] }, 2);
    expect(again.relationCount).toBe(4);
    const ada = graph.relation('gop-presided-by-ada') as Relation;
    const rewritten = graph.withEdit({ relations: [{ ...ada, role: 'Chair' }] }, 1);
    expect(rewritten.relationCount).toBe(5);
    expect(rewritten.relation('gop-presided-by-ada')?.role).toBe('Chair');
  });

  it('lists an entity’s relations by type, start and key, either way, and filters them', () => {
    const keys = (version: KnowledgeGraph, slug: string, filter = {}) =>
      version.relationsOf(slug, filter).map((view) => `${view.direction} ${view.relation.id} ${view.other}`);
    expect(keys(graph, 'guild-of-producers')).toEqual([
      'INCOMING big-studio-member-of-gop big-studio',
      'OUTGOING gop-negotiates-with-writers writers-union',
      'OUTGOING gop-presided-by-ada ada-lovelace',
      'OUTGOING gop-presided-by-grace-interim grace-hopper',
      'OUTGOING gop-presided-by-grace grace-hopper',
    ]);
    expect(keys(graph, 'guild-of-producers', { direction: 'INCOMING' })).toEqual([
      'INCOMING big-studio-member-of-gop big-studio',
    ]);
    expect(keys(next, 'guild-of-producers', { types: ['MEMBER_OF'] })).toEqual([
      'INCOMING big-studio-member-of-gop big-studio',
      'INCOMING aaron-member-of-gop aaron',
    ]);
    expect(keys(next, 'aaron')).toEqual(['OUTGOING aaron-member-of-gop guild-of-producers']);
    expect(keys(next, 'ada-lovelace')).toEqual([]);
    expect(keys(next, 'guild-of-producers', { sources: ['new-source'] })).toEqual([
      'INCOMING aaron-member-of-gop aaron',
    ]);
    expect(keys(graph, 'guild-of-producers', { current: true })).toEqual([
      'INCOMING big-studio-member-of-gop big-studio',
      'OUTGOING gop-negotiates-with-writers writers-union',
    ]);
    expect(next.relationsOfMany(['aaron', 'nobody']).map((views) => views.length)).toEqual([1, 0]);
    expect(graph.relationsWith('guild-of-producers', 'grace-hopper').map((view) => view.relation.id)).toEqual([
      'gop-presided-by-grace-interim',
      'gop-presided-by-grace',
    ]);
    expect(graph.relationsWith('grace-hopper', 'ada-lovelace')).toEqual([]);
    expect(graph.isHub('guild-of-producers')).toBe(false);
  });

  it('filters by date: asOf, during, and only what is sure', () => {
    const at = (filter: object) => graph.relationsOf('guild-of-producers', filter).map((view) => view.relation.id);
    // Ada until 2009-03, Grace interim 2009-03 to 2009-10, Grace from 2009-10; the membership and
    // the negotiation have no known start, so may hold at any date of the guild's life (from 1950).
    expect(at({ types: ['PRESIDED_BY'], asOf: d('2009-03') })).toEqual([
      'gop-presided-by-ada',
      'gop-presided-by-grace-interim',
    ]);
    expect(at({ types: ['PRESIDED_BY'], asOf: d('2009-04') })).toEqual(['gop-presided-by-grace-interim']);
    expect(at({ types: ['PRESIDED_BY'], during: { from: d('2009-11'), to: d('2010') } })).toEqual([
      'gop-presided-by-grace',
    ]);
    expect(at({ types: ['PRESIDED_BY'], during: { to: d('1981') } })).toEqual([]);
    expect(at({ asOf: d('1949') })).toEqual([]);
    expect(at({ asOf: d('1990'), certainOnly: true })).toEqual(['gop-presided-by-ada']);
    expect(at({ asOf: d('1990') })).toEqual([
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
      'gop-presided-by-ada',
    ]);
    // certainOnly without a date filters nothing.
    expect(at({ certainOnly: true })).toHaveLength(5);
  });

  it('says how surely a relation holds at the dates a filter names', () => {
    const ada = graph.relationsOf('ada-lovelace')[0];
    if (!ada) throw new Error('Ada has a presidency in the fixture');
    expect(certaintyFor(ada, {})).toBeNull();
    expect(certaintyFor(ada, { asOf: d('1990') })).toBe('CERTAIN');
    expect(certaintyFor(ada, { asOf: d('1975') })).toBeNull();
    expect(certaintyFor(ada, { during: { from: d('2000'), to: d('2020') } })).toBe('CERTAIN');
    expect(certaintyFor(ada, { asOf: d('1990'), during: { from: d('2010') } })).toBeNull();
    const member = graph.relationsOf('big-studio')[0];
    if (!member) throw new Error('Big Studio has a membership in the fixture');
    expect(certaintyFor(member, { asOf: d('1990') })).toBe('POSSIBLE');
    expect(certaintyFor(member, { asOf: d('1990'), during: { from: d('1985'), to: d('1995') } })).toBe('POSSIBLE');
    expect(relationPredicate({ asOf: d('1990'), certainOnly: true })(member)).toBe(false);
    expect(relationPredicate({ types: [] })(member)).toBe(true);
    expect(relationPredicate({ sources: [] })(member)).toBe(true);
    expect(relationPredicate({ sources: ['other'] })(member)).toBe(false);
    expect(relationPredicate({ current: false })(ada)).toBe(true);
  });
});

describe('sources and citations', () => {
  it('lists sources by key, and what cites one, in this version', () => {
    expect(graph.sources().map((source) => source.id)).toEqual(['fixture-source']);
    expect(next.sources().map((source) => source.id)).toEqual(['fixture-source', 'new-source']);
    expect(next.source('new-source')).toEqual(newSource);
    expect(graph.source('new-source')).toBeNull();
    const base = graph.citing('fixture-source');
    expect(slugs(base.entities)).toEqual([
      'ada-lovelace',
      'big-studio',
      'grace-hopper',
      'guild-of-producers',
      'writers-union',
    ]);
    expect(ids(base.relations)).toEqual(ids(graph.allRelations()));
    // Big Studio now cites only the new source; Aaron cites the fixture's; Ada's presidency is gone.
    const cited = next.citing('fixture-source');
    expect(slugs(cited.entities)).toEqual([
      'aaron',
      'ada-lovelace',
      'grace-hopper',
      'guild-of-producers',
      'writers-union',
    ]);
    expect(ids(cited.relations)).toEqual([
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
      'gop-presided-by-grace',
      'gop-presided-by-grace-interim',
    ]);
    expect(next.citing('fixture-source')).toBe(cited);
    const fresh = next.citing('new-source');
    expect([slugs(fresh.entities), ids(fresh.relations)]).toEqual([['big-studio'], ['aaron-member-of-gop']]);
    expect(graph.citing('nothing')).toEqual({ entities: [], relations: [] });
    expect(next.citing('nothing')).toEqual({ entities: [], relations: [] });
  });
});

describe('search in a written version', () => {
  it('finds new and renamed entities, no longer by an old name, ranked across both indexes', () => {
    const found = (version: KnowledgeGraph, text: string, options = {}) =>
      version.search(text, options).map((hit) => [hit.entity.slug, hit.score]);
    expect(found(next, 'aaron zed')).toEqual([['aaron', 1]]);
    expect(found(next, 'zeta studio')).toEqual([['big-studio', 1]]);
    expect(found(graph, 'big studio')).toEqual([['big-studio', 1]]);
    expect(found(next, 'big studio')).toEqual([]);
    // "a" begins Aaron (0.8 + 0.1 × 1/9 = 0.811) and Ada (0.8 + 0.1 × 1/12 = 0.808); "America"
    // is nowhere here. The new entity comes first, from the delta's index.
    expect(found(next, 'a')).toEqual([
      ['aaron', 0.811],
      ['ada-lovelace', 0.808],
    ]);
    expect(found(next, 'a', { first: 1 })).toEqual([['aaron', 0.811]]);
    expect(found(next, 'a', { kinds: ['UNION'] })).toEqual([]);
  });

  it('returns ten hits by default across both indexes', () => {
    const people = Array.from({ length: 12 }, (_, n) =>
      toEntity({ slug: `p${n}`, kind: 'PERSON', name: `Pat ${n}`, description: 'x', citations: cite }),
    );
    const half = graph.withEdit({ entities: people.slice(0, 6) }, 1).withEdit({ entities: people.slice(6) }, 2);
    expect(half.search('pat')).toHaveLength(10);
    expect(half.search('pat', { first: 12 })).toHaveLength(12);
  });
});

describe('orders and figures kept across writes', () => {
  const member = (id: string, extra: Record<string, unknown> = {}) =>
    toRelation({
      id,
      type: 'MEMBER_OF',
      from: 'writers-union',
      to: 'guild-of-producers',
      citations: cite,
      ...extra,
    } as Parameters<typeof toRelation>[0]);
  /** The one source the hand-made graphs below cite (entityRecord's citations name it). */
  const sourceS = { id: 's', title: 'S', url: 'https://example.org/s', publisher: 'P' };

  it('lists relations of one type and start by key, whatever the order written', () => {
    const next = graph.withEdit({ relations: [member('writers-member-z'), member('writers-member-a')] }, 1);
    expect(ids(next.relationsOf('writers-union', { types: ['MEMBER_OF'] }).map((view) => view.relation))).toEqual([
      'writers-member-a',
      'writers-member-z',
    ]);
  });

  it('lists an entity’s relations by type, then start (undated first), then key, however the records come', () => {
    const entities = [
      entityRecord('a', 'UNION', 'A'),
      entityRecord('b', 'ASSOCIATION', 'B'),
      entityRecord('c', 'COMPANY', 'C'),
    ];
    const relation = (id: string, type: string, from: string, to: string, since?: string) =>
      toRelation({ id, type, from, to, citations: [{ source: 's' }], ...(since && { since }) } as Parameters<
        typeof toRelation
      >[0]);
    // In key order, which is neither type nor date order.
    const relations = [
      relation('r1', 'MEMBER_OF', 'a', 'b', '2005'),
      relation('r2', 'MEMBER_OF', 'a', 'b', '1999'),
      relation('r3', 'MEMBER_OF', 'a', 'c', 'unknown'),
      relation('r4', 'AFFILIATED_WITH', 'c', 'a', '2010'),
      relation('r5', 'NEGOTIATES_WITH', 'a', 'c', '1950'),
      relation('r6', 'MEMBER_OF', 'a', 'c', '1999'),
      relation('r7', 'AFFILIATED_WITH', 'a', 'b', '2011'),
    ];
    const expected = ['r4', 'r7', 'r3', 'r2', 'r6', 'r1', 'r5'];
    const order = (records: Relation[]) =>
      ids(
        KnowledgeGraph.fromRecords({ entities, relations: records, sources: [sourceS] })
          .relationsOf('a')
          .map((view) => view.relation),
      );
    expect(order(relations)).toEqual(expected);
    expect(order([...relations].reverse())).toEqual(expected);
  });

  it('raises the longest-list figures with what a write brings', () => {
    // The fixture: the guild has 5 relations, every record 1 citation, dated presidencies (2 entities an entry).
    expect(graph.longestLists).toEqual({ related: 5, citations: 1, timelineEntities: 2 });
    const three = [
      { source: 'fixture-source' },
      { source: 'fixture-source', section: 'Two' },
      { source: 'new-source' },
    ];
    expect(graph.withEdit({ entities: [{ ...aaron, citations: three }] }, 1).longestLists.citations).toBe(3);
    expect(graph.withEdit({ relations: [member('m', { citations: three.slice(0, 2) })] }, 1).longestLists).toEqual({
      related: 6,
      citations: 2,
      timelineEntities: 2,
    });
  });

  it('counts two entities a timeline entry once a relation can give one', () => {
    const entities = [entityRecord('a', 'UNION', 'A'), entityRecord('b', 'ASSOCIATION', 'B')];
    const records = (relation: Record<string, unknown>) => ({
      entities,
      relations: [
        toRelation({
          id: 'r',
          type: 'MEMBER_OF',
          from: 'a',
          to: 'b',
          citations: [{ source: 's' }],
          ...relation,
        } as Parameters<typeof toRelation>[0]),
      ],
      sources: [sourceS],
    });
    // An undated membership gives no entry; one with only its end gives "left".
    const undated = KnowledgeGraph.fromRecords(records({}));
    expect(undated.longestLists.timelineEntities).toBe(1);
    expect(KnowledgeGraph.fromRecords(records({ until: d('2001') })).longestLists.timelineEntities).toBe(2);
    // A written relation may give one.
    expect(
      undated.withEdit(
        { relations: [toRelation({ id: 'q', type: 'MEMBER_OF', from: 'b', to: 'a', citations: [{ source: 's' }] })] },
        1,
      ).longestLists.timelineEntities,
    ).toBe(2);
  });

  it('calls an entity a hub from 256 relations', () => {
    // The union has one relation in the fixture (the guild negotiates with it).
    const withMemberships = (count: number) =>
      graph.withEdit({ relations: Array.from({ length: count }, (_, index) => member(`m-${index}`)) }, 1);
    expect(withMemberships(255).isHub('writers-union')).toBe(true);
    expect(withMemberships(254).isHub('writers-union')).toBe(false);
    // Every one of them joins the union to the guild: the 255 memberships and the negotiation.
    expect(withMemberships(255).relationsWith('writers-union', 'guild-of-producers')).toHaveLength(256);
  });

  it('lists retracted relations by key, whatever the order retracted', () => {
    const next = graph.withEdit({ retract: ['gop-presided-by-grace', 'gop-presided-by-ada'] }, 1);
    expect(ids(next.retractedRelations())).toEqual(['gop-presided-by-ada', 'gop-presided-by-grace']);
  });

  it('finds written entities and relations citing a source, in name and key order', () => {
    const person = (slug: string, name: string, citations: { source: string }[]) =>
      toEntity({ slug, kind: 'PERSON', name, description: 'x', citations });
    const entitiesOnly = graph.withEdit(
      {
        sources: [newSource],
        entities: [
          person('zoe', 'Zoe Zed', [{ source: 'new-source' }, { source: 'fixture-source' }]),
          person('abe', 'Abe Able', cite),
          person('other', 'Other One', [{ source: 'new-source' }]),
        ],
      },
      1,
    );
    expect(entitiesOnly.citing('fixture-source').entities.map((entity) => entity.name)).toEqual([
      'Abe Able',
      'Ada Lovelace',
      'Big Studio',
      'Grace Hopper',
      'Guild of Producers',
      'Writers Union',
      'Zoe Zed',
    ]);
    const relationOnly = graph.withEdit({ relations: [member('a-member')] }, 1);
    expect(ids(relationOnly.citing('fixture-source').relations)).toEqual([
      'a-member',
      'big-studio-member-of-gop',
      'gop-negotiates-with-writers',
      'gop-presided-by-ada',
      'gop-presided-by-grace',
      'gop-presided-by-grace-interim',
    ]);
  });
});

describe('further details', () => {
  it('ranks written entities of one name by slug, whatever the order written', () => {
    const person = (slug: string) =>
      toEntity({ slug, kind: 'PERSON', name: 'Twin Same', description: 'x', citations: cite });
    const twins = graph.withEdit({ entities: [person('twin-b'), person('twin-a')] }, 1);
    const hits = twins.search('Twin Same');
    expect(hits.map((hit) => hit.entity.slug)).toEqual(['twin-a', 'twin-b']);
    expect(hits.map((hit) => hit.score)).toEqual([1, 1]);
  });

  it('keeps only what is sure during an interval when asked for certainOnly with no asOf', () => {
    const during = { from: d('1985'), to: d('1995') };
    const at = (filter: object) => graph.relationsOf('guild-of-producers', filter).map((view) => view.relation.id);
    // Ada presided from 1982 to 2009-03: surely over all of 1985 to 1995. The membership and the
    // negotiation have no known start, so only may hold then.
    expect(at({ during })).toEqual(['big-studio-member-of-gop', 'gop-negotiates-with-writers', 'gop-presided-by-ada']);
    expect(at({ during, certainOnly: true })).toEqual(['gop-presided-by-ada']);
  });
});
