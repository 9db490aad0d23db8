/**
 * The dataset's records read straight from its JSON files, for expected values that do not come
 * from the module under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA } from './graph/fixture.js';

export interface RawEntity {
  slug: string;
  kind: string;
  name: string;
  aliases?: string[];
  citations: { source: string }[];
  [field: string]: unknown;
}
export interface RawRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  since?: string;
  until?: string;
  citations: { source: string }[];
}

export interface RawSource {
  id: string;
  title: string;
  url: string;
}

export function readDataFiles(dir = DEFAULT_DATA): {
  entities: RawEntity[];
  relations: RawRelation[];
  sources: RawSource[];
} {
  const entities: RawEntity[] = [];
  const relations: RawRelation[] = [];
  const sources: RawSource[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    entities.push(...(file.entities ?? []));
    relations.push(...(file.relations ?? []));
    sources.push(...(file.sources ?? []));
  }
  return { entities, relations, sources };
}

/** Code-unit order, as the API's name order (then slug). */
export const byNameThenSlug = (a: RawEntity, b: RawEntity) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.slug < b.slug ? -1 : 1;
