/**
 * The laws of time.ts, checked on generated relations and entities: a relation never holds
 * outside its endpoints' lives, certain implies possible, narrowing never widens, coarser dates
 * never lose an answer, a one-holder role ends by its successor's start.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EntityRecord, RelationType } from '../../src/graph/dataset-schema.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadDataset, toEntity, toRelation } from '../../src/graph/load.js';
import { type DaySpan, intervalSpan, type PartialDate, spanOf, spansOverlap } from '../../src/graph/partial-date.js';
import { datasetStats } from '../../src/graph/stats.js';
import {
  certaintyAt,
  dayNumberOf,
  lifeSpan,
  type RelationSpans,
  relationSpans,
  type SpanContext,
} from '../../src/graph/time.js';
import type { Entity, Relation, RelationQualifier } from '../../src/graph/types.js';
import { brokenFixture, SMALL_FIXTURE } from './fixture.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** A partial date between 1900 and 2030, to the year, month or day. */
const partialDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('YEAR', 'MONTH', 'DAY'),
  })
  .map(({ year, month, day, precision }) => {
    if (precision === 'YEAR') return String(year) as PartialDate;
    if (precision === 'MONTH') return `${year}-${pad(month)}` as PartialDate;
    return `${year}-${pad(month)}-${pad(day)}` as PartialDate;
  });

/** Two dates in order (the second's span does not end before the first's starts). */
const orderedDates = fc
  .tuple(partialDate, partialDate)
  .map(([a, b]) => (spanOf(a).start <= spanOf(b).end ? [a, b] : [b, a]) as [PartialDate, PartialDate]);

const citations = [{ source: 's' }];

const organisation = (slug: string, founded?: PartialDate, dissolved?: PartialDate): Entity =>
  ({
    slug,
    kind: 'UNION',
    name: slug,
    description: 'x',
    citations,
    abbreviations: [],
    aliases: [],
    formerNames: [],
    ...(founded && { founded }),
    ...(dissolved && { dissolved }),
  }) as Entity;

const person = (slug: string, born?: PartialDate, died?: PartialDate): Entity =>
  ({
    slug,
    kind: 'PERSON',
    name: slug,
    description: 'x',
    citations,
    abbreviations: [],
    aliases: [],
    formerNames: [],
    ...(born && { born }),
    ...(died && { died }),
  }) as Entity;

/** An entity with a life that may be bounded on either side. */
const lifeBounds = fc.option(orderedDates, { nil: undefined }).chain((dates) =>
  fc.record({
    start: fc.boolean().map((keep) => (keep ? dates?.[0] : undefined)),
    end: fc.boolean().map((keep) => (keep ? dates?.[1] : undefined)),
  }),
);
const subject = lifeBounds.map(({ start, end }) => organisation('org', start, end));
const object = lifeBounds.map(({ start, end }) => person('holder', start, end));

interface RelationShape {
  since: PartialDate | null;
  until: PartialDate | null;
  ended: boolean;
  qualifiers: RelationQualifier[];
}

/** A relation's own bounds: a start date or unknown; an end date, unknown (ended) or open. */
const relationShape: fc.Arbitrary<RelationShape> = fc
  .record({
    dates: orderedDates,
    start: fc.boolean(),
    end: fc.constantFrom('DATE', 'UNKNOWN', 'OPEN'),
    coHolder: fc.boolean(),
  })
  .map(({ dates, start, end, coHolder }) => ({
    since: start ? dates[0] : null,
    until: end === 'DATE' ? dates[1] : null,
    ended: end !== 'OPEN',
    qualifiers: coHolder ? ['CO_HOLDER'] : [],
  }));

let counter = 0;
function relation(shape: RelationShape, type: RelationType = 'PRESIDED_BY', to = 'holder'): Relation {
  counter++;
  return { id: `r${counter}`, type, from: 'org', to, role: null, citations, ...shape };
}

const today = spanOf('2026-06-15' as PartialDate).start;

const scenario = fc.record({
  from: subject,
  to: object,
  shape: relationShape,
  siblings: fc.array(relationShape, { maxLength: 4 }),
  at: partialDate,
});

function spansOf(input: { from: Entity; to: Entity; shape: RelationShape; siblings: RelationShape[] }) {
  const own = relation(input.shape);
  const siblings = [own, ...input.siblings.map((shape) => relation(shape, 'PRESIDED_BY', 'someone-else'))];
  const context: SpanContext = { from: input.from, to: input.to, siblings, today };
  return { own, context, spans: relationSpans(own, context) };
}

const within = (inner: DaySpan, outer: DaySpan) => inner.start >= outer.start && inner.end <= outer.end;

