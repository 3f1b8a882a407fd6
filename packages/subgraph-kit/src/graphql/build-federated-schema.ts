import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { ContainerType, NonEmptyArray } from 'type-graphql';

import type { AccessPolicy } from '../policy/access-policy';
import { DOELBINDING_SDL } from '../policy/doelbinding';
import { guardSchema } from '../policy/guard-schema';
import type { GuardedContext } from '../policy/guard-schema';

/** The Federation 2 features the subgraphs use, linked once for all of them. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@composeDirective"])';

/** The resolver map `buildSubgraphSchema` takes, named from its signature rather than its internals. */
type SubgraphModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];
type SubgraphResolvers = NonNullable<Extract<SubgraphModule, { typeDefs: unknown }>['resolvers']>;

/** `__resolveReference` for one entity type: turns a representation into the party's own object. */
export type ReferenceResolver<TContext> = (
  representation: Record<string, unknown>,
  context: TContext,
) => Promise<object | null> | object | null;

export interface FederatedSchemaOptions<TContext extends GuardedContext> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly orphanedTypes?: Function[];
  /** Creates the resolver class instances, so they can be given their dependencies. */
  readonly container?: ContainerType;
  /** Entity type name to its reference resolver. */
  readonly references: Record<string, ReferenceResolver<TContext>>;
  /** Who may read what: enforced on every field, list and reference from the schema's `@doelbinding`. */
  readonly policy: AccessPolicy<TContext>;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: the classes give the SDL
 * (with their `@key` directives), `buildSubgraphSchema` adds `_entities` and `_service`, and the
 * reference resolvers are merged into the resolver map by hand because type-graphql has no
 * decorator for them.
 */
export async function buildFederatedSchema<TContext extends GuardedContext>(
  options: FederatedSchemaOptions<TContext>,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    skipCheck: true,
    validate: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${DOELBINDING_SDL}\n${printSchemaWithDirectives(schema)}`);
  const resolvers: Record<string, object> = createResolversMap(schema);
  for (const [typeName, resolveReference] of Object.entries(options.references)) {
    const guardedReference: ReferenceResolver<TContext> = async (representation, context) => {
      const resolved = await resolveReference(representation, context);
      // A reference to nothing this party holds is refused like one the caller has no ground for.
      if (!resolved) {
        throw context.access.refuseUnknown(typeName);
      }
      await context.access.assertMayRead(typeName, resolved);
      return resolved;
    };
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: guardedReference };
  }
  // type-graphql's resolver map has the shape buildSubgraphSchema takes; only the declared types differ.
  const subgraphSchema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as SubgraphResolvers }]);
  guardSchema(subgraphSchema, options.policy);
  return subgraphSchema;
}
