/**
 * The SQLite change log and the living graph over it, through their module APIs: appends commit in
 * order without gaps (two handles on one file included), a damaged or tampered store is refused,
 * and a stored change that no longer applies to the dataset stops the start.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WriteRejectedError } from '../../src/graph/errors.js';
import { loadDataset } from '../../src/graph/load.js';
import { planWrite } from '../../src/graph/writes.js';
import { type ChangeDraft, StoreError } from '../../src/store/change-log.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { DEFAULT_DATA, SMALL_FIXTURE } from '../graph/fixture.js';

const storeFile = () => join(mkdtempSync(join(tmpdir(), 'kg-sqlite-')), 'kg.sqlite');

const draft = (key: string): ChangeDraft => ({
  operation: 'ADD_SOURCE',
  key,
  payload: { title: `Source ${key}`, url: `https://example.org/${key}`, publisher: 'Example' },
  actor: 'tester',
  reason: 'test',
});

describe('SqliteChangeLog', () => {
  it('numbers changes 1, 2, 3 and reads back exactly what was appended', async () => {
    const log = SqliteChangeLog.open(storeFile());
    const first = await log.append(0, () => draft('a'));
    const second = await log.append(1, () => draft('b'));
    expect([first.change.seq, second.change.seq]).toEqual([1, 2]);
    expect(first.missed).toEqual([]);
    const read = await log.readAfter(0);
    expect(read.map((change) => [change.seq, change.key, change.payload])).toEqual([
      [1, 'a', draft('a').payload],
      [2, 'b', draft('b').payload],
    ]);
    expect(await log.readAfter(1)).toHaveLength(1);
    await log.close();
  });

  it('two handles on one file serialise: the second sees the first as missed, no gap, no duplicate', async () => {
    const file = storeFile();
    const one = SqliteChangeLog.open(file);
    const two = SqliteChangeLog.open(file);
    await one.append(0, () => draft('from-one'));
    const seen: string[] = [];
    const result = await two.append(0, (missed) => {
      seen.push(...missed.map((change) => change.key));
      return draft('from-two');
    });
    expect(seen).toEqual(['from-one']);
    expect(result.change.seq).toBe(2);
    expect((await one.readAfter(0)).map((change) => change.key)).toEqual(['from-one', 'from-two']);
    await one.close();
    await two.close();
  });

  it('appends nothing when prepare throws, and passes the error on', async () => {
    const log = SqliteChangeLog.open(storeFile());
    const refusal = new WriteRejectedError([{ field: 'key', message: 'no' }]);
    await expect(
      log.append(0, () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await log.readAfter(0)).toEqual([]);
    expect((await log.append(0, () => draft('after'))).change.seq).toBe(1);
    await log.close();
  });

  it('refuses a store whose rows were tampered with (checksum) or whose sequence has a gap', async () => {
    const tampered = storeFile();
    const log = SqliteChangeLog.open(tampered);
    await log.append(0, () => draft('a'));
    await log.append(1, () => draft('b'));
    await log.close();
    const db = new Database(tampered);
    db.prepare("UPDATE changes SET reason = 'rewritten' WHERE seq = 2").run();
    db.close();
    expect(() => SqliteChangeLog.open(tampered)).toThrow(/change 2 does not match its checksum: the store is damaged/);

    const gap = storeFile();
    const other = SqliteChangeLog.open(gap);
    await other.append(0, () => draft('a'));
    await other.append(1, () => draft('b'));
    await other.close();
    const raw = new Database(gap);
    raw.prepare('DELETE FROM changes WHERE seq = 1').run();
    raw.close();
    expect(() => SqliteChangeLog.open(gap)).toThrow(/expected change 1, found 2/);
  });

  it('refuses a file that is not a store', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-sqlite-')), 'not-a-store');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'this is not a database, just some text that is long enough to look like a header......');
    expect(() => SqliteChangeLog.open(file)).toThrow(StoreError);
  });
});

/** A row written behind the log's back, with a checksum computed here as the module documents it. */
function insertRaw(file: string, row: { seq: number; operation: string; payload: string }): void {
  const full = { at: '2024-01-01T00:00:00.000Z', actor: 'tester', key: 'raw', reason: 'test', ...row };
  const checksum = createHash('sha256')
    .update(JSON.stringify([full.seq, full.at, full.actor, full.operation, full.key, full.payload, full.reason]))
    .digest('hex');
  const db = new Database(file);
  db.prepare(
    'INSERT INTO changes (seq, at, actor, operation, key, payload, reason, checksum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(full.seq, full.at, full.actor, full.operation, full.key, full.payload, full.reason, checksum);
  db.close();
}

describe('SqliteChangeLog: opening', () => {
  it('creates the directories of a path that does not exist yet, and the file in WAL mode', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-sqlite-')), 'nested', 'deeper', 'kg.sqlite');
    const log = SqliteChangeLog.open(file);
    expect(log.isAvailable()).toBe(true);
    await log.close();
    expect(log.isAvailable()).toBe(false);
    await log.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare("SELECT value FROM meta WHERE name = 'format'").pluck().get()).toBe('1');
    db.close();
  });

  it('read-only: refuses a file that does not exist (and creates none), reads one that does', async () => {
    const missing = storeFile();
    expect(() => SqliteChangeLog.open(missing, { readonly: true })).toThrow(StoreError);
    expect(existsSync(missing)).toBe(false);
    const file = storeFile();
    const writer = SqliteChangeLog.open(file);
    await writer.append(0, () => draft('a'));
    const reader = SqliteChangeLog.open(file, { readonly: true });
    expect((await reader.readAfter(0)).map((change) => change.key)).toEqual(['a']);
    await reader.close();
    await writer.close();
  });

  it('read-only: creates no directory for a path whose directory is missing', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'kg-sqlite-')), 'nested');
    expect(() => SqliteChangeLog.open(join(dir, 'kg.sqlite'), { readonly: true })).toThrow(StoreError);
    expect(existsSync(dir)).toBe(false);
  });

  it('read-only: opens a store kept in rollback-journal mode without switching it to WAL', async () => {
    const file = storeFile();
    const writer = SqliteChangeLog.open(file);
    await writer.append(0, () => draft('a'));
    await writer.close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const reader = SqliteChangeLog.open(file, { readonly: true });
    expect((await reader.readAfter(0)).map((change) => change.key)).toEqual(['a']);
    await reader.close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('refuses a store of another format', () => {
    const file = storeFile();
    SqliteChangeLog.open(file).close();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = '2' WHERE name = 'format'").run();
    db.close();
    // Said as it is, not wrapped again as a store that "cannot be read".
    expect(() => SqliteChangeLog.open(file)).toThrow(/^the store \S+ has format 2, this server reads format 1$/);
  });

  it('refuses a stored change with an unknown operation or a payload that is not JSON, even with a valid checksum', async () => {
    const unknown = storeFile();
    await SqliteChangeLog.open(unknown).close();
    insertRaw(unknown, { seq: 1, operation: 'DROP_EVERYTHING', payload: '{}' });
    expect(() => SqliteChangeLog.open(unknown)).toThrow(/change 1 has an unknown operation "DROP_EVERYTHING"/);

    const notJson = storeFile();
    await SqliteChangeLog.open(notJson).close();
    insertRaw(notJson, { seq: 1, operation: 'ADD_SOURCE', payload: '{not json' });
    expect(() => SqliteChangeLog.open(notJson)).toThrow(/change 1 has a payload that is not JSON/);

    // The same row with a valid operation and payload is read as it was written.
    const fine = storeFile();
    await SqliteChangeLog.open(fine).close();
    insertRaw(fine, { seq: 1, operation: 'RETRACT_RELATION', payload: '{"a":1}' });
    const log = SqliteChangeLog.open(fine);
    expect(await log.readAfter(0)).toEqual([
      {
        seq: 1,
        at: '2024-01-01T00:00:00.000Z',
        actor: 'tester',
        operation: 'RETRACT_RELATION',
        key: 'raw',
        payload: { a: 1 },
        reason: 'test',
      },
    ]);
    await log.close();
  });

  it('checks the sequence of what it reads from where the caller is', async () => {
    const file = storeFile();
    const log = SqliteChangeLog.open(file);
    for (const [after, key] of [
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ] as const)
      await log.append(after, () => draft(key));
    expect((await log.readAfter(2)).map((change) => [change.seq, change.key])).toEqual([[3, 'c']]);
    expect(await log.readAfter(3)).toEqual([]);
    // Another handle appends; this one, two changes behind, is given both as missed, then its own.
    const other = SqliteChangeLog.open(file);
    await other.append(3, () => draft('d'));
    const result = await log.append(2, () => draft('e'));
    expect(result.missed.map((change) => change.seq)).toEqual([3, 4]);
    expect(result.change).toMatchObject({ seq: 5, key: 'e', actor: 'tester', reason: 'test' });
    expect(Date.parse(result.change.at)).not.toBeNaN();
    await other.close();
    await log.close();
  });
});

