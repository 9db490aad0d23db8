/** Entities of the default dataset, read from its files: the expected values of the federation tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA } from '../graph/fixture.js';

interface EntityRecord {
  readonly slug: string;
  readonly kind: string;
  readonly name: string;
}

const entities: EntityRecord[] = readdirSync(DEFAULT_DATA)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(DEFAULT_DATA, file), 'utf8')).entities ?? []) as EntityRecord[]);

export function entityRecord(slug: string): EntityRecord {
  const found = entities.find((entity) => entity.slug === slug);
  if (!found) throw new Error(`no entity ${slug} in the dataset files`);
  return found;
}
