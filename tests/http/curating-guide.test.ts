/**
 * The curating guide's workflow (docs/curating.md), exactly as written: its GraphQL examples
 * (fenced `graphql curator`) run in order against a living graph with a write token, and its
 * export command writes files that load back to the same graph.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphologyJson } from '../../src/graph/export.js';
import { loadDataset } from '../../src/graph/load.js';
import { WriteTokens } from '../../src/http/write-tokens.js';
import { LivingGraph } from '../../src/store/living-graph.js';
import { SqliteChangeLog } from '../../src/store/sqlite.js';
import { createYogaApp } from '../../src/yoga.js';
import { DEFAULT_DATA } from '../graph/fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(ROOT, 'docs', 'curating.md'), 'utf8');
const examples = [...guide.matchAll(/```graphql curator\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const shell = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] as string);

const TOKEN = 'curator-token-0123456789';
const store = join(mkdtempSync(join(tmpdir(), 'kg-curating-')), 'kg.sqlite');
const living = await LivingGraph.open(DEFAULT_DATA, SqliteChangeLog.open(store));
const yoga = createYogaApp({ graph: living, writeTokens: WriteTokens.parse(`alice=${TOKEN}`) });

afterAll(() => living.close());

// biome-ignore lint/suspicious/noExplicitAny: the guide's documents are not typed.
async function run(query: string): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe("the curating guide's workflow", () => {
  const answers: Record<string, { data?: Record<string, unknown>; errors?: unknown[] }> = {};

  it('has the steps: add a source, an entity, a relation, query, correct, follow', () => {
    expect(examples.map((query) => /^(?:mutation|query) (\w+)/.exec(query)?.[1])).toEqual([
      'AddSource',
      'AddPerson',
      'AddPresidency',
      'AfterTheWrite',
      'EndTheTerm',
      'History',
    ]);
  });

  it('runs every example in order, with no error', async () => {
    for (const query of examples) {
      const name = /^(?:mutation|query) (\w+)/.exec(query)?.[1] as string;
      answers[name] = await run(query);
      expect(answers[name]?.errors, name).toBeUndefined();
    }
  });

  it('gives the answers the guide describes', () => {
    expect(answers.AddPerson?.data).toEqual({ addEntity: { slug: 'jane-doe', name: 'Jane Doe', kind: 'PERSON' } });
    expect(answers.AddPresidency?.data).toEqual({
      addRelation: {
        key: 'amptp-presided-by-jane-doe',
        type: 'PRESIDED_BY',
        since: '2030-01',
        from: { name: 'Alliance of Motion Picture and Television Producers' },
        to: { name: 'Jane Doe' },
      },
    });
    const after = answers.AfterTheWrite?.data as {
      entity: { presidents: { name: string }[] };
      search: { entity: { slug: string } }[];
    };
    expect(after.entity.presidents.map((president) => president.name)).toContain('Jane Doe');
    expect(after.search[0]?.entity.slug).toBe('jane-doe');
    expect(answers.EndTheTerm?.data).toEqual({ updateRelation: { since: '2030-01', until: '2031', ended: true } });
    const history = answers.History?.data as {
      changes: { totalCount: number; edges: { node: { operation: string; actor: string } }[] };
    };
    expect(history.changes.totalCount).toBe(4);
    expect(history.changes.edges.map((edge) => edge.node.operation)).toEqual([
      'ADD_SOURCE',
      'ADD_ENTITY',
      'ADD_RELATION',
      'UPDATE_RELATION',
    ]);
    expect(history.changes.edges.every((edge) => edge.node.actor === 'alice')).toBe(true);
  });

  it('exports to data files, as the guide says, that load back to the same graph', () => {
    const command = shell.find((block) => block.includes('--format dataset'));
    expect(command).toContain('npm run kg -- export data --store var/kg.sqlite --format dataset --out /tmp/data-next');
    const out = join(mkdtempSync(join(tmpdir(), 'kg-curating-export-')), 'data-next');
    // The guide's command, with this test's store and output directory.
    const result = spawnSync(
      process.execPath,
      ['bin/kg.mjs', 'export', 'data', '--store', store, '--format', 'dataset', '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/\(4 changes applied\)/);
    const exported = loadDataset(out);
    expect(exported.entity('jane-doe')?.name).toBe('Jane Doe');
    expect(exported.relation('amptp-presided-by-jane-doe')?.until).toBe('2031');
    expect(toGraphologyJson(exported)).toEqual(toGraphologyJson(living.current));
  });
});
