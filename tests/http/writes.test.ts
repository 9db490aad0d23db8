/**
 * The living graph through HTTP (yoga.fetch): who may write, what a write must meet, and that
 * every read sees the change at once (and a retracted relation in none). Expected values are
 * the data files' and the inputs the tests send.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteTokens } from '../../src/http/write-tokens.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { createYogaApp, type YogaApp } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';
import { fetchInProcess } from './in-process.js';

const TOKEN = 'alice-token-0123456789';
const tokens = WriteTokens.parse(`alice=${TOKEN},bob=bob-token-0123456789`);

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field.
  data?: any;
  errors?: { message: string; extensions?: { code?: string; problems?: { field: string; message: string }[] } }[];
}

async function send(yoga: YogaApp, query: string, variables: object = {}, token: string | null = TOKEN) {
  const response = await fetchInProcess(yoga, 'http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) } as Answer;
}

const ADD_SOURCE = `mutation ($input: SourceInput!, $reason: String!) {
  addSource(input: $input, reason: $reason) { key title url publisher }
}`;
const ADD_ENTITY = `mutation ($input: EntityInput!, $reason: String!) {
  addEntity(input: $input, reason: $reason) { slug name kind description aliases citations { section source { key } } }
}`;
const ADD_RELATION = `mutation ($input: RelationInput!, $reason: String!) {
  addRelation(input: $input, reason: $reason) { key type since until from { slug } to { slug relations { totalCount } } }
}`;
const UPDATE_ENTITY = `mutation ($slug: String!, $input: EntityUpdateInput!, $reason: String!) {
  updateEntity(slug: $slug, input: $input, reason: $reason) { slug name description aliases }
}`;
const UPDATE_RELATION = `mutation ($key: String!, $input: RelationUpdateInput!, $reason: String!) {
  updateRelation(key: $key, input: $input, reason: $reason) { key since until ended role }
}`;
const RETRACT = `mutation ($key: String!, $reason: String!) { retractRelation(key: $key, reason: $reason) { key type } }`;
const CHANGES = '{ changes(first: 100) { totalCount edges { node { seq at actor operation key reason payload } } } }';

const SOURCE = {
  key: 'test-guild-press-release',
  title: 'A press release used by the tests',
  url: 'https://example.org/press/2030',
  publisher: 'Example Press',
};
const PERSON = {
  slug: 'jane-tester',
  kind: 'PERSON',
  name: 'Jane Tester',
  description: 'A person the tests add.',
  aliases: ['J. Tester'],
  citations: [{ source: SOURCE.key, section: 'Announcement' }],
};
const PRESIDENCY = {
  key: 'amptp-presided-by-jane-tester',
  type: 'PRESIDED_BY',
  from: 'amptp',
  to: 'jane-tester',
  since: '2030-02',
  role: 'President',
  citations: [{ source: SOURCE.key, section: 'Announcement' }],
};

let living: LivingGraph;
let yoga: YogaApp;
let storeFile: string;

async function open(writeTokens = tokens) {
  living = await LivingGraph.open(DEFAULT_DATA, SqliteChangeLog.open(storeFile));
  yoga = createYogaApp({ graph: living, writeTokens });
}

/** The curator's three writes: a source, a person, and the person's presidency of the AMPTP. */
async function addPresident() {
  for (const [query, input] of [
    [ADD_SOURCE, SOURCE],
    [ADD_ENTITY, PERSON],
    [ADD_RELATION, PRESIDENCY],
  ] as const) {
    const answer = await send(yoga, query, { input, reason: 'announced in a press release' });
    expect(answer.errors).toBeUndefined();
  }
}

beforeEach(async () => {
  storeFile = join(mkdtempSync(join(tmpdir(), 'kg-writes-')), 'kg.sqlite');
  await open();
});

afterEach(async () => {
  await living.close();
});

