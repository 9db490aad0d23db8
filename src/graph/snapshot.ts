/**
 * A snapshot of a validated dataset, so that a large graph is validated once, not at every start.
 *
 * Keyed by a hash of the data files (their names and bytes): any change to a data file, a file
 * added or removed, makes the snapshot stale, and the loader validates the files again. The file
 * carries a checksum of its body; a snapshot that is truncated, altered or unreadable is reported
 * as damaged and never trusted.
 *
 * What is stored is the validated records, not the graph's indexes: the graph is built from them
 * by the same code as from the data files (`KnowledgeGraph.fromRecords`), so spans, certainty and
 * every index are computed the same way. Relations, a million of them on a large graph, are
 * stored by column: endpoints as entity numbers, dates and roles as numbers into a table of the
 * distinct texts, citation and qualifier lists as numbers into tables of the distinct lists.
 * Decoded, endpoints are the entities' own slug strings and equal lists are one shared frozen
 * array, so the graph holds fewer objects than one read from JSON.
 *
 * The container is node's own structured serialisation (`node:v8`), which writes typed arrays as
 * raw bytes; the columns and the header around it are ours because no library offers a format
 * for these records that is smaller and faster to read than the JSON it replaces.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type EntityRecord, RELATION_TYPES, type RelationRecord, type SourceRecord } from './dataset-schema.js';
import type { PartialDate } from './partial-date.js';
import type { Citation, Entity, Relation, RelationQualifier, Source } from './types.js';

/** Bump when the stored layout or what validation accepts changes: older snapshots then read as stale. */
const FORMAT = 1;
const MAGIC = 'kg-snapshot';

/** The validated records a snapshot holds, as the graph takes them. */
export interface SnapshotRecords {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}

interface Header {
  readonly magic: string;
  readonly format: number;
  /** The hash of the data files the records were validated from. */
  readonly dataset: string;
  /** sha256 of the body, so that damage is found before the body is decoded. */
  readonly body: string;
}

interface RelationColumns {
  readonly ids: string[];
  readonly types: Uint8Array;
  readonly from: Uint32Array;
  readonly to: Uint32Array;
  /** Numbers into `texts`; 0: absent. */
  readonly since: Uint32Array;
  readonly until: Uint32Array;
  readonly role: Uint32Array;
  readonly qualifiers: Uint32Array;
  readonly citations: Uint32Array;
  readonly texts: string[];
  readonly qualifierLists: RelationQualifier[][];
  readonly citationLists: Citation[][];
}

interface Body {
  readonly sources: readonly SourceRecord[];
  readonly entities: readonly EntityRecord[];
  readonly relations: RelationColumns;
}

/** The hash of a dataset directory's data files: their names and contents, in name order. */
export function hashDataFiles(dir: string, names: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n`);
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    hash.update(`${name}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Where the snapshot of a dataset directory lives: one file per directory, replaced as it changes. */
export function snapshotPath(snapshotDir: string, dataDir: string): string {
  // Stryker disable next-line MethodExpression: any length of the digest names one file per directory
  return join(snapshotDir, `${createHash('sha256').update(dataDir).digest('hex').slice(0, 24)}.snapshot`);
}

/** A table of distinct values, numbered from 1 (0 stands for none). */
class Table<T> {
  readonly values: T[] = [];
  readonly #numbers = new Map<string, number>();

  number(key: string, value: T): number {
    let number = this.#numbers.get(key);
    if (number === undefined) {
      this.values.push(value);
      number = this.values.length;
      this.#numbers.set(key, number);
    }
    return number;
  }
}

function encodeRelations(relations: readonly RelationRecord[], entities: readonly EntityRecord[]): RelationColumns {
  const entityNumber = new Map(entities.map((entity, index) => [entity.slug, index]));
  const count = relations.length;
  const columns = {
    ids: new Array<string>(count),
    types: new Uint8Array(count),
    from: new Uint32Array(count),
    to: new Uint32Array(count),
    since: new Uint32Array(count),
    until: new Uint32Array(count),
    role: new Uint32Array(count),
    qualifiers: new Uint32Array(count),
    citations: new Uint32Array(count),
  };
  const texts = new Table<string>();
  const qualifierLists = new Table<RelationQualifier[]>();
  const citationLists = new Table<Citation[]>();
  const typeNumber = new Map(RELATION_TYPES.map((type, index) => [type, index]));
  const text = (value: string | undefined) => (value === undefined ? 0 : texts.number(value, value));
  relations.forEach((relation, index) => {
    columns.ids[index] = relation.id;
    columns.types[index] = typeNumber.get(relation.type) as number;
    columns.from[index] = entityNumber.get(relation.from) as number;
    columns.to[index] = entityNumber.get(relation.to) as number;
    columns.since[index] = text(relation.since);
    columns.until[index] = text(relation.until);
    columns.role[index] = text(relation.role);
    const qualifiers = relation.qualifiers ?? [];
    columns.qualifiers[index] = qualifierLists.number(qualifiers.join(','), [...qualifiers]);
    columns.citations[index] = citationLists.number(JSON.stringify(relation.citations), relation.citations);
  });
  return {
    ...columns,
    texts: texts.values,
    qualifierLists: qualifierLists.values,
    citationLists: citationLists.values,
  };
}

/**
 * Writes the snapshot of validated records, atomically (a temporary file renamed over the old
 * one), so that a reader never sees half of one.
 */
export function writeSnapshot(
  path: string,
  dataset: string,
  records: {
    readonly sources: readonly SourceRecord[];
    readonly entities: readonly EntityRecord[];
    readonly relations: readonly RelationRecord[];
  },
): void {
  const body: Body = {
    sources: records.sources,
    entities: records.entities,
    relations: encodeRelations(records.relations, records.entities),
  };
  const bytes = serialize(body);
  const header: Header = {
    magic: MAGIC,
    format: FORMAT,
    dataset,
    body: createHash('sha256').update(bytes).digest('hex'),
  };
  const dir = join(path, '..');
  mkdirSync(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes]));
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export type SnapshotReading =
  | { readonly status: 'fresh'; readonly records: SnapshotRecords }
  | { readonly status: 'missing' }
  | { readonly status: 'stale' }
  | { readonly status: 'damaged'; readonly reason: string };

