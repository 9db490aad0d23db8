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

export const QUALIFIERS = ['INTERIM', 'FORMER_NAME', 'ANNOUNCED'] as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG_PATTERN, 'must be kebab-case: lower-case letters, digits and single hyphens');

export const partialDateSchema = z
  .string()
  .superRefine((text, ctx) => {
    const problem = partialDateProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((text) => text as PartialDate)
  .meta({
    description: 'A partial date: YYYY, YYYY-MM or YYYY-MM-DD; it stands for its whole span.',
    pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
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
  z.strictObject({ ...entityBase, kind: z.literal('PERSON') }),
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
  since: partialDateSchema.optional(),
  /** A partial date, or "unknown" for a span known to have ended on a date no source gives. */
  until: z.union([partialDateSchema, z.literal('unknown')]).optional(),
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