describe('LivingGraph', () => {
  it('refuses to start when a stored change no longer applies to the dataset', async () => {
    const file = storeFile();
    const living = await LivingGraph.open(DEFAULT_DATA, SqliteChangeLog.open(file));
    await living.write({
      operation: 'ADD_RELATION',
      key: 'netflix-member-of-amptp-again',
      payload: {
        type: 'MEMBER_OF',
        from: 'netflix',
        to: 'amptp',
        since: '2021',
        citations: [{ source: 'wikipedia-amptp' }],
      },
      actor: 'tester',
      reason: 'test',
    });
    await living.close();
    // The small fixture has neither Netflix nor the AMPTP: the stored change names what it lacks.
    await expect(LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(file))).rejects.toThrow(
      /change 1 \(ADD_RELATION "netflix-member-of-amptp-again" by tester\) no longer applies to the dataset: .*from: endpoint "netflix" is not an entity/,
    );
  });

  it('an update from the log that would change identity is refused', () => {
    const graph = loadDataset(DEFAULT_DATA);
    expect(() =>
      planWrite(graph, { operation: 'UPDATE_ENTITY', key: 'netflix', payload: { kind: 'UNION', name: 'Netflix' } }),
    ).toThrow(/kind: kind cannot change \(retract and add instead\)/);
    expect(() =>
      planWrite(graph, {
        operation: 'UPDATE_RELATION',
        key: graph.relationsOf('netflix', { types: ['MEMBER_OF'] })[0]?.relation.id as string,
        payload: { to: 'writers-guild-of-america-west' },
      }),
    ).toThrow(/to: to cannot change/);
  });
});

