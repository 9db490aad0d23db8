/**
 * Mutations: every write goes through the living graph (src/store/living-graph.ts), which checks
 * it exactly as loading checks the data files, commits it to the change log, and only then
 * makes it current. Inputs take the data files' field names and shapes (dates and categories as
 * the same strings, checked by the same schemas), except that relations and sources are named by
 * `key`, as everywhere in the API. Each mutation returns the record it wrote, as the new version
 * holds it; the rest of the operation reads that version.
 */
import { type Context, pinGraph } from '../context.js';
import { graphQLErrorOf, writeRefused } from '../errors.js';
import type { Entity, Relation, Source } from '../graph/types.js';
import { type WriteRequest, writtenRecord } from '../graph/writes.js';
import { builder } from './builder.js';
import { EntityKindEnum, EntityRef, RelationQualifierEnum, RelationRef, RelationTypeEnum, SourceRef } from './refs.js';

const CitationInput = builder.inputType('CitationInput', {
  description: 'Where a fact comes from: a source by key, the part of it, and an optional note.',
  fields: (t) => ({
    source: t.string({ required: true }),
    section: t.string(),
    note: t.string(),
  }),
});

const QuantityInput = builder.inputType('QuantityInput', {
  description: 'A count as the source states it; qualifier EXACT, OVER or ABOUT.',
  fields: (t) => ({ value: t.int({ required: true }), qualifier: t.string({ required: true }) }),
});

const FormerNameInput = builder.inputType('FormerNameInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    abbreviation: t.string(),
    since: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    until: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
  }),
});

type InputFields = Parameters<NonNullable<Parameters<typeof builder.inputType>[1]['fields']>>[0];

/**
 * The fields an entity may carry, whatever its kind; which ones a kind takes is checked as in the
 * data files. `adding`: the fields every entity needs are required.
 */
const entityFields = (t: InputFields, adding: boolean) => ({
  name: t.string({ required: adding }),
  description: t.string({ required: adding, description: 'In your own words; never copied from the source.' }),
  citations: t.field({ type: [CitationInput], required: adding }),
  abbreviations: t.stringList(),
  aliases: t.stringList(),
  formerNames: t.field({ type: [FormerNameInput] }),
  category: t.string({ description: 'STUDIO: FILM_STUDIO, BROADCAST_NETWORK, …; EVENT: MERGER, WITHDRAWAL, ….' }),
  founded: t.string({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, as every date here.' }),
  dissolved: t.string(),
  headquarters: t.string(),
  represents: t.string(),
  jurisdiction: t.string(),
  memberCount: t.field({ type: QuantityInput }),
  agreementCount: t.field({ type: QuantityInput }),
  participantCount: t.field({ type: QuantityInput }),
  startDate: t.string(),
  endDate: t.string(),
  settlementDate: t.string(),
  ratificationDate: t.string(),
  date: t.string(),
  born: t.string({ description: 'PERSON, where a source gives it.' }),
  died: t.string({ description: 'PERSON, where a source gives it.' }),
});

const EntityInput = builder.inputType('EntityInput', {
  description: "A new entity, in the data files' shape.",
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Stable, kebab-case: lower-case letters, digits, single hyphens.' }),
    kind: t.field({ type: EntityKindEnum, required: true }),
    ...entityFields(t, true),
  }),
});

const EntityUpdateInput = builder.inputType('EntityUpdateInput', {
  description: 'Fields to change; a field given as null is cleared. Slug and kind never change.',
  fields: (t) => entityFields(t, false),
});

/** The fields of a relation besides its identity (key, type, from, to). */
const relationFields = (t: InputFields, adding: boolean) => ({
  since: t.string({
    description:
      'YYYY, YYYY-MM, YYYY-MM-DD, or "unknown" for a start no source dates; lasting relations (membership, office, …) need one.',
  }),
  until: t.string({ description: 'YYYY, YYYY-MM, YYYY-MM-DD, or "unknown" for an end no source dates.' }),
  role: t.string(),
  qualifiers: t.field({ type: [RelationQualifierEnum] }),
  citations: t.field({ type: [CitationInput], required: adding }),
});

const RelationInput = builder.inputType('RelationInput', {
  description: "A new relation, in the data files' shape; it reads as English: from TYPE to.",
  fields: (t) => ({
    key: t.string({ required: true, description: "Stable, kebab-case; a retracted relation's key stays taken." }),
    type: t.field({ type: RelationTypeEnum, required: true }),
    from: t.string({ required: true, description: 'The subject, by slug.' }),
    to: t.string({ required: true, description: 'The object, by slug.' }),
    ...relationFields(t, true),
  }),
});

