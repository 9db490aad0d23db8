/**
 * The format of the files in a dataset directory, as zod schemas. Every `*.json` file in the
 * directory is one `DatasetFile`: any mix of sources, entities and relations, so curators can
 * group records by topic. Cross-record rules (unique keys, endpoints, cited sources) are checked
 * by the loader, which sees all files at once.
 */
import { z } from 'zod';
import { type PartialDate, partialDateProblem } from './partial-date.js';

export const ENTITY_KINDS = [
  'ASSOCIATION',
  'STUDIO',
  'UNION',
  'PERSON',
  'STRIKE',
  'EVENT',
  'COMPANY',
  'AGENCY',
] as const;

export const RELATION_TYPES = [
  'AFFILIATED_WITH',
  'AGAINST',
  'AIDE_TO',
  'CALLED_BY',
  'EXECUTIVE_OF',
  'FOUNDED_BY',
  'HELPED_SHAPE',
  'MEMBER_OF',
  'MERGED_INTO',
  'MERGED_WITH',
  'NEGOTIATES_WITH',
  'PARTY_TO',
  'PART_OF',
  'PRESIDED_BY',
  'SPOKESPERSON',
  'SUBSIDIARY_OF',
  'WITHDREW_FROM',
] as const;

/**
 * How each relation type sits in time. ONGOING relations are states that last (a membership, an
 * office, ownership, a negotiating relationship): their start is a date or said to be unknown,
 * never left out, so that a missing start cannot read as "since always". MOMENT relations happen
 * at one time (a strike called, a withdrawal, a merger, a founding): with no date of their own
 * they take the dates of the strike or event they concern.
 */
export const RELATION_TIMING = {
  AFFILIATED_WITH: 'ONGOING',
  AGAINST: 'MOMENT',
  AIDE_TO: 'ONGOING',
  CALLED_BY: 'MOMENT',
  EXECUTIVE_OF: 'ONGOING',
  FOUNDED_BY: 'MOMENT',
  HELPED_SHAPE: 'MOMENT',
  MEMBER_OF: 'ONGOING',
  MERGED_INTO: 'MOMENT',
  MERGED_WITH: 'MOMENT',
  NEGOTIATES_WITH: 'ONGOING',
  PARTY_TO: 'MOMENT',
  PART_OF: 'ONGOING',
  PRESIDED_BY: 'ONGOING',
  SPOKESPERSON: 'ONGOING',
  SUBSIDIARY_OF: 'ONGOING',
  WITHDREW_FROM: 'MOMENT',
} as const satisfies Record<(typeof RELATION_TYPES)[number], 'ONGOING' | 'MOMENT'>;

export function isOngoing(type: (typeof RELATION_TYPES)[number]): boolean {
  return RELATION_TIMING[type] === 'ONGOING';
}

export const STUDIO_CATEGORIES = [
  'FILM_STUDIO',
  'BROADCAST_NETWORK',
  'CABLE_NETWORK',
  'STREAMING_SERVICE',
  'INDEPENDENT',
] as const;

export const EVENT_CATEGORIES = [
  'MERGER',
  'WITHDRAWAL',
  'PETITION',
  'RECOGNITION_REQUEST',
  'ELECTION_FILING',
  'STRIKE_AUTHORIZATION',
  'AGREEMENT',
  'COLLECTIVE_ACTION',
] as const;

/**
 * CO_HOLDER marks an office shared with another holder at the same time (co-presidents): such a
 * term neither ends nor is ended by the next holder's start.
 */
export const QUALIFIERS = ['INTERIM', 'FORMER_NAME', 'ANNOUNCED', 'CO_HOLDER'] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG_PATTERN, 'must be kebab-case: lower-case letters, digits and single hyphens');

const PARTIAL_DATE_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

export const partialDateSchema = z
  .string()
  .superRefine((text, ctx) => {
    const problem = partialDateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((text) => text as PartialDate)
  .meta({
    description: 'A partial date: YYYY, YYYY-MM or YYYY-MM-DD; it stands for its whole span.',
    pattern: `^${PARTIAL_DATE_PATTERN}$`,
  });

/**
 * A relation's start or end: a partial date, or "unknown" when it is known to exist but no
 * source gives it. Written as one string check rather than a union so that a bad value gets a
 * message saying what is wrong with it, not zod's "Invalid input".
 */
const relationBoundSchema = z
  .string()
  .superRefine((text, ctx) => {
    if (text === 'unknown') return;
    const problem = partialDateProblem(text);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        // A date of the right shape gets the date's own problem (month 13, day 31 of April).
        message: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)
          ? problem
          : `"${text}" is neither a partial date (YYYY, YYYY-MM or YYYY-MM-DD) nor "unknown"`,
      });
    }
  })
  .transform((text) => text as PartialDate | 'unknown')
  .meta({
    description: 'A partial date (YYYY, YYYY-MM or YYYY-MM-DD), or "unknown" when no source gives it.',
    pattern: `^(unknown|${PARTIAL_DATE_PATTERN})$`,
  });

