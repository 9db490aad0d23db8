/** The time an entity spans, and the name it went by at a date (src/graph/entity-dates.ts). */
import { describe, expect, it } from 'vitest';
import { entityInterval, nameAsOf } from '../../src/graph/entity-dates.js';
import type { PartialDate } from '../../src/graph/partial-date.js';
import type { Entity } from '../../src/graph/types.js';
import { entityRecord } from './fixture.js';

function entity(kind: string, extra: Record<string, unknown> = {}): Entity {
  return entityRecord('e', kind, 'New Name', extra);
}

describe('entityInterval', () => {
  it('is a strike’s days, an event’s date, an organisation’s life; null when undated or a person', () => {
    expect(entityInterval(entity('STRIKE', { startDate: '2023-05-02', endDate: '2023-09-27' }))).toEqual({
      from: '2023-05-02',
      to: '2023-09-27',
    });
    expect(entityInterval(entity('STRIKE', { startDate: '2023-05-02' }))).toEqual({ from: '2023-05-02', to: null });
    expect(entityInterval(entity('STRIKE', { endDate: '2023-09-27' }))).toEqual({ from: null, to: '2023-09-27' });
    expect(entityInterval(entity('STRIKE'))).toBeNull();
    expect(entityInterval(entity('EVENT', { date: '1933-05' }))).toEqual({ from: '1933-05', to: '1933-05' });
    expect(entityInterval(entity('UNION', { founded: '1933', dissolved: '2012' }))).toEqual({
      from: '1933',
      to: '2012',
    });
    expect(entityInterval(entity('ASSOCIATION', { dissolved: '2012' }))).toEqual({ from: null, to: '2012' });
    expect(entityInterval(entity('ASSOCIATION', { founded: '1924' }))).toEqual({ from: '1924', to: null });
    expect(entityInterval(entity('UNION'))).toBeNull();
    expect(entityInterval(entity('STUDIO', { founded: '1912' }))).toEqual({ from: '1912', to: null });
    expect(entityInterval(entity('COMPANY'))).toBeNull();
    expect(entityInterval(entity('PERSON', { born: '1950' }))).toBeNull();
  });
});

describe('nameAsOf', () => {
  const oldA = { name: 'Old A', since: '1950', until: '1964' };
  const oldB = { name: 'Old B', since: '1964', until: '1980' };
  const undated = { name: 'Undated', since: '1900' };
  const at = (formerNames: object[], date: string) => nameAsOf(entity('UNION', { formerNames }), date as PartialDate);

  it('is the former name whose dates hold the date, else the current name', () => {
    expect(at([oldA, oldB], '1955')).toBe('Old A');
    expect(at([oldA, oldB], '1970')).toBe('Old B');
    expect(at([oldA, oldB], '1980-12-31')).toBe('Old B');
    expect(at([oldA, oldB], '1981')).toBe('New Name');
    expect(at([oldA, oldB], '1949-12-31')).toBe('New Name');
  });

  it('gives the older name in a year that holds two, in whatever order they are listed', () => {
    expect(at([oldA, oldB], '1964')).toBe('Old A');
    expect(at([oldB, oldA], '1964')).toBe('Old A');
    expect(at([oldB, oldA], '1964-06')).toBe('Old A');
  });

  it('never uses a former name with no end date; one with no start holds from the beginning', () => {
    expect(at([undated], '1920')).toBe('New Name');
    expect(at([undated, oldA], '1955')).toBe('Old A');
    expect(at([{ name: 'Ancient', until: '1940' }], '1801')).toBe('Ancient');
    expect(at([{ name: 'Ancient', until: '1940' }], '1941')).toBe('New Name');
  });
});

describe('nameAsOf: a tie', () => {
  it('between two former names beginning the same year, the one listed first', () => {
    const first = { name: 'First', since: '1950', until: '1955' };
    const second = { name: 'Second', since: '1950', until: '1970' };
    const at = (formerNames: object[]) => nameAsOf(entity('UNION', { formerNames }), '1952' as PartialDate);
    expect(at([first, second])).toBe('First');
    expect(at([second, first])).toBe('Second');
  });
});
