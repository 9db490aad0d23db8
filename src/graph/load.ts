/**
 * Reading a dataset directory: every `*.json` file is parsed and validated with zod, then the
 * records are checked against each other. Every problem is collected with its file, record and
 * field; the graph is built only when there are none, so nothing is ever half-loaded.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSON5 from 'json5';
import type { z } from 'zod';
import {
  type CitationRecord,
  datasetFileSchema,
  ENTITY_KINDS,
  type EntityRecord,
  entitySchema,
  isOngoing,
  RELATION_TYPES,
  type RelationRecord,
  relationSchema,
  type SourceRecord,
  sourceSchema,
} from './dataset-schema.js';
import { DatasetError, type DatasetProblem } from './errors.js';
import { KnowledgeGraph } from './knowledge-graph.js';
import { type PartialDate, spanOf } from './partial-date.js';
import { hashDataFiles, readSnapshot, snapshotPath, writeSnapshot } from './snapshot.js';
import type { Citation, Entity, Relation } from './types.js';

interface Located<T> {
  readonly file: string;
  readonly record: string;
  readonly value: T;
}

export interface DatasetRecords {
  readonly sources: readonly Located<SourceRecord>[];
  readonly entities: readonly Located<EntityRecord>[];
  readonly relations: readonly Located<RelationRecord>[];
}

export interface DatasetReading {
  readonly records: DatasetRecords;
  readonly problems: readonly DatasetProblem[];
  readonly files: readonly string[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function keyOf(raw: unknown, key: 'id' | 'slug'): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function label(collection: string, index: number, key: string | undefined): string {
  return key ? `${collection}[${index}] (${key})` : `${collection}[${index}]`;
}

/** The data files of a dataset directory (every `.json` file), in name order. */
export function listDataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * A JSON syntax error with its line and column. Node's message gives at best a character offset
 * ("at position 123"), sometimes none ("Unexpected token"); JSON5, a superset of JSON whose errors
 * carry line and column, places those. Trailing commas and the like, which JSON5 accepts, do come
 * with an offset, which is turned into a line and column here.
 */
export function jsonSyntaxProblem(text: string, error: Error): string {
  const reason = error.message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+/, '');
  const position = /at position (\d+)/.exec(error.message);
  if (position) {
    const before = text.slice(0, Number(position[1])).split('\n');
    return `not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${reason}`;
  }
  try {
    JSON5.parse(text);
  } catch (json5Error) {
    // Every error JSON5's parser throws is a syntax error carrying both, counted from 1.
    const { lineNumber, columnNumber } = json5Error as { lineNumber: number; columnNumber: number };
    return `not valid JSON at line ${lineNumber}, column ${columnNumber}: ${reason}`;
  }
  return `not valid JSON: ${reason}`;
}

/** Progress of a long read, for a command line to show. */
export type ProgressListener = (message: string) => void;