/** Reads the snapshot at `path` if it was made from data files of hash `dataset`. Never throws. */
export function readSnapshot(
  path: string,
  dataset: string,
  convert: { entity(record: EntityRecord): Entity; source(record: SourceRecord): Source },
): SnapshotReading {
  const read = readBody(path, dataset);
  if (!('body' in read)) return read;
  try {
    return { status: 'fresh', records: decode(read.body, convert) };
  } catch (error) {
    return { status: 'damaged', reason: (error as Error).message };
  }
}

/** The checked, deserialised body; the file's bytes are let go of before the records are decoded. */
function readBody(path: string, dataset: string): { body: Body } | Exclude<SnapshotReading, { status: 'fresh' }> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
    return { status: 'damaged', reason: `cannot read it: ${(error as Error).message}` };
  }
  try {
    const newline = file.indexOf(10);
    if (newline <= 0) return { status: 'damaged', reason: 'it has no header' };
    const header = JSON.parse(file.subarray(0, newline).toString('utf8')) as Partial<Header>;
    if (header.magic !== MAGIC) return { status: 'damaged', reason: 'it is not a graph snapshot' };
    if (header.format !== FORMAT || header.dataset !== dataset) return { status: 'stale' };
    const bytes = file.subarray(newline + 1);
    if (createHash('sha256').update(bytes).digest('hex') !== header.body) {
      return { status: 'damaged', reason: 'its checksum does not match its contents' };
    }
    return { body: deserialize(bytes) as Body };
  } catch (error) {
    return { status: 'damaged', reason: (error as Error).message };
  }
}

function decode(
  body: Body,
  convert: { entity(record: EntityRecord): Entity; source(record: SourceRecord): Source },
): SnapshotRecords {
  const entities = body.entities.map(convert.entity);
  const columns = body.relations;
  const texts = columns.texts;
  // Each distinct list is stored once, the empty one too: relations with equal lists share one array.
  const qualifierLists = columns.qualifierLists.map((list) => Object.freeze(list));
  const citationLists = columns.citationLists.map((list) =>
    Object.freeze(list.map((citation) => Object.freeze(citation))),
  );
  const slugOf = (number: number) => {
    const entity = entities[number];
    if (!entity) throw new Error(`relation endpoint ${number} is out of range`);
    return entity.slug;
  };
  const count = columns.ids.length;
  const relations = new Array<Relation>(count);
  for (let index = 0; index < count; index++) {
    const since = texts[(columns.since[index] as number) - 1];
    const until = texts[(columns.until[index] as number) - 1];
    const type = RELATION_TYPES[columns.types[index] as number];
    const qualifiers = qualifierLists[(columns.qualifiers[index] as number) - 1];
    const citations = citationLists[(columns.citations[index] as number) - 1];
    if (!type || !qualifiers || !citations) throw new Error(`relation ${columns.ids[index]} is malformed`);
    // The same fields, in the same order, as load.ts's toRelation makes from a record.
    relations[index] = Object.freeze({
      id: columns.ids[index] as string,
      type,
      from: slugOf(columns.from[index] as number),
      to: slugOf(columns.to[index] as number),
      since: since === undefined || since === 'unknown' ? null : (since as PartialDate),
      until: until === undefined || until === 'unknown' ? null : (until as PartialDate),
      ended: until !== undefined,
      role: texts[(columns.role[index] as number) - 1] ?? null,
      qualifiers,
      citations,
    });
  }
  return { sources: body.sources.map(convert.source), entities, relations };
}
