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
