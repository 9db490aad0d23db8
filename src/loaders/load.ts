/**
 * What resolvers load through the request's DataLoaders (src/loaders/create-loaders.ts): an
 * entity, the relations of an entity, the entities at their other ends.
 */
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import type { EntityKind } from '../graph/dataset-schema.js';
import type { RelationView } from '../graph/knowledge-graph.js';
import type { Entity, EntityOfKind, RelationFilter, Source } from '../graph/types.js';

export async function loadEntity(context: Context, slug: string): Promise<Entity> {
  const entity = await context.loaders.entityLoader.load(slug);
  // Loading refuses relations with unknown endpoints, so this only fires on a broken invariant.
  if (!entity) throw notFound(`no entity "${slug}"`);
  return entity;
}

export function loadRelations(
  context: Context,
  slug: string,
  filter: RelationFilter,
): Promise<readonly RelationView[]> {
  return context.loaders.relationsLoader.load({ slug, filter });
}

/**
 * The entities at the other end of an entity's relations, in the relations' order (by start
 * date), without repeats; with `kind`, only those of that kind.
 */
export async function loadRelated(context: Context, slug: string, filter: RelationFilter): Promise<Entity[]>;
export async function loadRelated<K extends EntityKind>(
  context: Context,
  slug: string,
  filter: RelationFilter,
  kind: K,
): Promise<EntityOfKind<K>[]>;
export async function loadRelated(
  context: Context,
  slug: string,
  filter: RelationFilter,
  kind?: EntityKind,
): Promise<Entity[]> {
  const views = await loadRelations(context, slug, filter);
  const others = [...new Set(views.map((view) => view.other))];
  const entities = await Promise.all(others.map((other) => loadEntity(context, other)));
  return kind ? entities.filter((entity) => entity.kind === kind) : entities;
}

export async function loadSource(context: Context, key: string): Promise<Source> {
  const source = await context.loaders.sourceLoader.load(key);
  // Loading refuses citations of unknown sources, so this only fires on a broken invariant.
  if (!source) throw notFound(`unknown source "${key}"`);
  return source;
}
