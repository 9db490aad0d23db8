/** The read-only shapes the graph module hands out. They are frozen: callers cannot change the graph. */
import type {
  CitationRecord,
  EntityKind,
  EntityRecord,
  QUALIFIERS,
  RelationType,
  SourceRecord,
} from './dataset-schema.js';
import type { PartialDate } from './partial-date.js';

export type { EntityKind, RelationType };

export type Source = Readonly<SourceRecord>;
export type Citation = Readonly<CitationRecord>;

type DeepReadonly<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** An entity: its record from the data, with list fields always present. */
export type Entity = DeepReadonly<
  EntityRecord & {
    abbreviations: string[];
    aliases: string[];
    formerNames: NonNullable<EntityRecord['formerNames']>;
  }
>;

export type EntityOfKind<K extends EntityKind> = Extract<Entity, { kind: K }>;

export type RelationQualifier = (typeof QUALIFIERS)[number];

export interface Relation {
  readonly id: string;
  readonly type: RelationType;
  /** Subject slug: the relation reads "from TYPE to". */
  readonly from: string;
  readonly to: string;
  /** Null when no source gives it (recorded as "unknown", or left out for a one-time relation). */
  readonly since: PartialDate | null;
  /** Null when the relation still holds or when it ended on a date no source gives (see `ended`). */
  readonly until: PartialDate | null;
  /** True when the relation no longer holds, whether or not its end date is known. */
  readonly ended: boolean;
  readonly role: string | null;
  readonly qualifiers: readonly RelationQualifier[];
  readonly citations: readonly Citation[];
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface RelationFilter {
  readonly direction?: Direction;
  readonly types?: readonly RelationType[] | null;
  /** Keep relations whose span overlaps this date's span. */
  readonly asOf?: PartialDate | null;
  /** Keep relations whose span overlaps this interval; a missing end is unbounded. */
  readonly during?: Interval | null;
  /** With asOf or during: keep only relations that surely hold then, not those that only may. */
  readonly certainOnly?: boolean | null;
  /** Keep only relations that still hold (not ended). */
  readonly current?: boolean | null;
  /** Keep only relations that cite one of these sources (by key). */
  readonly sources?: readonly string[] | null;
}

export interface Interval {
  readonly from?: PartialDate | null;
  readonly to?: PartialDate | null;
}
