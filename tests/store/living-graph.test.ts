/**
 * The living graph shared by two writers, through its module API over real stores: a write made
 * after a change it had not seen yet goes on top of that change (SQLite), and a replica follows
 * what another one commits without being asked (PostgreSQL's notifications). Also which store
 * `openChangeLog` picks for a file path.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeDraft } from '../../src/store/change-log.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { openChangeLog } from '../../src/store/open-store.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { SMALL_FIXTURE } from '../graph/fixture.js';
import { describeWithPostgres } from './pg-cluster.js';

const storeFile = () => join(mkdtempSync(join(tmpdir(), 'kg-living-')), 'kg.sqlite');

const addSource = (key: string): ChangeDraft => ({
  operation: 'ADD_SOURCE',
  key,
  payload: { title: `Source ${key}`, url: `https://example.org/${key}`, publisher: 'Example' },
  actor: 'tester',
  reason: 'test',
});

const opened: LivingGraph[] = [];
async function living(log: Parameters<typeof LivingGraph.open>[1]): Promise<LivingGraph> {
  const graph = await LivingGraph.open(SMALL_FIXTURE, log);
  opened.push(graph);
  return graph;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((graph) => graph.close()));
});

/** Resolves with the version once `graph` has applied the change with `key`. */
function applied(graph: LivingGraph, key: string): Promise<number> {
  return new Promise((resolve) => {
    const stop = graph.onChange((change, version) => {
      if (change.key !== key) return;
      stop();
      resolve(version.version);
    });
  });
}

describe('LivingGraph, two writers on one SQLite file', () => {
  it('puts a write on top of the one change it had not seen yet', async () => {
    const file = storeFile();
    const [first, second] = [await living(SqliteChangeLog.open(file)), await living(SqliteChangeLog.open(file))];
    await first.write(addSource('from-first'));
    // `second` is still at version 0: its write finds one change it missed.
    const { change, graph } = await second.write(addSource('from-second'));
    expect(change.seq).toBe(2);
    expect(graph.version).toBe(2);
    expect(second.current.version).toBe(2);
    expect(second.current.source('from-first')?.title).toBe('Source from-first');
    expect(second.current.source('from-second')?.title).toBe('Source from-second');
  });
});

describe('openChangeLog', () => {
  it('opens an SQLite store for a file path', async () => {
    const file = storeFile();
    const log = await openChangeLog(file);
    try {
      expect(log.description).toBe(`sqlite ${file}`);
      const { change } = await log.append(0, () => addSource('kept'));
      expect(await log.readAfter(0)).toEqual([change]);
    } finally {
      await log.close();
    }
  });
});

describeWithPostgres('LivingGraph, two replicas on one PostgreSQL database', (cluster) => {
  it('applies what the other replica commits when told of it, without a catch-up asked for', async () => {
    const url = await cluster().createDatabase();
    const [writer, follower] = [await living(await openChangeLog(url)), await living(await openChangeLog(url))];
    const followed = applied(follower, 'from-writer');
    await writer.write(addSource('from-writer'));
    expect(await followed).toBe(1);
    expect(follower.current.source('from-writer')?.title).toBe('Source from-writer');
  }, 20_000);
});
