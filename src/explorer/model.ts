/** What the explorer shows, in words and colours: kinds, relation types, dates. One place for each. */
import type { Direction, EntityKind, RelationQualifier, RelationType } from './gql/graphql.js';

/** Colours from the Okabe–Ito palette (told apart with the common colour-vision deficiencies), and two more. */
export const KINDS: Readonly<Record<EntityKind, { readonly label: string; readonly color: string }>> = {
  ASSOCIATION: { label: 'Association', color: '#0072b2' },
  STUDIO: { label: 'Studio, network or streamer', color: '#e69f00' },
  COMPANY: { label: 'Company', color: '#8c6d31' },
  UNION: { label: 'Union or guild', color: '#009e73' },
  PERSON: { label: 'Person', color: '#cc79a7' },
  STRIKE: { label: 'Strike', color: '#d55e00' },
  EVENT: { label: 'Event', color: '#56b4e9' },
  AGENCY: { label: 'Government agency', color: '#6a3d9a' },
};

export const MORE_COLOR = '#9aa0a6';

export function kindOf(kind: EntityKind): { readonly label: string; readonly color: string } {
  return KINDS[kind] ?? { label: kind, color: MORE_COLOR };
}

/** `MEMBER_OF` as `member of`. */
export function typeWords(type: RelationType): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

const QUALIFIERS: Readonly<Record<RelationQualifier, string>> = {
  INTERIM: 'interim',
  ANNOUNCED: 'announced',
  FORMER_NAME: 'under a former name',
  CO_HOLDER: 'shared with a co-holder',
};

export function qualifierWords(qualifier: RelationQualifier): string {
  return QUALIFIERS[qualifier] ?? qualifier.toLowerCase();
}

/** Whether a relation surely holds at the date asked, or only possibly (an end or start no source gives). */
export type Certainty = 'CERTAIN' | 'POSSIBLE';

/**
 * The one place that reads a relation's certainty. Relations the API has not qualified (no date
 * asked, or a server without the field) are certain, as the API's own filter treats them.
 */
export function certaintyOf(relation: { readonly certainty?: Certainty | null }): Certainty {
  return relation.certainty ?? 'CERTAIN';
}

export interface Span {
  readonly since?: string | null;
  readonly until?: string | null;
  readonly ended?: boolean | null;
}

/** A relation's dates in words: `2009-03 – 2011`, `since 1982`, `until 2005`, `ended, date unknown`. */
export function spanWords({ since, until, ended }: Span): string {
  if (since && until) return since === until ? since : `${since} – ${until}`;
  if (since && ended) return `${since} – an end no source dates`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  if (ended) return 'ended; no source dates it';
  return 'no dates given';
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE.test(text);
}

/** How a relation reads from the entity in focus: `Netflix member of AMPTP` or `AMPTP presided by Nick Counter`. */
export function groupTitle(type: RelationType, direction: Direction, focusName: string): string {
  return direction === 'INCOMING' ? `… ${typeWords(type)} ${focusName}` : `${focusName} ${typeWords(type)} …`;
}