/** Reads and validates every data file in `dir`; never throws for bad data, returns the problems. */
export function readDataset(dir: string, onProgress?: ProgressListener): DatasetReading {
  const problems: DatasetProblem[] = [];
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = listDataFiles(dir);
  } catch (error) {
    problems.push({ file: dir, message: `cannot read the dataset directory: ${(error as Error).message}` });
    return { records: { sources: [], entities: [], relations: [] }, problems, files: [] };
  }
  if (names.length === 0) problems.push({ file: dir, message: 'the directory holds no .json data files' });
  const files: DataFile[] = [];
  for (const file of names) {
    onProgress?.(`reading ${file}`);
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch (error) {
      problems.push({ file, message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    try {
      files.push({ file, json: JSON.parse(text) });
    } catch (error) {
      problems.push({ file, message: jsonSyntaxProblem(text, error as Error) });
    }
  }
  const reading = validateDatasetFiles(files, onProgress);
  return { ...reading, problems: [...problems, ...reading.problems], files: names };
}

/** A parsed data file: what `readDataset` reads from disk, or what an import builds. */
export interface DataFile {
  readonly file: string;
  readonly json: unknown;
}

/** Validates parsed data files, each record and then across records; collects every problem. */
export function validateDatasetFiles(files: readonly DataFile[], onProgress?: ProgressListener): DatasetReading {
  const problems: DatasetProblem[] = [];
  const sources: Located<SourceRecord>[] = [];
  const entities: Located<EntityRecord>[] = [];
  const relations: Located<RelationRecord>[] = [];
  const records = { sources, entities, relations };

  // Keys of every record that names one, valid or not, so that one bad record is reported once.
  const rawKeys = { sources: new Set<string>(), entities: new Set<string>() };

  for (const { file, json } of files) {
    const parsed = datasetFileSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, field: formatPath(issue.path) || undefined, message: issue.message });
      }
      continue;
    }
    const validate = <T>(
      collection: 'sources' | 'entities' | 'relations',
      schema: z.ZodType<T>,
      keyName: 'id' | 'slug',
      into: Located<T>[],
      precheck?: (raw: unknown) => DatasetProblem['message'] | null,
    ) => {
      (parsed.data[collection] ?? []).forEach((raw, index) => {
        const key = keyOf(raw, keyName);
        const record = label(collection, index, key);
        if (key && collection !== 'relations') rawKeys[collection].add(key);
        const early = precheck?.(raw);
        if (early) {
          problems.push({ file, record, field: early.startsWith('unknown kind') ? 'kind' : 'type', message: early });
          return;
        }
        const result = schema.safeParse(raw);
        if (result.success) into.push({ file, record, value: result.data });
        else {
          for (const issue of result.error.issues) {
            problems.push({ file, record, field: formatPath(issue.path) || undefined, message: issue.message });
          }
        }
      });
    };
    validate('sources', sourceSchema, 'id', sources);
    validate('entities', entitySchema, 'slug', entities, (raw) => {
      const kind = (raw as { kind?: unknown } | null)?.kind;
      return typeof kind === 'string' && !(ENTITY_KINDS as readonly string[]).includes(kind)
        ? `unknown kind "${kind}" (expected one of ${ENTITY_KINDS.join(', ')})`
        : null;
    });
    validate('relations', relationSchema, 'id', relations, (raw) => {
      const type = (raw as { type?: unknown } | null)?.type;
      return typeof type === 'string' && !(RELATION_TYPES as readonly string[]).includes(type)
        ? `unknown relation type "${type}" (expected one of ${RELATION_TYPES.join(', ')})`
        : null;
    });
  }

  onProgress?.(`checking ${entities.length} entities and ${relations.length} relations against each other`);
  checkAcrossRecords(records, rawKeys, problems);
  return { records, problems, files: files.map(({ file }) => file) };
}

/** A problem of one record, before it is placed in a file. */
export interface RecordProblem {
  readonly field?: string;
  readonly message: string;
}

/** What a record's references are checked against: the other records of the dataset, or of the graph. */
export interface KnownKeys {
  hasSource(key: string): boolean;
  hasEntity(slug: string): boolean;
}

function orderProblem(
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  startField: string,
  endField: string,
): RecordProblem[] {
  return start && end && spanOf(start).start > spanOf(end).end
    ? [{ field: startField, message: `${startField} ${start} is after ${endField} ${end}` }]
    : [];
}

function citationProblems(record: { citations: readonly { source: string }[] }, known: KnownKeys): RecordProblem[] {
  // A plain loop: run once per record of a dataset of a million, it should make nothing when all is well.
  const problems: RecordProblem[] = [];
  record.citations.forEach((citation, index) => {
    if (!known.hasSource(citation.source)) {
      problems.push({ field: `citations[${index}].source`, message: `cites unknown source "${citation.source}"` });
    }
  });
  return problems;
}

/** What an entity that passed its zod schema must also meet: known sources, dates in order. */
export function entityProblems(value: EntityRecord, known: KnownKeys): RecordProblem[] {
  const problems = citationProblems(value, known);
  value.formerNames?.forEach((former, index) => {
    problems.push(
      ...orderProblem(former.since, former.until, `formerNames[${index}].since`, `formerNames[${index}].until`),
    );
  });
  if (value.kind === 'STRIKE') problems.push(...orderProblem(value.startDate, value.endDate, 'startDate', 'endDate'));
  if (value.kind === 'ASSOCIATION' || value.kind === 'UNION') {
    problems.push(...orderProblem(value.founded, value.dissolved, 'founded', 'dissolved'));
  }
  return problems;
}

