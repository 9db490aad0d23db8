import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenFixture, SMALL_FIXTURE } from './fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function validate(dir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate-data.ts', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('validate-data', () => {
  it('accepts the default dataset and says what it holds', () => {
    const { code, stdout } = validate('data');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^data: ok \(\d+ files, \d+ entities, \d+ relations, \d+ sources\)/);
  });

  it('accepts a valid fixture', () => {
    expect(validate(SMALL_FIXTURE)).toMatchObject({ code: 0 });
  });

  it('lists every problem with file, record and field, and exits 1', () => {
    const dir = brokenFixture((graph) => {
      graph.relations[1].type = 'LIKES';
      graph.entities[2].citations[0].source = 'gossip';
    });
    const { code, stderr } = validate(dir);
    expect(code).toBe(1);
    expect(stderr).toContain('2 problems');
    expect(stderr).toContain(
      'graph.json: relations[1] (gop-presided-by-grace-interim): field type: unknown relation type "LIKES"',
    );
    expect(stderr).toContain(
      'graph.json: entities[2] (grace-hopper): field citations[0].source: cites unknown source "gossip"',
    );
  });
});
