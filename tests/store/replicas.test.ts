/**
 * Replicas of the real server sharing one change log in a real PostgreSQL: a write through one
 * is read through the other, a replica killed in the middle of writes loses nothing it
 * acknowledged, a database restart stops writes (not reads) until it is back, and two replicas
 * adding the same entity at once end with one entity and the same history; `kg export` reads the
 * log meanwhile.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/start-server.js';
import { describeWithPostgres } from './pg-cluster.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOKENS = { alice: 'alice-token-1234567890', bob: 'bob-token-1234567890' };

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const running: RunningServer[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

async function startReplica(store: string): Promise<RunningServer> {
  const server = await startServer([], {
    STORE: store,
    WRITE_TOKENS: `alice=${TOKENS.alice},bob=${TOKENS.bob}`,
  });
  running.push(server);
  return server;
}

async function graphql(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLAnswer> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

const ADD_ENTITY = `mutation Add($input: EntityInput!, $reason: String!) {
  addEntity(input: $input, reason: $reason) { slug name }
}`;

function addEntity(server: RunningServer, slug: string, name: string, token: string): Promise<GraphQLAnswer> {
  return graphql(
    server,
    ADD_ENTITY,
    {
      input: {
        slug,
        kind: 'PERSON',
        name,
        description: 'A person added by the replica tests.',
        citations: [{ source: 'wikipedia-amptp', section: 'History' }],
      },
      reason: 'replica test',
    },
    token,
  );
}

async function entityName(server: RunningServer, slug: string): Promise<string | null> {
  const answer = await graphql(server, 'query Entity($slug: String!) { entity(slug: $slug) { name } }', { slug });
  const entity = answer.data?.entity as { name: string } | null | undefined;
  return entity?.name ?? null;
}

/** The change log as a replica serves it: every sequence number, oldest first. */
async function changeSeqs(server: RunningServer): Promise<number[]> {
  const seqs: number[] = [];
  let after: string | null = null;
  for (;;) {
    const answer = await graphql(
      server,
      'query Changes($after: String) { changes(first: 100, after: $after) { edges { node { seq key } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    const changes = answer.data?.changes as {
      edges: { node: { seq: number } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    seqs.push(...changes.edges.map((edge) => edge.node.seq));
    if (!changes.pageInfo.hasNextPage) return seqs;
    after = changes.pageInfo.endCursor;
  }
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function readyStatus(server: RunningServer): Promise<number> {
  return (await fetch(new URL('/ready', server.url))).status;
}

/** Replicas are real processes (about 10 s each to start on a busy machine), several per test. */
const REPLICA_TEST_MS = 180_000;

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describeWithPostgres('replicas sharing one change log in PostgreSQL', (cluster) => {
  it(
    'shows a write through either replica through the other within a second',
    async () => {
      const store = await cluster().createDatabase();
      const [a, b] = await Promise.all([startReplica(store), startReplica(store)]);

      const first = await addEntity(a, 'replica-person-a', 'Replica Person A', TOKENS.alice);
      expect(first.errors).toBeUndefined();
      await until(
        () => entityName(b, 'replica-person-a'),
        (name) => name === 'Replica Person A',
        'b to see a’s write',
        1_000,
      );

      const second = await addEntity(b, 'replica-person-b', 'Replica Person B', TOKENS.bob);
      expect(second.errors).toBeUndefined();
      await until(
        () => entityName(a, 'replica-person-b'),
        (name) => name === 'Replica Person B',
        'a to see b’s write',
        1_000,
      );

      expect(await changeSeqs(a)).toEqual([1, 2]);
      expect(await changeSeqs(b)).toEqual([1, 2]);

      // `kg export` reads the shared log while the replicas have it open.
      const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'data');
      const exported = spawnSync(
        process.execPath,
        ['bin/kg.mjs', 'export', 'data', '--store', store, '--format', 'dataset', '--out', out],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(exported.stderr + exported.stdout).toContain('2 changes applied');
      const added = JSON.parse(readFileSync(join(out, 'added-through-api.json'), 'utf8')) as {
        entities: { slug: string }[];
      };
      expect(added.entities.map((entity) => entity.slug)).toEqual(['replica-person-a', 'replica-person-b']);
      rmSync(dirname(out), { recursive: true, force: true });
    },
    REPLICA_TEST_MS,
  );

  it(
    'loses nothing acknowledged when a replica is killed in the middle of writes, and the restarted one catches up',
    async () => {
      const store = await cluster().createDatabase();
      const [a, b] = await Promise.all([startReplica(store), startReplica(store)]);
      const acknowledged: string[] = [];
      let stopped = false;

      /** Writes one entity after another through `server` until stopped or the server dies. */
      const writer = async (server: RunningServer, prefix: string, token: string, killAfter?: number) => {
        for (let n = 1; !stopped; n += 1) {
          const slug = `${prefix}-${n}`;
          const pending = addEntity(server, slug, `Person ${prefix} ${n}`, token);
          // Killed with this request in flight: its answer never comes, so it is not acknowledged.
          if (n === killAfter) server.child.kill('SIGKILL');
          try {
            const answer = await pending;
            if (answer.errors) throw new Error(`write ${slug} refused: ${JSON.stringify(answer.errors)}`);
            acknowledged.push(slug);
          } catch (error) {
            if (n === killAfter) return;
            throw error;
          }
        }
      };
      // Its failure, if any, is kept and checked below (not left unhandled while a awaits).
      const writingToB = writer(b, 'through-b', TOKENS.bob).then(
        () => undefined,
        (error: unknown) => error,
      );
      await writer(a, 'through-a', TOKENS.alice, 8);
      await a.exited;

      const restarted = await startReplica(store);
      // b keeps writing while the new replica starts; then both must hold every acknowledged write.
      stopped = true;
      expect(await writingToB).toBeUndefined();
      expect(acknowledged.filter((slug) => slug.startsWith('through-a'))).toHaveLength(7);
      const total = (await changeSeqs(b)).length;
      expect(await changeSeqs(b)).toEqual(range(total));
      await until(
        () => changeSeqs(restarted),
        (seqs) => seqs.length === total,
        'the restarted replica to catch up',
      );
      expect(await changeSeqs(restarted)).toEqual(range(total));
      for (const slug of acknowledged) {
        expect(await entityName(restarted, slug), slug).not.toBeNull();
        expect(await entityName(b, slug), slug).not.toBeNull();
      }
    },
    REPLICA_TEST_MS,
  );

  it(
    'goes on reading but refuses writes as UNAVAILABLE and turns unready while the database is down, then recovers',
    async () => {
      const store = await cluster().createDatabase();
      const [a, b] = await Promise.all([startReplica(store), startReplica(store)]);
      expect((await addEntity(a, 'before-restart', 'Before Restart', TOKENS.alice)).errors).toBeUndefined();
      expect(await readyStatus(a)).toBe(200);

      await cluster().stop();
      try {
        await until(
          () => readyStatus(a),
          (status) => status === 503,
          'a to turn unready',
        );
        await until(
          () => readyStatus(b),
          (status) => status === 503,
          'b to turn unready',
        );
        expect(await entityName(a, 'amptp')).toBe('Alliance of Motion Picture and Television Producers');
        expect(await entityName(b, 'before-restart')).toBe('Before Restart');
        const refused = await addEntity(b, 'during-outage', 'During Outage', TOKENS.bob);
        expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
      } finally {
        await cluster().start();
      }

      await until(
        () => readyStatus(a),
        (status) => status === 200,
        'a to be ready again',
      );
      await until(
        () => readyStatus(b),
        (status) => status === 200,
        'b to be ready again',
      );
      expect((await addEntity(b, 'after-restart', 'After Restart', TOKENS.bob)).errors).toBeUndefined();
      await until(
        () => entityName(a, 'after-restart'),
        (name) => name === 'After Restart',
        'a to see the write',
      );
      expect(await entityName(a, 'during-outage')).toBeNull();
      expect(await changeSeqs(a)).toEqual([1, 2]);
      expect(await changeSeqs(b)).toEqual([1, 2]);
    },
    REPLICA_TEST_MS,
  );

  it(
    'lets one of two replicas adding the same entity at once succeed, refuses the other clearly, and converges',
    async () => {
      const store = await cluster().createDatabase();
      const [a, b] = await Promise.all([startReplica(store), startReplica(store)]);
      for (let round = 1; round <= 5; round += 1) {
        const slug = `contested-${round}`;
        const answers = await Promise.all([
          addEntity(a, slug, `Contested ${round} from a`, TOKENS.alice),
          addEntity(b, slug, `Contested ${round} from b`, TOKENS.bob),
        ]);
        const winners = answers.filter((answer) => !answer.errors);
        const losers = answers.filter((answer) => answer.errors);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(losers[0]?.errors)).toContain(slug);
        const winner = (winners[0]?.data?.addEntity as { name: string } | undefined)?.name;
        await until(
          () => entityName(a, slug),
          (name) => name === winner,
          `a to hold ${winner}`,
        );
        await until(
          () => entityName(b, slug),
          (name) => name === winner,
          `b to hold ${winner}`,
        );
      }
      expect(await changeSeqs(a)).toEqual(range(5));
      expect(await changeSeqs(b)).toEqual(range(5));
    },
    REPLICA_TEST_MS,
  );
});