/** What a relation that passed its zod schema must also meet: known sources and endpoints, dates in order. */
export function relationProblems(value: RelationRecord, known: KnownKeys): RecordProblem[] {
  const problems = citationProblems(value, known);
  const { from, to, since, until, type } = value;
  if (since === undefined && isOngoing(type)) {
    problems.push({
      field: 'since',
      message: `a ${type} relation lasts over time: give "since" as a date, or "unknown" when no source gives it`,
    });
  }
  if (!known.hasEntity(from))
    problems.push({ field: 'from', message: `endpoint "${from}" is not an entity of the dataset` });
  if (!known.hasEntity(to)) problems.push({ field: 'to', message: `endpoint "${to}" is not an entity of the dataset` });
  if (from === to) problems.push({ field: 'to', message: 'a relation cannot join an entity to itself' });
  // A date left out is no bound (orderProblem skips it); "unknown" is none either.
  if (since !== 'unknown' && until !== 'unknown') {
    problems.push(...orderProblem(since, until, 'since', 'until'));
  }
  return problems;
}

function checkAcrossRecords(
  { sources, entities, relations }: DatasetRecords,
  rawKeys: { sources: Set<string>; entities: Set<string> },
  problems: DatasetProblem[],
): void {
  // One map per kind, holding the first record itself: no key or label string made per record.
  const firstSeen = { source: new Map(), entity: new Map(), relation: new Map() } satisfies Record<
    string,
    Map<string, Located<unknown>>
  >;
  const duplicates = (kind: keyof typeof firstSeen, located: Located<unknown>, key: string) => {
    const seen = firstSeen[kind].get(key);
    if (seen) {
      problems.push({
        file: located.file,
        record: located.record,
        field: kind === 'entity' ? 'slug' : 'id',
        message: `duplicate ${kind} ${kind === 'entity' ? 'slug' : 'id'} "${key}" (first defined at ${seen.file}: ${seen.record})`,
      });
    } else firstSeen[kind].set(key, located);
  };
  for (const source of sources) duplicates('source', source, source.value.id);
  for (const entity of entities) duplicates('entity', entity, entity.value.slug);
  for (const relation of relations) duplicates('relation', relation, relation.value.id);

  const known: KnownKeys = {
    hasSource: (key) => rawKeys.sources.has(key),
    hasEntity: (slug) => rawKeys.entities.has(slug),
  };
  const place = (located: Located<unknown>, found: readonly RecordProblem[]) => {
    for (let index = 0; index < found.length; index++) {
      problems.push({ file: located.file, record: located.record, ...(found[index] as RecordProblem) });
    }
  };
  for (const entity of entities) place(entity, entityProblems(entity.value, known));
  for (const relation of relations) place(relation, relationProblems(relation.value, known));
}

export function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freezeDeep(inner);
    Object.freeze(value);
  }
  return value;
}

export function toEntity(record: EntityRecord): Entity {
  return freezeDeep({
    ...record,
    abbreviations: record.abbreviations ?? [],
    aliases: record.aliases ?? [],
    formerNames: record.formerNames ?? [],
  }) as Entity;
}

const NO_QUALIFIERS: readonly never[] = Object.freeze([]);

/**
 * Frozen citation lists of one bare source each (`[{ source }]`), by source key: on a large graph
 * most relations cite that way, and one shared list saves an array and an object per relation.
 */
export type SharedCitations = Map<string, readonly Citation[]>;

function citationsOf(citations: readonly CitationRecord[], shared?: SharedCitations): readonly Citation[] {
  const only = citations.length === 1 ? (citations[0] as CitationRecord) : null;
  if (!shared || !only || only.section !== undefined || only.note !== undefined) return citations;
  let list = shared.get(only.source);
  // Stryker disable next-line ConditionalExpression: a cache; a list made afresh holds the same citation
  if (!list) {
    list = freezeDeep([{ source: only.source }]);
    shared.set(only.source, list);
  }
  return list;
}

