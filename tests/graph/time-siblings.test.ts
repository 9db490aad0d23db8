/**
 * `relationSpans` takes a relation's siblings (same subject and type) in any order: a one-holder
 * term ends by the earliest later start among them, wherever that sibling is listed. Expected days
 * are worked out by hand from the dates written here.
 */
import { describe, expect, it } from 'vitest';
import { type PartialDate, spanOf } from '../../src/graph/partial-date.js';
import { relationSpans } from '../../src/graph/time.js';
import type { Entity, Relation } from '../../src/graph/types.js';

const citations = [{ source: 's' }];
const entity = (slug: string, kind: 'UNION' | 'PERSON'): Entity =>
  ({ slug, kind, name: slug, description: 'x', citations, abbreviations: [], aliases: [], formerNames: [] }) as Entity;
const presidency = (id: string, since: string): Relation =>
  ({
    id,
    type: 'PRESIDED_BY',
    from: 'org',
    to: 'holder',
    role: null,
    citations,
    since: since as PartialDate,
    until: null,
    ended: true,
    qualifiers: [],
  }) as Relation;

describe('relationSpans with siblings in any order', () => {
  it('ends a 2001 term by 2004, the next start, when later terms are listed latest first', () => {
    const first = presidency('r1', '2001');
    const third = presidency('r3', '2009');
    const second = presidency('r2', '2004');
    const context = { from: entity('org', 'UNION'), to: entity('holder', 'PERSON'), siblings: [third, second, first] };
    // The term ends no later than the last day of 2004, the latest day its successor can begin.
    expect(relationSpans(first, context).possible.end).toBe(spanOf('2004' as PartialDate).end);
    expect(relationSpans(second, context).possible.end).toBe(spanOf('2009' as PartialDate).end);
  });
});
