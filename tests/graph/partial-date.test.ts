import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysBetween,
  intervalSpan,
  type PartialDate,
  PartialDateError,
  parsePartialDate,
  partialDateProblem,
  precisionOf,
  spanOf,
  spansOverlap,
} from '../../src/graph/partial-date.js';

const date = (text: string) => parsePartialDate(text);
const day = (text: string) =>
  Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / 86_400_000;

describe('partial dates', () => {
  it('accepts the three precisions and refuses anything else, saying why', () => {
    expect(precisionOf(date('2009'))).toBe('YEAR');
    expect(precisionOf(date('2009-03'))).toBe('MONTH');
    expect(precisionOf(date('2024-02-29'))).toBe('DAY');
    expect(partialDateProblem('2023-02-29')).toBe('"2023-02-29" has day 29, which 2023-02 does not have');
    expect(partialDateProblem('2009-00')).toMatch(/month 00/);
    expect(partialDateProblem('09')).toMatch(/not a partial date/);
    expect(partialDateProblem('2009-3')).toMatch(/not a partial date/);
    expect(partialDateProblem('2009-03-01T00:00')).toMatch(/not a partial date/);
    expect(() => parsePartialDate('yesterday')).toThrow(PartialDateError);
  });

  it('stands for its whole span', () => {
    expect(spanOf(date('2009'))).toEqual({ start: day('2009-01-01'), end: day('2009-12-31') });
    expect(spanOf(date('2009-02'))).toEqual({ start: day('2009-02-01'), end: day('2009-02-28') });
    expect(spanOf(date('2008-02'))).toEqual({ start: day('2008-02-01'), end: day('2008-02-29') });
    expect(spanOf(date('2009-03-15'))).toEqual({ start: day('2009-03-15'), end: day('2009-03-15') });
  });

  it('treats a missing end of an interval as unbounded', () => {
    expect(intervalSpan(null, date('2009-03'))).toEqual({ start: Number.NEGATIVE_INFINITY, end: day('2009-03-31') });
    expect(intervalSpan(date('2009-10'), null)).toEqual({ start: day('2009-10-01'), end: Number.POSITIVE_INFINITY });
  });

  it('overlaps at the edges: a relation ending in 2009-03 holds as of 2009 and as of 2009-03-31', () => {
    const counter = intervalSpan(date('1982'), date('2009-03'));
    const lombardini = intervalSpan(date('2009-03'), null);
    expect(spansOverlap(counter, spanOf(date('2009')))).toBe(true);
    expect(spansOverlap(counter, spanOf(date('2009-03-31')))).toBe(true);
    expect(spansOverlap(counter, spanOf(date('2009-04-01')))).toBe(false);
    expect(spansOverlap(counter, spanOf(date('1981-12-31')))).toBe(false);
    expect(spansOverlap(counter, spanOf(date('1982-01-01')))).toBe(true);
    expect(spansOverlap(lombardini, spanOf(date('2005')))).toBe(false);
    expect(spansOverlap(lombardini, spanOf(date('2009')))).toBe(true);
    expect(spansOverlap(lombardini, spanOf(date('2150')))).toBe(true);
  });

  it('counts days only between whole days', () => {
    expect(daysBetween(date('2023-05-02'), date('2023-09-27'))).toBe(148);
    expect(daysBetween(date('2023-05'), date('2023-09-27'))).toBeNull();
  });

  it('orders by the start of the span, then the shorter span first', () => {
    const sorted = ['2009-03-02', '2009', '2008-12-31', '2009-03', '2009-01-01'].map(date).sort(comparePartialDates);
    expect(sorted).toEqual(['2008-12-31', '2009-01-01', '2009', '2009-03', '2009-03-02'] as PartialDate[]);
  });
});

describe('partial dates at their limits', () => {
  it('accepts months 01 to 12 and the days each month has, and no more', () => {
    expect(partialDateProblem('2009-01')).toBeNull();
    expect(partialDateProblem('2009-12')).toBeNull();
    expect(partialDateProblem('2009-13')).toMatch(/month 13/);
    expect(partialDateProblem('2009-01-31')).toBeNull();
    expect(partialDateProblem('2009-01-32')).toMatch(/day 32/);
    expect(partialDateProblem('2009-04-30')).toBeNull();
    expect(partialDateProblem('2009-04-31')).toMatch(/day 31/);
    expect(partialDateProblem('2009-04-00')).toMatch(/day 00/);
    expect(partialDateProblem('2009-12-31')).toBeNull();
    expect(partialDateProblem('12009')).toMatch(/not a partial date/);
    expect(partialDateProblem(' 2009')).toMatch(/not a partial date/);
    expect(parsePartialDate('2009-12-31')).toBe('2009-12-31');
  });

  it('counts days only when both ends are whole days, and backwards too', () => {
    expect(daysBetween(date('2023-09-27'), date('2023-09'))).toBeNull();
    expect(daysBetween(date('2023'), date('2023-09-27'))).toBeNull();
    expect(daysBetween(date('2024-03-01'), date('2024-02-28'))).toBe(-2);
    expect(daysBetween(date('2024-02-28'), date('2024-02-28'))).toBe(0);
  });

  it('orders equal starts by the end, and equal dates as equal', () => {
    expect(comparePartialDates(date('2009'), date('2009-01'))).toBeGreaterThan(0);
    expect(comparePartialDates(date('2009-01'), date('2009'))).toBeLessThan(0);
    expect(comparePartialDates(date('2009-01'), date('2009-01'))).toBe(0);
    expect(comparePartialDates(date('2008-12-31'), date('2009'))).toBeLessThan(0);
  });

  it('hands out one span object per date, and forgets them all when 200,000 are kept', () => {
    // Days 01 to 28 of every month from 4000-01 on: dates no other test asks for, each new to the cache.
    let next = 0;
    const two = (n: number) => String(n).padStart(2, '0');
    const unseenDay = () => {
      const n = next++;
      return `${4000 + Math.floor(n / 336)}-${two(1 + Math.floor((n % 336) / 28))}-${two(1 + (n % 28))}` as PartialDate;
    };
    const sentinel = date('3999-06');
    let kept = spanOf(sentinel);
    spanOf(unseenDay());
    expect(spanOf(sentinel)).toBe(kept);
    // Whatever the cache held before, it is cleared within 200,000 new dates; right after that it
    // holds exactly two: the date that found it full, and the sentinel asked for again.
    while (spanOf(sentinel) === kept && next <= 200_001) spanOf(unseenDay());
    expect(next).toBeLessThanOrEqual(200_001);
    kept = spanOf(sentinel);
    for (let n = 0; n < 199_998; n++) spanOf(unseenDay());
    expect(spanOf(sentinel)).toBe(kept); // 200,000 dates kept: none forgotten yet
    spanOf(unseenDay()); // the cache is full: this one clears it first
    const again = spanOf(sentinel);
    expect(again).not.toBe(kept);
    expect(again).toEqual(kept);
  });

  it('overlaps spans that share one day, either way round', () => {
    const a = { start: 10, end: 20 };
    expect(spansOverlap(a, { start: 20, end: 30 })).toBe(true);
    expect(spansOverlap({ start: 20, end: 30 }, a)).toBe(true);
    expect(spansOverlap(a, { start: 21, end: 30 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 9 }, a)).toBe(false);
    expect(spansOverlap({ start: 0, end: 10 }, a)).toBe(true);
    expect(intervalSpan()).toEqual({ start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY });
    expect(intervalSpan(date('2009'), date('2009'))).toEqual({ start: day('2009-01-01'), end: day('2009-12-31') });
  });
});
