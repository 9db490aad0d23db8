import type { Context } from '../context.js';
import type { EntityKind } from '../graph/dataset-schema.js';
import type { Entity, EntityOfKind } from '../graph/types.js';
import { EntityRef } from './refs.js';

/**
 * Options every entity kind's node type shares: its key, how Relay's `node`/`nodes` load it
 * (through the request's entity loader, like every other entity look-up), how it is recognised.
 */
export function entityNodeOptions<K extends EntityKind>(kind: K) {
  return {
    interfaces: [EntityRef],
    id: { resolve: (entity: EntityOfKind<K>) => entity.slug },
    isTypeOf: (value: unknown) => (value as Partial<Entity> | null)?.kind === kind,
    loadMany: (slugs: readonly string[], context: Context) =>
      slugs.map(async (slug) => {
        const entity = await context.loaders.entityLoader.load(slug);
        return entity?.kind === kind ? (entity as EntityOfKind<K>) : null;
      }),
  };
}
