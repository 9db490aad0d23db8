/**
 * The timeline through the graph module's API, on tests/fixtures/small, whose dated facts are:
 * the Guild of Producers founded in 1950 (called the Producers Club from 1950 to 1970); Ada
 * Lovelace its president from 1982 until 2009-03; Grace Hopper interim president from 2009-03
 * until 2009-10, then president from 2009-10. The other relations have no dates, so no entries.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord } from '../../src/graph/dataset-schema.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset, toEntity, toRelation } from '../../src/graph/load.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import { entityItems, RelationEntry, relationItems, type TimelineEntry } from '../../src/graph/timeline.js';
import type { Entity, Interval, Relation } from '../../src/graph/types.js';
import { brokenFixture, entityRecord, SMALL_FIXTURE } from './fixture.js';

let graph: KnowledgeGraph;
// Built inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
beforeEach(() => {
  graph = loadDataset(SMALL_FIXTURE);
});
const d = (text: string) => text as PartialDate;

const FOUNDED = '1950 FOUNDED Producers Club was founded';
const ADA_BEGAN = '1982 RELATION_BEGAN Ada Lovelace became president of Guild of Producers';
const ADA_ENDED = "2009-03 RELATION_ENDED Ada Lovelace's term as president of Guild of Producers ended";
const INTERIM_BEGAN = '2009-03 RELATION_BEGAN Grace Hopper became interim president of Guild of Producers';
const GRACE_BEGAN = '2009-10 RELATION_BEGAN Grace Hopper became president of Guild of Producers';
const INTERIM_ENDED = "2009-10 RELATION_ENDED Grace Hopper's term as president of Guild of Producers ended";

const lines = (version: KnowledgeGraph = graph, interval: Interval = {}, involving: string[] | null = null) =>
  version.timeline(interval, involving).map((entry) => `${entry.date} ${entry.kind} ${entry.title}`);

describe('timeline of the small fixture', () => {
  it('lists every dated fact in time order, naming the guild as it was called then', () => {
    // Same date: entries keep the order of their relations' keys ("gop-presided-by-ada" before
    // "gop-presided-by-grace" before "gop-presided-by-grace-interim").
    expect(lines()).toEqual([FOUNDED, ADA_BEGAN, ADA_ENDED, INTERIM_BEGAN, GRACE_BEGAN, INTERIM_ENDED]);
  });

  it('gives each entry the entities it concerns, its relation and its citations', () => {
    const [founded, began] = graph.timeline();
    expect(founded?.entities).toEqual(['guild-of-producers']);
    expect(founded?.relation).toBeNull();
    expect(founded?.citations).toEqual([{ source: 'fixture-source', section: 'One' }]);
    expect(began?.entities).toEqual(['guild-of-producers', 'ada-lovelace']);
    expect(began?.relation?.id).toBe('gop-presided-by-ada');
    expect(began?.citations).toEqual([{ source: 'fixture-source' }]);
  });

  it('keeps entries whose date overlaps the interval, at both edges', () => {
    expect(lines(graph, { from: d('2009'), to: d('2009') })).toEqual([
      ADA_ENDED,
      INTERIM_BEGAN,
      GRACE_BEGAN,
      INTERIM_ENDED,
    ]);
    expect(lines(graph, { from: d('2009-04'), to: d('2009-09') })).toEqual([]);
    // 2009-03 ends on 2009-03-31; 2009-10 begins on 2009-10-01.
    expect(lines(graph, { from: d('2009-03-31'), to: d('2009-10-01') })).toEqual([
      ADA_ENDED,
      INTERIM_BEGAN,
      GRACE_BEGAN,
      INTERIM_ENDED,
    ]);
    expect(lines(graph, { from: d('2009-04-01'), to: d('2009-09-30') })).toEqual([]);
    expect(lines(graph, { to: d('2009-03-01') })).toEqual([FOUNDED, ADA_BEGAN, ADA_ENDED, INTERIM_BEGAN]);
    expect(lines(graph, { to: d('2009-02-28') })).toEqual([FOUNDED, ADA_BEGAN]);
    expect(lines(graph, { from: d('2009-10-01'), to: d('2009-10-01') })).toEqual([GRACE_BEGAN, INTERIM_ENDED]);
    expect(lines(graph, { from: d('2009-11') })).toEqual([]);
    // A year-long date reaches an interval on its last day.
    expect(lines(graph, { from: d('1982-12-31'), to: d('1982-12-31') })).toEqual([ADA_BEGAN]);
    expect(lines(graph, { from: d('1950-12-31'), to: d('1982-01-01') })).toEqual([FOUNDED, ADA_BEGAN]);
  });

  it('keeps entries concerning any entity of `involving`, within the interval', () => {
    expect(lines(graph, {}, ['ada-lovelace'])).toEqual([ADA_BEGAN, ADA_ENDED]);
    expect(lines(graph, {}, ['grace-hopper'])).toEqual([INTERIM_BEGAN, GRACE_BEGAN, INTERIM_ENDED]);
    // Grace first in the list asked for; the answer is still in time order.
    expect(lines(graph, {}, ['grace-hopper', 'ada-lovelace'])).toEqual([
      ADA_BEGAN,
      ADA_ENDED,
      INTERIM_BEGAN,
      GRACE_BEGAN,
      INTERIM_ENDED,
    ]);
    expect(lines(graph, { from: d('2009') }, ['ada-lovelace'])).toEqual([ADA_ENDED]);
    expect(lines(graph, { to: d('2009-02') }, ['grace-hopper'])).toEqual([]);
    expect(lines(graph, {}, ['big-studio'])).toEqual([]);
    expect(lines(graph, {}, [])).toEqual([]);
  });
});

describe('timeline after writes', () => {
  const successor = () =>
    toRelation({
      id: 'gop-presided-by-ada-again',
      type: 'PRESIDED_BY',
      from: 'guild-of-producers',
      to: 'ada-lovelace',
      since: d('2015-06'),
      citations: [{ source: 'fixture-source' }],
    });
  const ADA_AGAIN = '2015-06 RELATION_BEGAN Ada Lovelace became president of Guild of Producers';

  it('adds a written relation’s entries in time order, with and without `involving`', () => {
    const next = graph.withEdit({ relations: [successor()] }, 1);
    expect(lines(next)).toEqual([FOUNDED, ADA_BEGAN, ADA_ENDED, INTERIM_BEGAN, GRACE_BEGAN, INTERIM_ENDED, ADA_AGAIN]);
    expect(lines(next, {}, ['ada-lovelace'])).toEqual([ADA_BEGAN, ADA_ENDED, ADA_AGAIN]);
    expect(lines(next, {}, ['grace-hopper'])).toEqual([INTERIM_BEGAN, GRACE_BEGAN, INTERIM_ENDED]);
    expect(lines(next, { from: d('2015-06-30'), to: d('2015-06-30') })).toEqual([ADA_AGAIN]);
    expect(lines(next, { from: d('2015-07-01') })).toEqual([]);
    expect(lines(next, { to: d('2015-05-31'), from: d('2010') })).toEqual([]);
    // The version it was written on is unchanged.
    expect(lines()).toHaveLength(6);
  });

  /** Writers Union joins Guild of Producers, from `since`. */
  const member = (id: string, since: string) =>
    toRelation({
      id,
      type: 'MEMBER_OF',
      from: 'writers-union',
      to: 'guild-of-producers',
      since: d(since),
      citations: [{ source: 'fixture-source' }],
    });

  it('places written entries among the existing ones: a shorter span first, the existing first on a tie', () => {
    // By key "a-2009" comes first; by time 2009-01 (ending on 2009-01-31) comes before 2009.
    const next = graph.withEdit(
      { relations: [member('a-2009', '2009'), member('b-2009-01', '2009-01'), member('c-2009-03', '2009-03')] },
      1,
    );
    expect(lines(next, { from: d('2009'), to: d('2009') })).toEqual([
      '2009-01 RELATION_BEGAN Writers Union joined Guild of Producers',
      '2009 RELATION_BEGAN Writers Union joined Guild of Producers',
      ADA_ENDED,
      INTERIM_BEGAN,
      '2009-03 RELATION_BEGAN Writers Union joined Guild of Producers',
      GRACE_BEGAN,
      INTERIM_ENDED,
    ]);
  });

  it('drops a retracted relation’s entries, and a rewritten one’s old dates', () => {
    const retracted = graph.withEdit({ retract: ['gop-presided-by-ada'] }, 1);
    expect(lines(retracted)).toEqual([FOUNDED, INTERIM_BEGAN, GRACE_BEGAN, INTERIM_ENDED]);
    const ada = graph.relation('gop-presided-by-ada') as Relation;
    const moved = graph.withEdit({ relations: [{ ...ada, since: d('1983') }] }, 1);
    expect(lines(moved, {}, ['ada-lovelace'])).toEqual([ADA_BEGAN.replace('1982', '1983'), ADA_ENDED]);
  });

  it('names entities as the written version calls them, and adds a written dissolution', () => {
    const guild = graph.requireEntity('guild-of-producers');
    const renamed = toEntity({
      ...(guild as EntityRecord),
      name: 'Producers Guild',
      dissolved: d('2012'),
    } as EntityRecord);
    const next = graph.withEdit({ entities: [renamed] }, 1);
    expect(lines(next)).toEqual([
      FOUNDED,
      ADA_BEGAN.replace('Guild of Producers', 'Producers Guild'),
      ADA_ENDED.replace('Guild of Producers', 'Producers Guild'),
      INTERIM_BEGAN.replace('Guild of Producers', 'Producers Guild'),
      GRACE_BEGAN.replace('Guild of Producers', 'Producers Guild'),
      INTERIM_ENDED.replace('Guild of Producers', 'Producers Guild'),
      '2012 DISSOLVED Producers Guild was dissolved',
    ]);
    expect(lines(next, {}, ['guild-of-producers'])).toHaveLength(7);
    expect(lines(next, { from: d('2010') }, ['guild-of-producers'])).toEqual([
      '2012 DISSOLVED Producers Guild was dissolved',
    ]);
  });

  it('puts a written month before the year it starts, and after a year it falls inside', () => {
    const next = graph.withEdit({ relations: [member('a-1982-06', '1982-06'), member('b-1982-01', '1982-01')] }, 1);
    const JAN = '1982-01 RELATION_BEGAN Writers Union joined Guild of Producers';
    const JUNE = '1982-06 RELATION_BEGAN Writers Union joined Guild of Producers';
    // 1982-01 starts with the year 1982 and ends sooner; 1982-06 starts later and ends sooner.
    expect(lines(next, { from: d('1982'), to: d('1982') })).toEqual([JAN, ADA_BEGAN, JUNE]);
    // An interval ending on the day a written entry starts still reaches it.
    expect(lines(next, { from: d('1982-06-01'), to: d('1982-06-01') })).toEqual([ADA_BEGAN, JUNE]);
  });

  it('replaces a written entity’s entries even when the write brings more sources than records', () => {
    const guild = graph.requireEntity('guild-of-producers');
    const source = (id: string) => ({ id, title: id, url: `https://example.org/${id}`, publisher: 'P' });
    const next = graph.withEdit(
      { entities: [{ ...guild, description: 'Described again.' }], sources: [source('one'), source('two')] },
      1,
    );
    expect(lines(next)).toEqual([FOUNDED, ADA_BEGAN, ADA_ENDED, INTERIM_BEGAN, GRACE_BEGAN, INTERIM_ENDED]);
  });

  it('orders written entries of the same date by entity name, whatever the order written', () => {
    const union = (slug: string, name: string) =>
      toEntity({
        slug,
        kind: 'UNION',
        name,
        description: 'A made-up union for tests.',
        founded: d('1990'),
        citations: [{ source: 'fixture-source' }],
      } as EntityRecord);
    const next = graph.withEdit(
      { entities: [union('zeta-union', 'Zeta Union'), union('alpha-union', 'Alpha Union')] },
      1,
    );
    expect(lines(next, { from: d('1990'), to: d('1990') })).toEqual([
      '1990 FOUNDED Alpha Union was founded',
      '1990 FOUNDED Zeta Union was founded',
    ]);
  });

  it('answers the same once a large write is folded into the indexes', () => {
    // The union founded in 1960 here: an entry the write replaces, beside the guild's it keeps.
    const base = loadDataset(
      brokenFixture((data) => {
        data.entities.find((entity: { slug: string }) => entity.slug === 'writers-union').founded = '1960';
      }),
    );
    // More than 1,024 records in one version's changes folds them into a new generation.
    const sources = Array.from({ length: 1_100 }, (_, index) => ({
      id: `bulk-${index}`,
      title: `Bulk ${index}`,
      url: `https://example.org/bulk/${index}`,
      publisher: 'P',
    }));
    const union = base.requireEntity('writers-union');
    const joined = toRelation({
      id: 'writers-union-member-of-big-studio',
      type: 'MEMBER_OF',
      from: 'writers-union',
      to: 'big-studio',
      since: d('2015-06'),
      citations: [{ source: 'fixture-source' }],
    });
    const next = base.withEdit(
      {
        sources,
        entities: [{ ...union, dissolved: d('2012') } as Entity],
        relations: [joined],
        retract: ['big-studio-member-of-gop'],
      },
      1,
    );
    expect(lines(next)).toEqual([
      FOUNDED,
      '1960 FOUNDED Writers Union was founded',
      ADA_BEGAN,
      ADA_ENDED,
      INTERIM_BEGAN,
      GRACE_BEGAN,
      INTERIM_ENDED,
      '2012 DISSOLVED Writers Union was dissolved',
      '2015-06 RELATION_BEGAN Writers Union joined Big Studio',
    ]);
    expect(next.relation('big-studio-member-of-gop')).toBeNull();
    expect(next.relation('writers-union-member-of-big-studio')?.since).toBe('2015-06');
    expect(next.relationCount).toBe(5);
    expect(next.source('bulk-1099')?.title).toBe('Bulk 1099');
  });
});