describe('LivingGraph over one SQLite file', () => {
  const addSource = (living: LivingGraph, key: string) => living.write(draft(key));

  it('numbers its versions 1, 2, ..., keeps the history of each, and tells listeners until they stop', async () => {
    const living = await LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(storeFile()));
    const heard: [number, string][] = [];
    const stop = living.onChange((change, graph) => heard.push([graph.version, change.key]));
    const first = await addSource(living, 'first');
    stop();
    const second = await addSource(living, 'second');
    expect([first.graph.version, second.graph.version, living.current.version]).toEqual([1, 2, 2]);
    expect(heard).toEqual([[1, 'first']]);
    expect(living.history(first.graph).map((change) => change.key)).toEqual(['first']);
    expect(living.history(second.graph).map((change) => change.key)).toEqual(['first', 'second']);
    await living.close();
    expect(living.log.isAvailable()).toBe(false);
  });

  it('catches up with what another process appended to the same file', async () => {
    const file = storeFile();
    const writer = await LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(file));
    const reader = await LivingGraph.open(SMALL_FIXTURE, SqliteChangeLog.open(file));
    await addSource(writer, 'elsewhere');
    expect(reader.current.version).toBe(0);
    await reader.catchUp();
    expect(reader.current.version).toBe(1);
    expect(reader.current.source('elsewhere')?.title).toBe('Source elsewhere');
    // Its own next write comes after the change it caught up with.
    const own = await addSource(reader, 'own');
    expect(own.change.seq).toBe(2);
    await reader.close();
    await writer.close();
  });
});

describe('SqliteChangeLog: a damaged file', () => {
  it('refuses a store whose pages SQLite finds damaged, though every row still reads', async () => {
    const file = storeFile();
    const log = SqliteChangeLog.open(file);
    await log.append(0, () => draft('a'));
    await log.close();
    // Free pages, then a free-page count in the file header that no longer matches them (a 4-byte
    // big-endian integer at offset 36 of SQLite's file format).
    const db = new Database(file);
    db.exec('CREATE TABLE scratch (x); INSERT INTO scratch VALUES (randomblob(5000)); DROP TABLE scratch;');
    db.close();
    const bytes = readFileSync(file);
    bytes.writeUInt32BE(bytes.readUInt32BE(36) + 1, 36);
    writeFileSync(file, bytes);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT key FROM changes').pluck().all()).toEqual(['a']);
    raw.close();
    expect(() => SqliteChangeLog.open(file)).toThrow(/is damaged \(SQLite quick_check/);
  });
});
