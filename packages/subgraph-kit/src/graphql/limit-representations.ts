import type { GraphQLSchema } from 'graphql';

import { clientError } from '../errors/client-error';

/**
 * Bounds how many entity references one `_entities` call may name, so no caller can have a
 * subgraph look up thousands of identifiers in one request. Over the bound, nothing is resolved.
 */
export function limitRepresentations(schema: GraphQLSchema, max: number): void {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  const resolve = entities?.resolve;
  if (!entities || !resolve) {
    return;
  }
  entities.resolve = (source, args: { representations?: unknown[] }, context, info) => {
    const count = args.representations?.length ?? 0;
    if (count > max) {
      throw clientError(
        'TOO_MANY_REPRESENTATIONS',
        `One _entities call may name at most ${max} references; this one names ${count}.`,
        {
          max,
        },
      );
    }
    return resolve(source, args, context, info);
  };
}
