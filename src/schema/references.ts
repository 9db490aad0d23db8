/**
 * Arguments that name an entity or a source take a key or a global ID: these turn them into keys,
 * and an unknown one into a NOT_FOUND error naming the argument and the value.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { badUserInput, notFound } from '../errors.js';
import { MAX_SOURCES } from '../limits.js';
import { ENTITY_TYPE_NAMES, TYPE_NAME_OF_KIND } from './type-names.js';

/** The slug an argument names: a slug or the entity's global ID. */
export function resolveEntityReference(context: Context, reference: string, argument: string): string {
  if (context.graph.hasEntity(reference)) return reference;
  try {
    const { typename, id } = decodeGlobalID(reference);
    const entity = ENTITY_TYPE_NAMES.has(typename) ? context.graph.entity(id) : null;
    if (entity && TYPE_NAME_OF_KIND[entity.kind] === typename) return entity.slug;
  } catch {
    // Not a global ID either: reported below.
  }
  throw notFound(`${argument}: no entity "${reference}" (give a slug or an entity's global ID)`);
}

/** Source keys from keys or Source global IDs. */
export function resolveSources(context: Context, references: readonly string[]): string[] {
  if (references.length > MAX_SOURCES) throw badUserInput(`sources: at most ${MAX_SOURCES}, got ${references.length}`);
  return references.map((reference) => {
    if (context.graph.source(reference)) return reference;
    const decoded = Buffer.from(reference, 'base64').toString('utf8');
    const key = decoded.startsWith('Source:') ? decoded.slice('Source:'.length) : null;
    if (key && context.graph.source(key)) return key;
    throw notFound(`sources: no source "${reference}" (give a source key or a Source global ID)`);
  });
}
