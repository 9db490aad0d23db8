/**
 * `npm run build` (scripts/build.ts): src/ compiled to a directory that `node` runs, the explorer's
 * sources beside it, and nothing left there from sources since removed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build.js';

describe('npm run build', () => {
  it('compiles src/ without keepNames, copies the explorer, and deletes what no source makes any more', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kg-build-'));
    mkdirSync(join(out, 'http'));
    writeFileSync(join(out, 'http', 'removed-module.js'), 'export {};\n');
    await buildServer(out);

    expect(existsSync(join(out, 'http', 'removed-module.js'))).toBe(false);
    expect(existsSync(join(out, 'server.js'))).toBe(true);
    expect(existsSync(join(out, 'server.js.map'))).toBe(true);
    expect(readFileSync(join(out, 'explorer', 'main.ts'), 'utf8')).toBe(
      readFileSync(join('src', 'explorer', 'main.ts'), 'utf8'),
    );
    // The explorer's browser code is bundled by the server at run time, not compiled here.
    expect(existsSync(join(out, 'explorer', 'main.js'))).toBe(false);
    // No function-naming wrappers (tsx's keepNames): the reason the server runs compiled.
    expect(readFileSync(join(out, 'http', 'fast-path.js'), 'utf8')).not.toContain('__name(');

    // What it wrote runs: the limits module, imported by node itself.
    const printed = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { REQUEST_LIMITS } from '${join(out, 'limits.js')}'; console.log(REQUEST_LIMITS.maxTokens);`,
        ],
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    expect(printed.trim()).toBe('1000');
  }, 60_000);
});
