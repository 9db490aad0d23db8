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
  happeningOf,
  leastCertain,
  lifeSpan,
  type RelationSpans,
  relationSpans,
  type SpanContext,
} from '../../src/graph/time.js';
import type { Entity, Relation, RelationQualifier } from '../../src/graph/types.js';
import { brokenFixture, entityRecord, SMALL_FIXTURE } from './fixture.js';

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

  /** The spans of an ended relation dated `since` to `until`, with no other holder and open lives. */
  const datedSpans = (since: string, until: string) => {
    const own = relation({ since: since as PartialDate, until: until as PartialDate, ended: true, qualifiers: [] });
    return relationSpans(own, { from: organisation('org'), to: person('holder'), siblings: [own], today });
  };
  const day = (text: string) => spanOf(text as PartialDate).start;

  it('a relation dated by year is possible over both whole years, and certain only from the end of the first to the start of the last', () => {
    const spans = datedSpans('2009', '2012');
    expect(spans.possible).toEqual({ start: day('2009-01-01'), end: day('2012-12-31') });
    expect(spans.certain).toEqual({ start: day('2009-12-31'), end: day('2012-01-01') });
    expect(certaintyAt(spans, spanOf('2009-06-01' as PartialDate))).toBe('POSSIBLE');
    expect(certaintyAt(spans, spanOf('2010' as PartialDate))).toBe('CERTAIN');
    // Begun on a known day: certain from that day, still only to the start of the last year.
    expect(datedSpans('2009-03-15', '2012').certain).toEqual({ start: day('2009-03-15'), end: day('2012-01-01') });
  });

  it('a relation of a single day is certain on that day and on no other', () => {
    const spans = datedSpans('2009-03-15', '2009-03-15');
    const only = spanOf('2009-03-15' as PartialDate);
    expect(spans).toEqual({ possible: only, certain: only });
    expect(certaintyAt(spans, only)).toBe('CERTAIN');
    expect(certaintyAt(spans, spanOf('2009-03-16' as PartialDate))).toBeNull();
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

const dayOf = (text: string) => spanOf(text as PartialDate);
const entityOf = (kind: string, extra: Record<string, unknown> = {}, slug = kind.toLowerCase()): Entity =>
  entityRecord(slug, kind, slug, extra);

describe('lifeSpan, each kind', () => {
  it('runs from founding, birth or start to dissolution, death or end; companies never end', () => {
    const strike = entityOf('STRIKE', { startDate: '2023-05-02', endDate: '2023-09-27' });
    expect(lifeSpan(strike)).toEqual({ start: dayOf('2023-05-02').start, end: dayOf('2023-09-27').end });
    expect(lifeSpan(entityOf('STRIKE'))).toEqual({ start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY });
    expect(lifeSpan(entityOf('EVENT', { date: '1933-05' }))).toEqual(dayOf('1933-05'));
    expect(lifeSpan(entityOf('PERSON', { born: '1950', died: '2000' }))).toEqual({
      start: dayOf('1950').start,
      end: dayOf('2000').end,
    });
    expect(lifeSpan(entityOf('ASSOCIATION', { founded: '1924', dissolved: '1982' }))).toEqual({
      start: dayOf('1924').start,
      end: dayOf('1982').end,
    });
    for (const kind of ['STUDIO', 'COMPANY', 'AGENCY']) {
      expect(lifeSpan(entityOf(kind, { founded: '1912', dissolved: '1950' }))).toEqual({
        start: dayOf('1912').start,
        end: Number.POSITIVE_INFINITY,
      });
    }
  });
});

describe('happeningOf: the strike or event a one-time relation takes its dates from', () => {
  const strike = entityOf('STRIKE', { startDate: '2023-05-02' }, 'strike');
  const undatedStrike = entityOf('STRIKE', {}, 'undated');
  const event = entityOf('EVENT', { date: '1933-05' }, 'event');
  const union = entityOf('UNION', {}, 'union');
  const oneTime = (extra: Partial<Relation> = {}): Relation => ({
    id: 'r',
    type: 'PARTY_TO',
    from: 'union',
    to: 'strike',
    since: null,
    until: null,
    ended: false,
    role: null,
    qualifiers: [],
    citations,
    ...extra,
  });

  it('is a dated strike or an event at either end, the subject first', () => {
    expect(happeningOf(oneTime(), { from: union, to: strike })).toBe(strike);
    expect(happeningOf(oneTime(), { from: strike, to: union })).toBe(strike);
    expect(happeningOf(oneTime(), { from: union, to: event })).toBe(event);
    expect(happeningOf(oneTime(), { from: event, to: strike })).toBe(event);
  });

  it('is none for a lasting type, a relation with dates of its own, or an undated strike', () => {
    expect(happeningOf(oneTime({ type: 'MEMBER_OF' }), { from: union, to: strike })).toBeNull();
    expect(happeningOf(oneTime({ since: '2023' as PartialDate }), { from: union, to: strike })).toBeNull();
    expect(happeningOf(oneTime({ ended: true }), { from: union, to: strike })).toBeNull();
    expect(happeningOf(oneTime(), { from: union, to: undatedStrike })).toBeNull();
    expect(happeningOf(oneTime(), { from: union, to: union })).toBeNull();
  });

  it('gives an event’s whole date, for sure; a strike with no end date an open, unsure end', () => {
    const atEvent = relationSpans(oneTime({ to: 'event' }), { from: union, to: event, siblings: [], today });
    expect(atEvent).toEqual({ possible: dayOf('1933-05'), certain: dayOf('1933-05') });
    const atStrike = relationSpans(oneTime(), { from: union, to: strike, siblings: [], today });
    expect(atStrike).toEqual({
      possible: { start: dayOf('2023-05-02').start, end: Number.POSITIVE_INFINITY },
      certain: null,
    });
  });
});

describe('relationSpans in particular cases', () => {
  const union = organisation('org');
  const holder = person('holder');
  const own = (shape: Partial<RelationShape>, type: RelationType = 'PRESIDED_BY') =>
    relation({ since: null, until: null, ended: false, qualifiers: [], ...shape }, type);

  it('a lasting relation of unknown start, still holding, is sure from today on, and only if today is possible', () => {
    const member = own({}, 'MEMBER_OF');
    expect(relationSpans(member, { from: union, to: holder, siblings: [member], today })).toEqual({
      possible: { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY },
      certain: { start: today, end: Number.POSITIVE_INFINITY },
    });
    expect(relationSpans(member, { from: union, to: holder, siblings: [member] }).certain).toBeNull();
    // The holder is born after today, or died before it: nothing is sure.
    const unborn = person('holder', '2030' as PartialDate);
    expect(relationSpans(member, { from: union, to: unborn, siblings: [member], today }).certain).toBeNull();
    const dead = person('holder', undefined, '2000' as PartialDate);
    expect(relationSpans(member, { from: union, to: dead, siblings: [member], today }).certain).toBeNull();
    // Born today: still sure from today.
    const newborn = person('holder', '2026-06-15' as PartialDate);
    expect(relationSpans(member, { from: union, to: newborn, siblings: [member], today }).certain).toEqual({
      start: today,
      end: Number.POSITIVE_INFINITY,
    });
    const diesToday = person('holder', undefined, '2026-06-15' as PartialDate);
    expect(relationSpans(member, { from: union, to: diesToday, siblings: [member], today }).certain).toEqual({
      start: today,
      end: today,
    });
    // A one-time type with no date and no strike or event to take one from: nothing sure.
    const against = own({}, 'AGAINST');
    expect(relationSpans(against, { from: union, to: holder, siblings: [], today }).certain).toBeNull();
  });

  it('a one-holder role ends by the earliest surely-later start of the same subject and type', () => {
    const term = own({ since: '2010' as PartialDate });
    const yearLater = own({ since: '2015' as PartialDate });
    const dayLater = own({ since: '2015-03-01' as PartialDate });
    // Sorted by start, 2015 comes before 2015-03-01, but 2015-03-01 may be the earlier end.
    expect(
      relationSpans(term, { from: union, to: holder, siblings: [term, yearLater, dayLater], today }).possible.end,
    ).toBe(dayOf('2015-03-01').end);
    // Alone, or with only itself: never cut.
    expect(relationSpans(term, { from: union, to: holder, siblings: [term], today }).possible.end).toBe(
      Number.POSITIVE_INFINITY,
    );
    const dayTerm = own({ since: '2010-05-05' as PartialDate });
    expect(relationSpans(dayTerm, { from: union, to: holder, siblings: [dayTerm], today }).possible.end).toBe(
      Number.POSITIVE_INFINITY,
    );
    // A term starting the same day is no successor; one starting the next day is.
    const sameDay = own({ since: '2010-05-05' as PartialDate });
    const nextDay = own({ since: '2010-05-06' as PartialDate });
    expect(relationSpans(dayTerm, { from: union, to: holder, siblings: [dayTerm, sameDay], today }).possible.end).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(relationSpans(dayTerm, { from: union, to: holder, siblings: [dayTerm, nextDay], today }).possible.end).toBe(
      dayOf('2010-05-06').end,
    );
    // Another subject's, another type's, an undated or a co-holder's term does not cut it.
    const otherSubject = { ...own({ since: '2012' as PartialDate }), from: 'elsewhere' };
    const otherType = own({ since: '2012' as PartialDate }, 'MEMBER_OF');
    const undated = own({});
    const coHolder = own({ since: '2012' as PartialDate, qualifiers: ['CO_HOLDER'] });
    expect(
      relationSpans(term, {
        from: union,
        to: holder,
        siblings: [term, otherSubject, otherType, undated, coHolder],
        today,
      }).possible.end,
    ).toBe(Number.POSITIVE_INFINITY);
    // A term with a known end keeps it, successor or not.
    const ended = own({ since: '2010' as PartialDate, until: '2016' as PartialDate, ended: true });
    expect(relationSpans(ended, { from: union, to: holder, siblings: [ended, yearLater], today }).possible.end).toBe(
      dayOf('2016').end,
    );
  });
});

describe('certaintyAt and leastCertain', () => {
  const spans: RelationSpans = { possible: { start: 10, end: 20 }, certain: { start: 12, end: 18 } };

  it('is CERTAIN where the sure span meets the date, POSSIBLE elsewhere in the possible span, null outside', () => {
    expect(certaintyAt(spans, { start: 18, end: 25 })).toBe('CERTAIN');
    expect(certaintyAt(spans, { start: 19, end: 25 })).toBe('POSSIBLE');
    expect(certaintyAt(spans, { start: 0, end: 12 })).toBe('CERTAIN');
    expect(certaintyAt(spans, { start: 0, end: 11 })).toBe('POSSIBLE');
    expect(certaintyAt(spans, { start: 20, end: 30 })).toBe('POSSIBLE');
    expect(certaintyAt(spans, { start: 21, end: 30 })).toBeNull();
    expect(certaintyAt(spans, { start: 0, end: 10 })).toBe('POSSIBLE');
    expect(certaintyAt(spans, { start: 0, end: 9 })).toBeNull();
    expect(certaintyAt({ possible: spans.possible, certain: null }, { start: 15, end: 15 })).toBe('POSSIBLE');
    expect(certaintyAt({ possible: { start: 20, end: 10 }, certain: null }, { start: 0, end: 30 })).toBeNull();
  });

  it('takes the lesser of two certainties', () => {
    expect(leastCertain('CERTAIN', 'CERTAIN')).toBe('CERTAIN');
    expect(leastCertain('CERTAIN', 'POSSIBLE')).toBe('POSSIBLE');
    expect(leastCertain('POSSIBLE', 'CERTAIN')).toBe('POSSIBLE');
    expect(leastCertain('POSSIBLE', 'POSSIBLE')).toBe('POSSIBLE');
    expect(leastCertain(null, 'CERTAIN')).toBeNull();
    expect(leastCertain('CERTAIN', null)).toBeNull();
  });

  it('counts days since 1970-01-01, whole days only', () => {
    expect(dayNumberOf(new Date('1970-01-01T23:59:59Z'))).toBe(0);
    expect(dayNumberOf(new Date('1970-01-02T00:00:00Z'))).toBe(1);
    expect(dayNumberOf(new Date('2026-06-15T12:00:00Z'))).toBe(today);
  });
});

describe('one sibling list shared by several subjects', () => {
  it('each relation is cut only by its own subject’s next holder', () => {
    const term = relation({ since: '2010' as PartialDate, until: null, ended: false, qualifiers: [] });
    const successor = relation({ since: '2015' as PartialDate, until: null, ended: false, qualifiers: [] });
    const elsewhere = {
      ...relation({ since: '2011' as PartialDate, until: null, ended: false, qualifiers: [] }),
      from: 'elsewhere',
    };
    const siblings = [term, successor, elsewhere];
    const context = { from: organisation('org'), to: person('holder'), siblings, today };
    expect(relationSpans(term, context).possible.end).toBe(spanOf('2015' as PartialDate).end);
    expect(relationSpans(elsewhere, context).possible.end).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('time: the next holder, and one object for equal spans', () => {
  const open = (since: string, qualifiers: RelationQualifier[] = [], to = 'holder') =>
    relation({ since: since as PartialDate, until: null, ended: false, qualifiers }, 'PRESIDED_BY', to);
  const possibleEnd = (own: Relation, siblings: Relation[]) =>
    relationSpans(own, { from: organisation('org'), to: person('holder'), siblings: [own, ...siblings], today })
      .possible.end;

  it('a co-holder starting later does not end a one-holder term', () => {
    expect(possibleEnd(open('2000'), [open('2005', ['CO_HOLDER'], 'b')])).toBe(Number.POSITIVE_INFINITY);
  });

  it('a term ends by the latest day the first of the later holders can begin, whichever is listed first', () => {
    // One successor began in 2005 (by 31 December), another in March 2005 (by 31 March): the term
    // begun in 2004 ends by 31 March 2005, though the holder of 2005 sorts first by start.
    const successors = [open('2005', [], 'b'), open('2005-03', [], 'c')];
    const last = spanOf('2005-03-31' as PartialDate).end;
    expect(possibleEnd(open('2004'), successors)).toBe(last);
    // The same with the term itself left out of the siblings (the context allows either).
    const context = { from: organisation('org'), to: person('holder'), siblings: successors, today };
    expect(relationSpans(open('2004'), context).possible.end).toBe(last);
  });

  it('a relation whose sure days are all its possible days gets one object for both', () => {
    const own = relation({
      since: '2009-03-15' as PartialDate,
      until: '2009-03-15' as PartialDate,
      ended: true,
      qualifiers: [],
    });
    const spans = relationSpans(own, { from: organisation('org'), to: person('holder'), siblings: [own], today });
    expect(spans.certain).toBe(spans.possible);
  });
});