const citations = [{ source: 's' }];
const names: Record<string, string> = { a: 'Alpha', b: 'Beta' };
const nameOf = (slug: string) => names[slug] ?? slug;

function relation(type: string, extra: Partial<Relation> = {}): Relation {
  return {
    id: 'r',
    type,
    from: 'a',
    to: 'b',
    since: d('2000'),
    until: d('2001'),
    ended: true,
    role: null,
    qualifiers: [],
    citations,
    ...extra,
  } as Relation;
}

const titles = (rel: Relation) =>
  relationItems(rel).map((item) => new RelationEntry(item.relation, item.kind, item.date, nameOf).title);

describe('how each relation type reads', () => {
  it('has a phrase for the beginning and the end of each lasting type', () => {
    expect(titles(relation('AFFILIATED_WITH'))).toEqual([
      'Alpha became affiliated with Beta',
      "Alpha's affiliation with Beta ended",
    ]);
    expect(titles(relation('AIDE_TO'))).toEqual(['Alpha became aide to Beta', "Alpha's service as aide to Beta ended"]);
    expect(titles(relation('AIDE_TO', { role: 'Chief of Staff' }))).toEqual([
      'Alpha became chief of staff to Beta',
      "Alpha's service as chief of staff to Beta ended",
    ]);
    expect(titles(relation('EXECUTIVE_OF'))).toEqual([
      'Alpha became an executive of Beta',
      "Alpha's time as an executive of Beta ended",
    ]);
    expect(titles(relation('EXECUTIVE_OF', { role: 'CEO' }))).toEqual([
      'Alpha became ceo of Beta',
      "Alpha's time as ceo of Beta ended",
    ]);
    expect(titles(relation('MEMBER_OF'))).toEqual(['Alpha joined Beta', 'Alpha left Beta']);
    expect(titles(relation('NEGOTIATES_WITH'))).toEqual([
      'Alpha began negotiating with Beta',
      'Alpha stopped negotiating with Beta',
    ]);
    expect(titles(relation('PART_OF'))).toEqual(['Alpha became part of Beta', 'Alpha ceased to be part of Beta']);
    expect(titles(relation('PRESIDED_BY'))).toEqual([
      'Beta became president of Alpha',
      "Beta's term as president of Alpha ended",
    ]);
    expect(titles(relation('SPOKESPERSON'))).toEqual([
      'Beta became spokesperson of Alpha',
      "Beta's time as spokesperson of Alpha ended",
    ]);
    expect(titles(relation('SUBSIDIARY_OF'))).toEqual(['Alpha became part of Beta', 'Alpha ceased to belong to Beta']);
  });

  it('says "interim" once for an interim presidency', () => {
    expect(titles(relation('PRESIDED_BY', { qualifiers: ['INTERIM'], until: null }))).toEqual([
      'Beta became interim president of Alpha',
    ]);
    expect(titles(relation('PRESIDED_BY', { qualifiers: ['INTERIM'], role: 'Interim Chair', until: null }))).toEqual([
      'Beta became interim chair of Alpha',
    ]);
    expect(titles(relation('PRESIDED_BY', { role: 'Interim Chair', until: null }))).toEqual([
      'Beta became interim chair of Alpha',
    ]);
  });

  it('reads a founding, a merger and a withdrawal only where they began', () => {
    expect(titles(relation('FOUNDED_BY'))).toEqual(['Beta founded Alpha']);
    expect(titles(relation('MERGED_INTO'))).toEqual(['Alpha merged into Beta']);
    expect(titles(relation('MERGED_WITH'))).toEqual(['Alpha merged with Beta']);
    expect(titles(relation('WITHDREW_FROM'))).toEqual(['Alpha withdrew from Beta']);
    expect(titles(relation('WITHDREW_FROM', { qualifiers: ['ANNOUNCED'] }))).toEqual([
      'Alpha was due to withdraw from Beta, as it had announced',
    ]);
  });

  it('gives no entry for one-time types, nor for a missing date', () => {
    for (const type of ['AGAINST', 'CALLED_BY', 'HELPED_SHAPE', 'PARTY_TO']) expect(titles(relation(type))).toEqual([]);
    expect(titles(relation('MEMBER_OF', { since: null }))).toEqual(['Alpha left Beta']);
    expect(titles(relation('MEMBER_OF', { until: null }))).toEqual(['Alpha joined Beta']);
    expect(relationItems(relation('MEMBER_OF')).map((item) => [item.kind, item.date, item.entities])).toEqual([
      ['RELATION_BEGAN', '2000', ['a', 'b']],
      ['RELATION_ENDED', '2001', ['a', 'b']],
    ]);
  });
});