const RelationUpdateInput = builder.inputType('RelationUpdateInput', {
  description: 'Fields to change; a field given as null is cleared. Key, type, from and to never change.',
  fields: (t) => relationFields(t, false),
});

const SourceInput = builder.inputType('SourceInput', {
  description: 'A published work that facts can cite.',
  fields: (t) => ({
    key: t.string({ required: true }),
    title: t.string({ required: true }),
    url: t.string({ required: true }),
    publisher: t.string({ required: true }),
    accessed: t.string({ description: 'When the cited copy was read: YYYY, YYYY-MM or YYYY-MM-DD.' }),
  }),
});

/**
 * An input object as a data-file record: fields given as null are left out (an add has nothing to
 * clear). `!= null` drops undefined too, though GraphQL leaves an omitted field out rather than undefined.
 */
function withoutNulls(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));
}

/** An input object's fields as given (null kept: it clears the field), in the data files' shapes. */
function asGiven(input: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input));
}

/** Writes through the living graph; the rest of the operation reads the version the write made. */
async function write(context: Context, request: WriteRequest, reason: string): Promise<unknown> {
  const living = context.living;
  // scope-auth let only a curator in; a server without a living graph has no curators.
  if (!living || !context.actor) throw writeRefused([{ field: 'input', message: 'this server takes no writes' }]);
  if (!reason.trim()) throw writeRefused([{ field: 'reason', message: 'must not be empty: say why' }]);
  try {
    const { graph } = await living.write({ ...request, actor: context.actor, reason: reason.trim() });
    pinGraph(context, graph);
    return writtenRecord(graph, request);
  } catch (error) {
    // Stryker disable next-line LogicalOperator: yoga's maskError (src/yoga.ts) maps an uncoded error through graphQLErrorOf too, to the same coded error, locations and path
    throw graphQLErrorOf(error) ?? error;
  }
}

builder.mutationType({
  description: 'Writes, for curators with a token (Authorization: Bearer TOKEN). Each returns the record it wrote.',
});

builder.mutationFields((t) => ({
  addSource: t.field({
    type: SourceRef,
    authScopes: { curator: true },
    args: { input: t.arg({ type: SourceInput, required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { input, reason }, context) => {
      const { key, ...fields } = input;
      return (await write(context, { operation: 'ADD_SOURCE', key, payload: withoutNulls(fields) }, reason)) as Source;
    },
  }),
  addEntity: t.field({
    type: EntityRef,
    authScopes: { curator: true },
    args: { input: t.arg({ type: EntityInput, required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { input, reason }, context) => {
      const { slug, ...fields } = asGiven(input);
      return (await write(
        context,
        { operation: 'ADD_ENTITY', key: slug as string, payload: withoutNulls(fields) },
        reason,
      )) as Entity;
    },
  }),
  updateEntity: t.field({
    type: EntityRef,
    authScopes: { curator: true },
    args: {
      slug: t.arg.string({ required: true }),
      input: t.arg({ type: EntityUpdateInput, required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, { slug, input, reason }, context) =>
      (await write(context, { operation: 'UPDATE_ENTITY', key: slug, payload: asGiven(input) }, reason)) as Entity,
  }),
  addRelation: t.field({
    type: RelationRef,
    authScopes: { curator: true },
    args: { input: t.arg({ type: RelationInput, required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { input, reason }, context) => {
      const { key, ...fields } = asGiven(input);
      return (await write(
        context,
        { operation: 'ADD_RELATION', key: key as string, payload: withoutNulls(fields) },
        reason,
      )) as Relation;
    },
  }),
  updateRelation: t.field({
    type: RelationRef,
    authScopes: { curator: true },
    args: {
      key: t.arg.string({ required: true }),
      input: t.arg({ type: RelationUpdateInput, required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: async (_root, { key, input, reason }, context) =>
      (await write(context, { operation: 'UPDATE_RELATION', key, payload: asGiven(input) }, reason)) as Relation,
  }),
  retractRelation: t.field({
    type: RelationRef,
    authScopes: { curator: true },
    description: 'Takes a relation out of every read; its key stays taken and its history stays.',
    args: { key: t.arg.string({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, { key, reason }, context) =>
      (await write(context, { operation: 'RETRACT_RELATION', key, payload: {} }, reason)) as Relation,
  }),
}));
