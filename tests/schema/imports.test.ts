/**
 * Schema files hold no import-order trap: each imports cleanly on its own, and the schema
 * index.ts builds is the same whichever file is loaded first. Each case loads the modules in a
 * fresh module graph of Node's own ESM loader (tsx's `register` with a namespace of its own), so
 * a value read before its module has run fails as it would in production; vitest's module
 * runner would paper over that.
 */
import { readdirSync } from 'node:fs';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, test } from 'vitest';

const schemaDir = new URL('../../src/schema/', import.meta.url);
const files = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.ts'))
  .sort();

interface Fresh {
  import(file: string): Promise<Record<string, unknown>>;
  /** The SDL that index.ts builds in this module graph. */
  printedSchema(): Promise<string>;
}

let namespaces = 0;
function freshModules(): Fresh {
  const scope = register({ namespace: `schema-imports-${++namespaces}` });
  const load = (specifier: string) => scope.import(specifier, import.meta.url) as Promise<Record<string, unknown>>;
  return {
    import: (file) => load(new URL(file, schemaDir).href),
    async printedSchema() {
      const { schema } = await load(new URL('index.ts', schemaDir).href);
      const { printSchema } = (await load('graphql')) as typeof import('graphql');
      return printSchema(schema as Parameters<typeof printSchema>[0]);
    },
  };
}

describe('schema files', () => {
  /** What index.ts builds when nothing else was imported first. */
  let baseline = '';
  beforeAll(async () => {
    baseline = await freshModules().printedSchema();
  }, 60_000);

  test('there are schema files to check', () => {
    expect(files).toContain('entity.ts');
    expect(files).toContain('refs.ts');
    expect(files.length).toBeGreaterThan(15);
  });

  test('index.ts alone builds the whole schema', () => {
    for (const type of ['interface Entity implements Node', 'type Relation implements Node', 'type Query']) {
      expect(baseline).toContain(`${type} {`);
    }
  });

  test.each(files)('%s imports on its own, and the schema is the same after it', async (file) => {
    const modules = freshModules();
    await expect(modules.import(file)).resolves.toBeDefined();
    expect(await modules.printedSchema()).toBe(baseline);
  });

  test('importing every file in reverse order first gives the same schema', async () => {
    const modules = freshModules();
    for (const file of [...files].reverse()) await modules.import(file);
    expect(await modules.printedSchema()).toBe(baseline);
  });
});