describe('who may write', () => {
  it.each([
    ['no token', null],
    ['a wrong token', 'not-the-token-0123456789'],
    ['a token with the wrong case', TOKEN.toUpperCase()],
  ])('refuses a mutation with %s: UNAUTHENTICATED, nothing changes', async (_, token) => {
    const answer = await send(yoga, ADD_SOURCE, { input: SOURCE, reason: 'r' }, token);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0]?.message).toMatch(/valid token/);
    expect(answer.data).toBeNull();
    expect((await send(yoga, CHANGES, {}, null)).data.changes.totalCount).toBe(0);
    expect(living.current.version).toBe(0);
    expect(await living.log.readAfter(0)).toEqual([]);
  });

  it('with no tokens configured, is read-only and says how to turn writes on', async () => {
    await living.close();
    await open(WriteTokens.none());
    const answer = await send(yoga, ADD_SOURCE, { input: SOURCE, reason: 'r' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0]?.message).toMatch(/read-only.*WRITE_TOKENS/);
    expect(living.current.source(SOURCE.key)).toBeNull();
  });

  it('keeps reads open without a token', async () => {
    const answer = await send(yoga, '{ entity(slug: "amptp") { name } }', {}, null);
    expect(answer.data.entity.name).toBe('Alliance of Motion Picture and Television Producers');
  });

  it('records the actor the token names', async () => {
    await send(yoga, ADD_SOURCE, { input: SOURCE, reason: 'first' }, 'bob-token-0123456789');
    const { edges } = (await send(yoga, CHANGES)).data.changes;
    expect(edges.map((edge: { node: { actor: string } }) => edge.node.actor)).toEqual(['bob']);
  });
});

describe('a curator adds a source, an entity and a relation', () => {
  it('returns each record as written, and every read sees it at once', async () => {
    const source = await send(yoga, ADD_SOURCE, { input: SOURCE, reason: 'a new source' });
    expect(source.data.addSource).toEqual(SOURCE);
    const person = await send(yoga, ADD_ENTITY, { input: PERSON, reason: 'a new president' });
    expect(person.data.addEntity).toEqual({
      slug: 'jane-tester',
      name: 'Jane Tester',
      kind: 'PERSON',
      description: 'A person the tests add.',
      aliases: ['J. Tester'],
      citations: [{ section: 'Announcement', source: { key: SOURCE.key } }],
    });
    const relation = await send(yoga, ADD_RELATION, { input: PRESIDENCY, reason: 'took office' });
    // The mutation's own selection reads the version it made: the person now has one relation.
    expect(relation.data.addRelation).toEqual({
      key: PRESIDENCY.key,
      type: 'PRESIDED_BY',
      since: '2030-02',
      until: null,
      from: { slug: 'amptp' },
      to: { slug: 'jane-tester', relations: { totalCount: 1 } },
    });

    const reads = await send(
      yoga,
      `{
        entity(slug: "amptp") { ... on Association { in2031: presidents(asOf: "2031") { slug } } }
        search(text: "jane testr") { entity { slug } }
        timeline(from: "2030", to: "2030") { title }
        shortestPath(from: "jane-tester", to: "netflix") { length }
        source(key: "${SOURCE.key}") { relations(first: 10) { totalCount } entities(first: 10) { totalCount } }
      }`,
      {},
      null,
    );
    expect(reads.errors).toBeUndefined();
    expect(reads.data.entity.in2031.map((person: { slug: string }) => person.slug)).toContain('jane-tester');
    expect(reads.data.search[0].entity.slug).toBe('jane-tester');
    expect(reads.data.timeline.map((entry: { title: string }) => entry.title)).toContain(
      'Jane Tester became president of Alliance of Motion Picture and Television Producers',
    );
    // Netflix is a member of the AMPTP (data/members.json): two steps through the new presidency.
    expect(reads.data.shortestPath.length).toBe(2);
    expect(reads.data.source).toEqual({ relations: { totalCount: 1 }, entities: { totalCount: 1 } });
  });

  it('lists the changes oldest first, with actor, operation, key, reason and payload', async () => {
    await addPresident();
    const { totalCount, edges } = (await send(yoga, CHANGES, {}, null)).data.changes;
    expect(totalCount).toBe(3);
    const nodes = edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(nodes.map((node: { seq: number }) => node.seq)).toEqual([1, 2, 3]);
    expect(nodes.map((node: { operation: string }) => node.operation)).toEqual([
      'ADD_SOURCE',
      'ADD_ENTITY',
      'ADD_RELATION',
    ]);
    expect(nodes.map((node: { key: string }) => node.key)).toEqual([SOURCE.key, PERSON.slug, PRESIDENCY.key]);
    expect(nodes.every((node: { actor: string; reason: string }) => node.actor === 'alice')).toBe(true);
    expect(nodes[0].reason).toBe('announced in a press release');
    expect(Date.parse(nodes[0].at)).not.toBeNaN();
    expect(JSON.parse(nodes[2].payload)).toMatchObject({ type: 'PRESIDED_BY', from: 'amptp', to: 'jane-tester' });
  });

  it('an add leaves out the fields given as null, and keeps the reason without its outer spaces', async () => {
    const answer = await send(yoga, ADD_SOURCE, {
      input: { ...SOURCE, accessed: null },
      reason: '  from the press office  ',
    });
    expect(answer.errors).toBeUndefined();
    const [change] = (await send(yoga, CHANGES, {}, null)).data.changes.edges;
    expect(change.node.reason).toBe('from the press office');
    // The payload holds the fields given, without key (the change's own) and without the null.
    const { key: _key, ...fields } = SOURCE;
    expect(JSON.parse(change.node.payload)).toEqual(fields);
  });

  it('keeps every change across a restart on the same data and store', async () => {
    await addPresident();
    await living.close();
    await open();
    expect(living.current.version).toBe(3);
    const answer = await send(yoga, '{ entity(slug: "jane-tester") { name relations { totalCount } } }', {}, null);
    expect(answer.data.entity).toEqual({ name: 'Jane Tester', relations: { totalCount: 1 } });
  });
});