export function toRelation(record: RelationRecord, shared?: SharedCitations): Relation {
  return freezeDeep({
    id: record.id,
    type: record.type,
    from: record.from,
    to: record.to,
    since: record.since === 'unknown' ? null : (record.since ?? null),
    until: record.until === 'unknown' ? null : (record.until ?? null),
    ended: record.until !== undefined,
    role: record.role ?? null,
    qualifiers: record.qualifiers && record.qualifiers.length > 0 ? record.qualifiers : NO_QUALIFIERS,
    citations: citationsOf(record.citations, shared),
  });
}

/** Builds the graph from records that passed `readDataset` without problems. */
export function buildGraph(records: DatasetRecords): KnowledgeGraph {
  const shared: SharedCitations = new Map();
  return KnowledgeGraph.fromRecords({
    entities: records.entities.map(({ value }) => toEntity(value)),
    relations: records.relations.map(({ value }) => toRelation(value, shared)),
    sources: records.sources.map(({ value }) => freezeDeep(value)),
  });
}

/** Below this many records, validating the data files is quick enough that no snapshot is kept. */
export const SNAPSHOT_MIN_RECORDS = 50_000;

export interface LoadOptions {
  /**
   * A directory for a snapshot of the validated dataset (snapshot.ts): the next load of the same,
   * unchanged data files reads it instead of validating them again. None: validate every time.
   */
  readonly snapshotDir?: string | null;
  /** Datasets with fewer records get no snapshot (SNAPSHOT_MIN_RECORDS). */
  readonly snapshotMinRecords?: number;
  /** Told when a snapshot is damaged or cannot be written; the load goes on from the data files. */
  readonly onWarning?: (message: string) => void;
}

/** How the last `loadDataset` of a process went, for a log line or a bench. */
export type LoadSource = 'data files' | 'snapshot';

/**
 * Reads, validates and builds; throws DatasetError listing every problem. With a snapshot
 * directory, a snapshot of the same data files stands in for reading and validating them.
 */
export function loadDataset(dir: string, options: LoadOptions = {}): KnowledgeGraph {
  return loadDatasetFrom(dir, options).graph;
}

/** `loadDataset`, saying whether the graph came from a snapshot. */
export function loadDatasetFrom(dir: string, options: LoadOptions = {}): { graph: KnowledgeGraph; source: LoadSource } {
  const { snapshotDir, onWarning } = options;
  const fromFiles = () => {
    const reading = readDataset(dir);
    if (reading.problems.length > 0) throw new DatasetError(reading.problems);
    return reading;
  };
  if (!snapshotDir) return { graph: buildGraph(fromFiles().records), source: 'data files' };

  let names: string[];
  let hash: string;
  try {
    names = listDataFiles(dir);
    hash = hashDataFiles(dir, names);
  } catch {
    // An unreadable directory or file: the read below says what is wrong, with the file's name.
    return { graph: buildGraph(fromFiles().records), source: 'data files' };
  }
  const path = snapshotPath(snapshotDir, resolve(dir));
  const found = readSnapshot(path, hash, { entity: toEntity, source: (source) => freezeDeep(source) });
  if (found.status === 'fresh') return { graph: KnowledgeGraph.fromRecords(found.records), source: 'snapshot' };
  if (found.status === 'damaged') {
    onWarning?.(`the dataset snapshot ${path} is damaged (${found.reason}); validating the data files instead`);
  }

  const reading = fromFiles();
  const graph = buildGraph(reading.records);
  const { sources, entities, relations } = reading.records;
  if (sources.length + entities.length + relations.length >= (options.snapshotMinRecords ?? SNAPSHOT_MIN_RECORDS)) {
    try {
      // The files may have changed while they were read: keep only records that match the hash.
      if (reading.files.join('\n') === names.join('\n') && hashDataFiles(dir, names) === hash) {
        const values = <T>(list: readonly Located<T>[]) => list.map(({ value }) => value);
        writeSnapshot(path, hash, {
          sources: values(sources),
          entities: values(entities),
          relations: values(relations),
        });
      }
    } catch (error) {
      onWarning?.(`cannot write the dataset snapshot ${path}: ${(error as Error).message}`);
    }
  }
  return { graph, source: 'data files' };
}
