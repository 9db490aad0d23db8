/** The default dataset read straight from its files: the expected values of the browser tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { DEFAULT_DATA } from '../graph/fixture.js';

export interface DataRelation {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly since?: string;
  readonly until?: string;
  readonly citations: { source: string }[];
}

export interface DataEntity {
  readonly slug: string;
  readonly kind: string;
  readonly name: string;
}

const files = readdirSync(DEFAULT_DATA)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`${DEFAULT_DATA}/${name}`, 'utf8')));

export const relations: DataRelation[] = files.flatMap((file) => file.relations ?? []);
export const entities: DataEntity[] = files.flatMap((file) => file.entities ?? []);
export const sources: { id: string; url: string; title: string }[] = files.flatMap((file) => file.sources ?? []);

export function entity(slug: string): DataEntity {
  const found = entities.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no entity ${slug} in the data`);
  return found;
}

export function relationsOf(slug: string): DataRelation[] {
  return relations.filter((relation) => relation.from === slug || relation.to === slug);
}

/** Fewest relations joining two entities, walking them either way (breadth-first over the files). */
export function shortestPathLength(from: string, to: string): number | null {
  const seen = new Set([from]);
  let frontier = [from];
  for (let length = 1; frontier.length > 0; length += 1) {
    const next: string[] = [];
    for (const slug of frontier) {
      for (const relation of relationsOf(slug)) {
        const other = relation.from === slug ? relation.to : relation.from;
        if (other === to) return length;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return null;
}
