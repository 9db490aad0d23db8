/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date stands for its whole span
 * (`2009` is every day of 2009), so comparisons are made on day numbers of the span's ends.
 */

export type PartialDate = string & { readonly __brand: 'PartialDate' };

export type Precision = 'YEAR' | 'MONTH' | 'DAY';

/** A closed span of days, as day numbers since 1970-01-01 (UTC); ends may be unbounded. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

export class PartialDateError extends Error {
  override name = 'PartialDateError';
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Explains what is wrong with `text` as a partial date, or returns null when it is valid. */
export function partialDateProblem(text: string): string | null {
  const match = PATTERN.exec(text);
  if (!match) return `"${text}" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(match[1]);
  // Stryker disable next-line ConditionalExpression: Number(undefined) is NaN, which fails no range check below, so a missing month passes either way
  const month = match[2] === undefined ? undefined : Number(match[2]);
  // Stryker disable next-line ConditionalExpression: as for the month, a missing day read as NaN passes the same
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return `"${text}" has month ${match[2]}, which is not between 01 and 12`;
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `"${text}" has day ${match[3]}, which ${year}-${match[2]} does not have`;
  }
  return null;
}

export function parsePartialDate(text: string): PartialDate {
  const problem = partialDateProblem(text);
  if (problem) throw new PartialDateError(problem);
  return text as PartialDate;
}

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

/**
 * Spans already worked out, by date text. A graph of a million relations asks for the same few
 * thousand dates over and over (each relation's own, its endpoints' lives); the spans handed out
 * are frozen, so one object serves every caller. Cleared when it grows past a bound, since writes
 * may bring any date.
 */
const spans = new Map<string, DaySpan>();
const SPAN_CACHE_LIMIT = 200_000;

/** The days a partial date stands for: `2009-03` is 2009-03-01 through 2009-03-31. */
export function spanOf(date: PartialDate): DaySpan {
  const known = spans.get(date);
  if (known) return known;
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  let span: DaySpan;
  if (month === undefined) span = { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  else if (day === undefined) {
    span = { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
  } else {
    const only = dayNumber(year, month, day);
    span = { start: only, end: only };
  }
  if (spans.size >= SPAN_CACHE_LIMIT) spans.clear();
  spans.set(date, Object.freeze(span));
  return span;
}

/**
 * The span from `since` to `until`; a missing end is unbounded. `since` contributes its first
 * day and `until` its last, so `since 2009-10, until 2024` covers 2009-10-01 through 2024-12-31.
 */
export function intervalSpan(since?: PartialDate | null, until?: PartialDate | null): DaySpan {
  return {
    start: since ? spanOf(since).start : Number.NEGATIVE_INFINITY,
    end: until ? spanOf(until).end : Number.POSITIVE_INFINITY,
  };
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days elapsed from one day to another (2023-05-02 to 2023-09-27 is 148); null unless both are whole days. */
export function daysBetween(from: PartialDate, to: PartialDate): number | null {
  if (precisionOf(from) !== 'DAY' || precisionOf(to) !== 'DAY') return null;
  return spanOf(to).start - spanOf(from).start;
}

/** Orders partial dates by the start of their span, then the shorter span first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const spanA = spanOf(a);
  const spanB = spanOf(b);
  return spanA.start - spanB.start || spanA.end - spanB.end;
}
