/**
 * `print-schema FILE` writes the SDL the code builds; `print-schema --check FILE` exits 1 when
 * FILE differs from it (CI runs the check so the committed SDL never goes stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../schema/index.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const file = args.find((arg) => !arg.startsWith('--')) ?? 'schema/schema.graphql';
const printed = `${printSchema(schema)}\n`;

if (check) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // A missing file is reported as stale below.
  }
  if (committed !== printed) {
    console.error(`${file} is stale: run \`npm run schema:print\` and commit the result`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