describe('time laws', () => {
  it('a relation never holds outside its endpoints’ lives', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { spans } = spansOf(input);
        const at = spanOf(input.at);
        if (certaintyAt(spans, at) !== null) {
          expect(spansOverlap(lifeSpan(input.from), at)).toBe(true);
          expect(spansOverlap(lifeSpan(input.to), at)).toBe(true);
        }
      }),
    );
  });

  it('certain implies possible, and what is sure lies within what is possible', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { spans } = spansOf(input);
        if (certaintyAt(spans, spanOf(input.at)) === 'CERTAIN') {
          expect(spansOverlap(spans.possible, spanOf(input.at))).toBe(true);
        }
        if (spans.certain) {
          const low = Math.min(spans.certain.start, spans.certain.end);
          const high = Math.max(spans.certain.start, spans.certain.end);
          expect(within({ start: low, end: high }, spans.possible)).toBe(true);
        }
      }),
    );
  });

  it('narrowing never widens the relation’s own bounds', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { spans } = spansOf(input);
        const own = intervalSpan(input.shape.since, input.shape.until);
        expect(spans.possible.start).toBeGreaterThanOrEqual(own.start);
        expect(spans.possible.end).toBeLessThanOrEqual(own.end);
      }),
    );
  });

  it('more siblings never widen the possible span', () => {
    fc.assert(
      fc.property(scenario, relationShape, (input, extra) => {
        const before = spansOf(input).spans;
        const after = spansOf({ ...input, siblings: [...input.siblings, extra] }).spans;
        expect(after.possible.start).toBeGreaterThanOrEqual(before.possible.start);
        expect(after.possible.end).toBeLessThanOrEqual(before.possible.end);
      }),
    );
  });

  it('an answer at a day stays an answer at its month and year (asOf is monotonic in precision)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), (input, day, month) => {
        const { spans } = spansOf(input);
        const year = Number(input.at.slice(0, 4));
        const dayDate = `${year}-${pad(month)}-${pad(day)}` as PartialDate;
        const monthDate = `${year}-${pad(month)}` as PartialDate;
        const rank = (certainty: string | null) => (certainty === 'CERTAIN' ? 2 : certainty === 'POSSIBLE' ? 1 : 0);
        const atDay = rank(certaintyAt(spans, spanOf(dayDate)));
        const atMonth = rank(certaintyAt(spans, spanOf(monthDate)));
        const atYear = rank(certaintyAt(spans, spanOf(String(year) as PartialDate)));
        expect(atMonth).toBeGreaterThanOrEqual(atDay);
        expect(atYear).toBeGreaterThanOrEqual(atMonth);
      }),
    );
  });

  it('a relation with both dates known, inside both lives, is certain at its start and at its end', () => {
    fc.assert(
      fc.property(orderedDates, ([since, until]) => {
        const own = relation({ since, until, ended: true, qualifiers: [] });
        const context = { from: organisation('org'), to: person('holder'), siblings: [own], today };
        const spans = relationSpans(own, context);
        expect(certaintyAt(spans, spanOf(since))).toBe('CERTAIN');
        expect(certaintyAt(spans, spanOf(until))).toBe('CERTAIN');
      }),
    );
  });

  it('a one-holder role with no known end ends by the next holder’s start, unless it is a co-holder', () => {
    fc.assert(
      fc.property(orderedDates, fc.boolean(), fc.boolean(), ([since, next], ended, coHolder) => {
        fc.pre(spanOf(next).start > spanOf(since).end);
        const own = relation({ since, until: null, ended, qualifiers: coHolder ? ['CO_HOLDER'] : [] });
        const successor = relation({ since: next, until: null, ended: false, qualifiers: [] }, 'PRESIDED_BY', 'b');
        const context = { from: organisation('org'), to: person('holder'), siblings: [own, successor], today };
        const { possible } = relationSpans(own, context);
        if (coHolder) expect(possible.end).toBe(ended ? today : Number.POSITIVE_INFINITY);
        else expect(possible.end).toBeLessThanOrEqual(spanOf(next).end);
      }),
    );
  });

  it('an unknown start is never certain before today, and a relation recorded as ended is not possible after today', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { spans } = spansOf({ ...input, shape: { ...input.shape, since: null } });
        if (spans.certain) expect(spans.certain.start).toBeGreaterThanOrEqual(today);
        const ended = spansOf({ ...input, shape: { ...input.shape, until: null, ended: true } }).spans;
        expect(ended.possible.end).toBeLessThanOrEqual(today);
        expect(ended.certain).toBeNull();
      }),
    );
  });
});