function entity(kind: string, extra: Record<string, unknown>): Entity {
  return entityRecord('e', kind, 'Thing', extra);
}

/** An entity's items are whole entries (a relation's are phrased later, see RelationEntry). */
const entityEntries = (value: Entity) => entityItems(value) as TimelineEntry[];
const entries = (value: Entity) => entityEntries(value).map((item) => `${item.date} ${item.kind} ${item.title}`);

describe('entries an entity gives', () => {
  it('a strike where it begins and ends, an event on its date', () => {
    expect(entries(entity('STRIKE', { startDate: '2023-05-02', endDate: '2023-09-27' }))).toEqual([
      '2023-05-02 STRIKE_BEGAN Thing began',
      '2023-09-27 STRIKE_ENDED Thing ended',
    ]);
    expect(entries(entity('STRIKE', { startDate: '2023-05-02' }))).toEqual(['2023-05-02 STRIKE_BEGAN Thing began']);
    expect(entries(entity('STRIKE', { endDate: '2023-09-27' }))).toEqual(['2023-09-27 STRIKE_ENDED Thing ended']);
    expect(entries(entity('EVENT', { date: '1933-05' }))).toEqual(['1933-05 EVENT Thing']);
  });

  it('an organisation where it was founded and, for an association or union, dissolved', () => {
    expect(entries(entity('UNION', { founded: '1933', dissolved: '2012' }))).toEqual([
      '1933 FOUNDED Thing was founded',
      '2012 DISSOLVED Thing was dissolved',
    ]);
    expect(entries(entity('ASSOCIATION', { dissolved: '2012' }))).toEqual(['2012 DISSOLVED Thing was dissolved']);
    expect(entries(entity('STUDIO', { founded: '1912', dissolved: '2000' }))).toEqual([
      '1912 FOUNDED Thing was founded',
    ]);
    expect(entries(entity('COMPANY', {}))).toEqual([]);
    expect(entries(entity('PERSON', { born: '1950' }))).toEqual([]);
    const item = entityEntries(entity('UNION', { founded: '1933' }))[0];
    expect([item?.entities, item?.relation, item?.citations]).toEqual([['e'], null, citations]);
  });
});
