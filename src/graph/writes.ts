/**
 * Writes: a change (in the data files' shapes) checked against one version of the graph, exactly
 * as loading checks a record (the zod schemas, then references, dates and uniqueness), and turned
 * into the edit that makes the next version. A refused change lists every problem and changes
 * nothing. Replaying the change log at start goes through here too: one validated path.
 */
import type { z } from 'zod';
import type { ChangeOperation } from '../store/change-log.js';
import { entitySchema, type RelationRecord, relationSchema, sourceSchema } from './dataset-schema.js';
import { type WriteProblem, WriteRejectedError } from './errors.js';
import { entityRecord, relationRecord } from './export.js';
import type { GraphEdit, KnowledgeGraph } from './knowledge-graph.js';
import {
  entityProblems,
  formatPath,
  freezeDeep,
  type KnownKeys,
  type RecordProblem,
  relationProblems,
  toEntity,
  toRelation,
} from './load.js';

/** What a write asks for: an operation, the slug or key it is about, and its payload. */
export interface WriteRequest {
  readonly operation: ChangeOperation;
  readonly key: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Fields that name a record or its kind: an update that changes them is refused (retract and add instead). */
const IDENTITY = {
  entity: ['slug', 'kind'],
  relation: ['id', 'type', 'from', 'to'],
} as const;

function knownKeys(graph: KnowledgeGraph): KnownKeys {
  return { hasSource: (key) => graph.source(key) !== null, hasEntity: (slug) => graph.hasEntity(slug) };
}

function parse<T>(schema: z.ZodType<T>, value: unknown, problems: WriteProblem[]): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(asWriteProblem({ field: formatPath(issue.path) || undefined, message: issue.message }));
  }
  return null;
}