describe('a refused write', () => {
  it('lists every problem with its field, and changes nothing', async () => {
    const answer = await send(yoga, ADD_RELATION, {
      input: {
        key: 'Not A Key',
        type: 'PRESIDED_BY',
        from: 'amptp',
        to: 'nobody-at-all',
        since: '2030-13',
        citations: [{ source: 'no-such-source' }],
      },
      reason: 'testing',
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = answer.errors?.[0]?.extensions?.problems ?? [];
    expect(problems.map((problem) => problem.field).sort()).toEqual(['citations[0].source', 'key', 'since', 'to']);
    expect(problems.find((problem) => problem.field === 'since')?.message).toMatch(/month 13/);
    expect(problems.find((problem) => problem.field === 'to')?.message).toMatch(/nobody-at-all/);
    expect(living.current.version).toBe(0);
    expect(await living.log.readAfter(0)).toEqual([]);
  });

  it.each([
    ['a duplicate slug', ADD_ENTITY, { input: { ...PERSON, slug: 'amptp' }, reason: 'r' }, 'slug', /exists already/],
    [
      'an unknown kind of field for the kind',
      ADD_ENTITY,
      { input: { ...PERSON, founded: '1990' }, reason: 'r' },
      'input',
      /founded/,
    ],
    ['a relation to itself', ADD_RELATION, { input: { ...PRESIDENCY, to: 'amptp' }, reason: 'r' }, 'to', /itself/],
    [
      'since after until',
      ADD_RELATION,
      { input: { ...PRESIDENCY, since: '2031', until: '2030' }, reason: 'r' },
      'since',
      /after until/,
    ],
    ['an empty reason', ADD_SOURCE, { input: SOURCE, reason: '   ' }, 'reason', /must not be empty/],
    ['an update of an unknown entity', UPDATE_ENTITY, { slug: 'nobody', input: {}, reason: 'r' }, 'slug', /no entity/],
  ])('refuses %s', async (_, query, variables, field, message) => {
    const answer = await send(yoga, query, variables);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problem = answer.errors?.[0]?.extensions?.problems?.find((found) => found.field === field);
    expect(problem?.message).toMatch(message);
    expect(living.current.version).toBe(0);
  });
});

describe('updates and retractions', () => {
  it('an update merges the fields given, clears those given as null, and never changes identity', async () => {
    await addPresident();
    const updated = await send(yoga, UPDATE_ENTITY, {
      slug: 'jane-tester',
      input: { description: 'A person the tests added, then described anew.', aliases: null },
      reason: 'reworded',
    });
    expect(updated.data.updateEntity).toEqual({
      slug: 'jane-tester',
      name: 'Jane Tester',
      description: 'A person the tests added, then described anew.',
      aliases: [],
    });
    const relation = await send(yoga, UPDATE_RELATION, {
      key: PRESIDENCY.key,
      input: { until: '2032', role: null },
      reason: 'term ended',
    });
    expect(relation.data.updateRelation).toEqual({
      key: PRESIDENCY.key,
      since: '2030-02',
      until: '2032',
      ended: true,
      role: null,
    });
    const now = await send(
      yoga,
      '{ entity(slug: "amptp") { ... on Association { now: presidents(current: true) { slug } } } }',
    );
    expect(now.data.entity.now.map((person: { slug: string }) => person.slug)).not.toContain('jane-tester');
  });

  it('a retracted relation leaves every read, keeps its key taken and its history', async () => {
    await addPresident();
    const retracted = await send(yoga, RETRACT, { key: PRESIDENCY.key, reason: 'the announcement was withdrawn' });
    expect(retracted.data.retractRelation).toEqual({ key: PRESIDENCY.key, type: 'PRESIDED_BY' });

    const reads = await send(
      yoga,
      `{
        person: entity(slug: "jane-tester") { relations { totalCount } }
        amptp: entity(slug: "amptp") { ... on Association { in2031: presidents(asOf: "2031") { slug } } }
        timeline(from: "2030", to: "2030", involving: ["jane-tester"]) { title }
        shortestPath(from: "jane-tester", to: "netflix") { length }
        source(key: "${SOURCE.key}") { relations(first: 10) { totalCount } }
      }`,
      {},
      null,
    );
    expect(reads.data.person.relations.totalCount).toBe(0);
    expect(reads.data.amptp.in2031.map((person: { slug: string }) => person.slug)).not.toContain('jane-tester');
    expect(reads.data.timeline).toEqual([]);
    expect(reads.data.shortestPath).toBeNull();
    expect(reads.data.source.relations.totalCount).toBe(0);

    const again = await send(yoga, ADD_RELATION, { input: PRESIDENCY, reason: 'r' });
    expect(again.errors?.[0]?.extensions?.problems?.[0]).toEqual({
      field: 'key',
      message: `the key "${PRESIDENCY.key}" belonged to a retracted relation and stays taken`,
    });
    const update = await send(yoga, UPDATE_RELATION, { key: PRESIDENCY.key, input: { until: '2031' }, reason: 'r' });
    expect(update.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { edges } = (await send(yoga, CHANGES)).data.changes;
    expect(edges.at(-1).node).toMatchObject({ operation: 'RETRACT_RELATION', key: PRESIDENCY.key });
  });

  it('an update is checked whole: a person takes no founding date, and identity is not in the input', async () => {
    await addPresident();
    const identity = await send(
      yoga,
      `mutation { updateEntity(slug: "jane-tester", input: { kind: UNION }, reason: "r") { slug } }`,
    );
    expect(identity.status).toBe(400);
    expect(identity.errors?.[0]?.message).toMatch(/"kind" is not defined by type "EntityUpdateInput"/);
    const raw = await send(
      yoga,
      `mutation { updateEntity(slug: "jane-tester", input: { founded: "1990" }, reason: "r") { slug } }`,
    );
    expect(raw.errors?.[0]?.extensions?.problems?.map((problem) => problem.field)).toEqual(['input']);
    expect(raw.errors?.[0]?.extensions?.problems?.[0]?.message).toMatch(/founded/);
    expect(living.current.entity('jane-tester')?.kind).toBe('PERSON');
  });
});

describe('versions', () => {
  it('a version in use never changes: a write makes the next one', async () => {
    const before = living.current;
    await addPresident();
    expect(before.version).toBe(0);
    expect(before.entity('jane-tester')).toBeNull();
    expect(before.relationsOf('amptp', { types: ['PRESIDED_BY'] }).map((view) => view.other)).not.toContain(
      'jane-tester',
    );
    expect(living.current.version).toBe(3);
    expect(living.current.entity('jane-tester')?.name).toBe('Jane Tester');
  });
});

describe('one write document sent again and again', () => {
  // Reads of a document are compiled by graphql-jit from its second execution on; writes never
  // are, so the same mutation text must keep writing through graphql-js each time it comes.
  it('writes each time: three sources from one document, three changes in the log', async () => {
    const keys = ['test-press-one', 'test-press-two', 'test-press-three'];
    for (const key of keys) {
      const answer = await send(yoga, ADD_SOURCE, { input: { ...SOURCE, key }, reason: 'r' });
      expect(answer.errors, key).toBeUndefined();
      expect(answer.data.addSource.key).toBe(key);
    }
    const { edges } = (await send(yoga, CHANGES)).data.changes;
    expect(edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual(keys);
  });
});

describe('a server without a living graph', () => {
  it('is read-only with no store behind it, tokens or not, and says so to a mutation', async () => {
    // A plain dataset (no store behind it), with write tokens configured all the same.
    const readOnly = createYogaApp({ graph: living.current, writeTokens: tokens });
    const anonymous = await send(readOnly, ADD_SOURCE, { input: SOURCE, reason: 'r' }, null);
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.errors?.[0]?.message).toMatch(/read-only: it serves a dataset with no store/);
    const curator = await send(readOnly, ADD_SOURCE, { input: SOURCE, reason: 'r' });
    expect(curator.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(curator.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'input', message: 'this server takes no writes' },
    ]);
  });
});