describe('relations that happen at one time', () => {
  const strike = {
    slug: 'strike',
    kind: 'STRIKE',
    name: 'Strike',
    description: 'x',
    citations,
    abbreviations: [],
    aliases: [],
    formerNames: [],
    startDate: '2023-05-02',
    endDate: '2023-09-27',
  } as unknown as Entity;

  it('take the dates of the strike they concern, for sure', () => {
    const called: Relation = {
      id: 'called',
      type: 'CALLED_BY',
      from: 'strike',
      to: 'org',
      since: null,
      until: null,
      ended: false,
      role: null,
      qualifiers: [],
      citations,
    };
    const spans: RelationSpans = relationSpans(called, { from: strike, to: organisation('org'), siblings: [], today });
    // 2023-05-02 through 2023-09-27, counted by hand from the strike's dates.
    expect(spans.possible).toEqual({
      start: spanOf('2023-05-02' as PartialDate).start,
      end: spanOf('2023-09-27' as PartialDate).end,
    });
    expect(certaintyAt(spans, spanOf('2023-07' as PartialDate))).toBe('CERTAIN');
    expect(certaintyAt(spans, spanOf('2023-04' as PartialDate))).toBeNull();
    expect(certaintyAt(spans, spanOf('2024' as PartialDate))).toBeNull();
  });
});

describe('spans in the graph, and after a write', () => {
  let graph: KnowledgeGraph;
  let newPresident: Relation;
  // Built inside each test, so that each test alone covers the loading (see `lazy` in fixture.ts).
  beforeEach(() => {
    graph = loadDataset(SMALL_FIXTURE);
    newPresident = toRelation({
      id: 'gop-presided-by-ada-again',
      type: 'PRESIDED_BY',
      from: 'guild-of-producers',
      to: 'ada-lovelace',
      since: '2015' as PartialDate,
      citations: [{ source: 'fixture-source' }],
    });
  });
  const end = (version: KnowledgeGraph, key: string) => version.relationSpans(key)?.possible.end;

  it('a presidency ended on an unknown day ends by today, and by the next holder’s start once one is written', () => {
    // tests/fixtures/small: Grace presided from 2009-10 until an unknown day; no successor yet.
    expect(end(graph, 'gop-presided-by-grace')).toBeLessThanOrEqual(dayNumberOf(new Date()));
    expect(end(graph, 'gop-presided-by-grace')).toBeGreaterThan(spanOf('2015' as PartialDate).end);
    const next = graph.withEdit({ relations: [newPresident] }, 1);
    expect(end(next, 'gop-presided-by-grace')).toBe(spanOf('2015' as PartialDate).end);
    expect(
      next
        .relationsOf('guild-of-producers', { types: ['PRESIDED_BY'], asOf: '2020' as PartialDate })
        .map((view) => view.relation.id),
    ).toEqual(['gop-presided-by-ada-again']);
    // The version in use is unchanged, and retracting the successor widens Grace's term again.
    expect(end(graph, 'gop-presided-by-grace')).toBeGreaterThan(spanOf('2015' as PartialDate).end);
    const retracted = next.withEdit({ retract: ['gop-presided-by-ada-again'] }, 2);
    expect(end(retracted, 'gop-presided-by-grace')).toBe(end(graph, 'gop-presided-by-grace'));
  });

  it('an entity written with a dissolution date bounds its relations', () => {
    const guild = graph.requireEntity('guild-of-producers');
    const dissolved = toEntity({ ...(guild as EntityRecord), dissolved: '2012' as PartialDate } as EntityRecord);
    const next = graph.withEdit({ entities: [dissolved] }, 1);
    // big-studio-member-of-gop has an unknown start and no end: it was open until the guild's end.
    expect(end(graph, 'big-studio-member-of-gop')).toBe(Number.POSITIVE_INFINITY);
    expect(end(next, 'big-studio-member-of-gop')).toBe(spanOf('2012' as PartialDate).end);
    expect(next.relationsOf('big-studio', { asOf: '2013' as PartialDate })).toEqual([]);
  });
});

describe('kg stats on time', () => {
  it('lists a relation that can hold at no time, its dates outside an endpoint’s life', () => {
    // The Guild of Producers was founded in 1950 (tests/fixtures/small); a presidency of 1930-1940 cannot be.
    const dir = brokenFixture((graph) => {
      graph.relations[0].since = '1930';
      graph.relations[0].until = '1940';
    });
    expect(datasetStats(loadDataset(dir)).impossibleRelations).toEqual(['gop-presided-by-ada']);
    expect(datasetStats(loadDataset(SMALL_FIXTURE)).impossibleRelations).toEqual([]);
  });
});