const text = z.string().trim().min(1, 'must not be empty');

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  url: z.url(),
  publisher: text,
  /** When the cited copy was read, if known. */
  accessed: partialDateSchema.optional(),
});

export const citationSchema = z.strictObject({
  source: slug,
  /** The part of the source the fact comes from, e.g. "History" or "Infobox". */
  section: text.optional(),
  note: text.optional(),
});

const citations = z.array(citationSchema).min(1, 'every record cites at least one source');

export const quantitySchema = z.strictObject({
  value: z.number().int().nonnegative(),
  /** EXACT: exactly; OVER: more than; ABOUT: roughly. */
  qualifier: z.enum(['EXACT', 'OVER', 'ABOUT']),
});

export const formerNameSchema = z.strictObject({
  name: text,
  abbreviation: text.optional(),
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
});

const entityBase = {
  slug,
  name: text,
  /** Short forms in use today, e.g. "AMPTP". */
  abbreviations: z.array(text).optional(),
  /** Other names the entity is known by (former names go in formerNames). */
  aliases: z.array(text).optional(),
  formerNames: z.array(formerNameSchema).optional(),
  description: text,
  citations,
};

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...entityBase,
    kind: z.literal('ASSOCIATION'),
    founded: partialDateSchema.optional(),
    dissolved: partialDateSchema.optional(),
    headquarters: text.optional(),
    memberCount: quantitySchema.optional(),
    agreementCount: quantitySchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('STUDIO'),
    category: z.enum(STUDIO_CATEGORIES),
    founded: partialDateSchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('UNION'),
    founded: partialDateSchema.optional(),
    dissolved: partialDateSchema.optional(),
    /** Whom the union represents, in a short phrase. */
    represents: text.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('PERSON'),
    /** Only where a source gives them: they bound when the person's relations can hold. */
    born: partialDateSchema.optional(),
    died: partialDateSchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    /** A parent company or conglomerate that owns studios, networks or services. */
    kind: z.literal('COMPANY'),
    founded: partialDateSchema.optional(),
    headquarters: text.optional(),
  }),
  z.strictObject({
    ...entityBase,
    /** A government body, such as the National Labor Relations Board. */
    kind: z.literal('AGENCY'),
    founded: partialDateSchema.optional(),
    jurisdiction: text.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('STRIKE'),
    startDate: partialDateSchema.optional(),
    endDate: partialDateSchema.optional(),
    /** When a tentative agreement ended the strike, if a source gives it. */
    settlementDate: partialDateSchema.optional(),
    /** When the members ratified the agreement, if a source gives it. */
    ratificationDate: partialDateSchema.optional(),
    /** How many struck. */
    participantCount: quantitySchema.optional(),
  }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('EVENT'),
    category: z.enum(EVENT_CATEGORIES),
    date: partialDateSchema,
    participantCount: quantitySchema.optional(),
  }),
]);

export const relationSchema = z.strictObject({
  id: slug,
  type: z.enum(RELATION_TYPES),
  /** Subject and object by slug; the relation reads as English: from TYPE to. */
  from: slug,
  to: slug,
  /**
   * A partial date, or "unknown" when no source gives it. Required for ONGOING types (see
   * RELATION_TIMING; the loader checks it); a MOMENT relation may leave it out.
   */
  since: relationBoundSchema.optional(),
  /** A partial date, or "unknown" for a span known to have ended on a date no source gives. */
  until: relationBoundSchema.optional(),
  role: text.optional(),
  qualifiers: z.array(z.enum(QUALIFIERS)).optional(),
  citations,
});

/** The JSON Schema of a data file, for editors; generated from the zod schemas above and committed. */
export function datasetJsonSchema(): Record<string, unknown> {
  const file = z.strictObject({
    $schema: z.string().optional(),
    sources: z.array(sourceSchema).optional(),
    entities: z.array(entitySchema).optional(),
    relations: z.array(relationSchema).optional(),
  });
  return {
    ...z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }),
    title: 'A data file of the knowledge graph',
    description: 'Sources, entities and relations; every record cites at least one source.',
  };
}

export const datasetFileSchema = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(z.unknown()).optional(),
  entities: z.array(z.unknown()).optional(),
  relations: z.array(z.unknown()).optional(),
});

export type SourceRecord = z.infer<typeof sourceSchema>;
export type CitationRecord = z.infer<typeof citationSchema>;
export type EntityRecord = z.infer<typeof entitySchema>;
export type RelationRecord = z.infer<typeof relationSchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
