import type { ContainerType } from 'type-graphql';

/**
 * Hands type-graphql the resolver instances a subgraph built with their dependencies (its
 * DataSource, its limits); resolvers without dependencies are created as usual.
 */
export function resolverContainer(instances: readonly object[]): ContainerType {
  const byClass = new Map<unknown, object>(instances.map((instance) => [instance.constructor, instance]));
  return {
    get: (resolverClass: new () => object) => byClass.get(resolverClass) ?? new resolverClass(),
  };
}
