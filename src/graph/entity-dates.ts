import { intervalSpan, type PartialDate, spanOf, spansOverlap } from './partial-date.js';
import type { Entity, Interval } from './types.js';

/** The time an entity itself spans (a strike's days, an event's date, an organisation's life), or null if undated. */
export function entityInterval(entity: Entity): Interval | null {
  switch (entity.kind) {
    case 'STRIKE':
      return entity.startDate || entity.endDate ? { from: entity.startDate ?? null, to: entity.endDate ?? null } : null;
    case 'EVENT':
      return { from: entity.date, to: entity.date };
    case 'ASSOCIATION':
    case 'UNION':
      return entity.founded || entity.dissolved ? { from: entity.founded ?? null, to: entity.dissolved ?? null } : null;
    case 'STUDIO':
    case 'COMPANY':
    case 'AGENCY':
      return entity.founded ? { from: entity.founded, to: null } : null;
    case 'PERSON':
      return null;
  }
}

/**
 * The name an entity went by at a date: a dated former name whose span overlaps the date's, else
 * the current name. Where a renaming falls within the date (1964 holds two names), the older name
 * wins, as the one in use when that span began.
 */
export function nameAsOf(entity: Entity, date: PartialDate): string {
  const span = spanOf(date);
  let chosen: { name: string; start: number } | null = null;
  for (const former of entity.formerNames) {
    // A former name with no end date cannot be placed in time, so it never replaces the current one.
    if (former.until === undefined) continue;
    const formerSpan = intervalSpan(former.since, former.until);
    if (spansOverlap(formerSpan, span) && (!chosen || formerSpan.start < chosen.start)) {
      chosen = { name: former.name, start: formerSpan.start };
    }
  }
  return chosen?.name ?? entity.name;
}