/** A record with `patch` merged in: a field given as null is cleared; identity fields must not change. */
function merge(
  current: Record<string, unknown>,
  patch: Readonly<Record<string, unknown>>,
  identity: readonly string[],
  problems: WriteProblem[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (identity.includes(field)) {
      if (value !== current[field]) {
        problems.push(asWriteProblem({ field, message: `${field} cannot change (retract and add instead)` }));
      }
      continue;
    }
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}

function refuse(problems: readonly WriteProblem[]): never {
  throw new WriteRejectedError(problems);
}

/**
 * Checks a write against `graph` and returns the edit it makes; WriteRejectedError (every
 * problem, each with its field) when it is refused.
 */
export function planWrite(graph: KnowledgeGraph, { operation, key, payload }: WriteRequest): GraphEdit {
  const problems: WriteProblem[] = [];
  const known = knownKeys(graph);
  switch (operation) {
    case 'ADD_SOURCE': {
      const record = parse(sourceSchema, { ...payload, id: key }, problems);
      if (graph.source(key)) problems.push({ field: 'key', message: `a source "${key}" exists already` });
      if (problems.length > 0) refuse(problems);
      // Stryker disable next-line ConditionalExpression: parse leaves a problem whenever it gives null; this narrows the type.
      if (!record) refuse(problems);
      return { sources: [freezeDeep(record)] };
    }
    case 'ADD_ENTITY':
    case 'UPDATE_ENTITY': {
      const current = graph.entity(key);
      let candidate: Record<string, unknown>;
      if (operation === 'ADD_ENTITY') {
        if (current) problems.push({ field: 'slug', message: `an entity "${key}" exists already` });
        candidate = { ...payload, slug: key };
      } else {
        if (!current) refuse([{ field: 'slug', message: `no entity "${key}" in the graph` }]);
        candidate = merge(entityRecord(current) as Record<string, unknown>, payload, IDENTITY.entity, problems);
      }
      const record = parse(entitySchema, candidate, problems);
      problems.push(
        ...(record ? entityProblems(record, known) : referenceProblems(candidate, known)).map(asWriteProblem),
      );
      if (problems.length > 0) refuse(problems);
      // Stryker disable next-line ConditionalExpression: parse leaves a problem whenever it gives null; this narrows the type.
      if (!record) refuse(problems);
      return { entities: [toEntity(record)] };
    }
    case 'ADD_RELATION':
    case 'UPDATE_RELATION': {
      const current = graph.relation(key);
      let candidate: Record<string, unknown>;
      if (operation === 'ADD_RELATION') {
        if (current || graph.retractedRelation(key)) {
          problems.push({
            field: 'key',
            // Stryker disable next-line ConditionalExpression: it only chooses the message's wording; tests pin the field.
            message: current
              ? `a relation "${key}" exists already`
              : `the key "${key}" belonged to a retracted relation and stays taken`,
          });
        }
        candidate = { ...payload, id: key };
      } else {
        if (!current) {
          refuse([
            {
              field: 'key',
              // Stryker disable next-line ConditionalExpression: it only chooses the message's wording; tests pin the field.
              message: graph.retractedRelation(key)
                ? `the relation "${key}" was retracted; add a new one instead`
                : `no relation "${key}" in the graph`,
            },
          ]);
        }
        candidate = merge(relationRecord(current) as Record<string, unknown>, payload, IDENTITY.relation, problems);
      }
      const record = parse<RelationRecord>(relationSchema, candidate, problems);
      problems.push(
        ...(record ? relationProblems(record, known) : referenceProblems(candidate, known)).map(asWriteProblem),
      );
      if (problems.length > 0) refuse(problems);
      // Stryker disable next-line ConditionalExpression: parse leaves a problem whenever it gives null; this narrows the type.
      if (!record) refuse(problems);
      return { relations: [toRelation(record)] };
    }
    case 'RETRACT_RELATION': {
      if (!graph.relation(key)) {
        refuse([
          {
            field: 'key',
            // Stryker disable next-line ConditionalExpression: it only chooses the message's wording; tests pin the field.
            message: graph.retractedRelation(key)
              ? `the relation "${key}" is retracted already`
              : `no relation "${key}" in the graph`,
          },
        ]);
      }
      return { retract: [key] };
    }
  }
}

/**
 * What can still be said of a record its schema refused: the sources and endpoints it names that
 * do not exist, so that one answer lists every problem.
 */
function referenceProblems(candidate: Record<string, unknown>, known: KnownKeys): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const citations = Array.isArray(candidate.citations) ? candidate.citations : [];
  citations.forEach((citation: unknown, index) => {
    const source = (citation as { source?: unknown } | null)?.source;
    if (typeof source === 'string' && !known.hasSource(source)) {
      problems.push({ field: `citations[${index}].source`, message: `cites unknown source "${source}"` });
    }
  });
  for (const field of ['from', 'to'] as const) {
    const slug = candidate[field];
    if (typeof slug === 'string' && !known.hasEntity(slug)) {
      problems.push({ field, message: `endpoint "${slug}" is not an entity of the dataset` });
    }
  }
  return problems;
}

/** A record's problem as the API names its field (a relation's id is its key). */
function asWriteProblem({ field, message }: RecordProblem): WriteProblem {
  return { field: field === undefined ? 'input' : field === 'id' ? 'key' : field, message };
}

/** The record a write touched, as the next version holds it (a retracted relation for a retraction). */
export function writtenRecord(graph: KnowledgeGraph, { operation, key }: WriteRequest) {
  switch (operation) {
    case 'ADD_SOURCE':
      return graph.source(key);
    case 'ADD_ENTITY':
    case 'UPDATE_ENTITY':
      return graph.entity(key);
    case 'ADD_RELATION':
    case 'UPDATE_RELATION':
      return graph.relation(key);
    case 'RETRACT_RELATION':
      return graph.retractedRelation(key);
  }
}

/** Applies a write: the next version, numbered `version`. */
export function applyWrite(graph: KnowledgeGraph, write: WriteRequest, version: number): KnowledgeGraph {
  return graph.withEdit(planWrite(graph, write), version);
}
