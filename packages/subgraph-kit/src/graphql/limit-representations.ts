import { isUnionType } from 'graphql';
import type { GraphQLSchema } from 'graphql';

import { clientError } from '../errors/client-error';

/**
 * Bounds how many entity references one `_entities` call may name, so no caller can have a
 * subgraph look up thousands of identifiers in one request, and refuses a call naming anything
 * but an object with the `__typename` of one of the subgraph's entity types. Either way nothing is
 * resolved. `@apollo/subgraph` would throw on such a representation half-way through the list,
 * leaving the lookups already started for the earlier ones to fail unobserved: an unhandled
 * rejection, which ends a Node process.
 */
export function limitRepresentations(schema: GraphQLSchema, max: number): void {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  const resolve = entities?.resolve;
  if (!entities || !resolve) {
    return;
  }
  const entityUnion = schema.getType('_Entity');
  const entityTypes = new Set(isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : []);
  entities.resolve = (source, args: { representations?: unknown[] }, context, info) => {
    const representations = args.representations ?? [];
    const count = representations.length;
    if (count > max) {
      throw clientError(
        'TOO_MANY_REPRESENTATIONS',
        `One _entities call may name at most ${max} references; this one names ${count}.`,
        {
          max,
        },
      );
    }
    const unknown = representations.findIndex((representation) => !namesAnEntity(entityTypes, representation));
    if (unknown >= 0) {
      throw clientError(
        'BAD_USER_INPUT',
        `Representation ${unknown} of this _entities call is not an object whose __typename names an entity type of this subgraph; nothing was resolved.`,
      );
    }
    return resolve(source, args, context, info);
  };
}

function namesAnEntity(entityTypes: ReadonlySet<string>, representation: unknown): boolean {
  if (typeof representation !== 'object' || representation === null) {
    return false;
  }
  const typename = (representation as { __typename?: unknown }).__typename;
  return typeof typename === 'string' && entityTypes.has(typename);
}
