import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isObjectType, Kind, parse } from 'graphql';
import type { GraphQLResolveInfo, GraphQLSchema, SelectionSetNode } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { ContainerType, NonEmptyArray } from 'type-graphql';

import type { AccessPolicy } from '../policy/access-policy';
import { declaredPerVeld, DOELBINDING_SDL } from '../policy/doelbinding';
import { guardSchema } from '../policy/guard-schema';
import { keyFields, refusedReference } from '../policy/refused-reference';
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
  // Read from the built schema below, before the first request.
  let asksOnlyParts: (typeName: string, asked: ReadonlySet<string>) => boolean = () => false;
  for (const [typeName, resolveReference] of Object.entries(options.references)) {
    const guardedReference = async (
      representation: Record<string, unknown>,
      context: TContext,
      info: GraphQLResolveInfo,
    ): Promise<object> => {
      const resolved = await resolveReference(representation, context);
      if (asksOnlyParts(typeName, fieldsAskedOf(typeName, info))) {
        if (resolved && (await context.access.mayRead(typeName, resolved, false))) {
          return resolved;
        }
        // Recorded as any refused reference is; the parts then arrive at the join as null, not the person as nothing.
        context.access.refuseUnknown(typeName);
        return refusedReference(representation);
      }
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
  asksOnlyParts = onlyParts(subgraphSchema);
  return subgraphSchema;
}

/**
 * Whether a reference asks a type for parts of a joined field (`@perVeld`) and nothing else but
 * the keys the gateway goes over: only then is a person the caller may not see resolved at all.
 */
function onlyParts(schema: GraphQLSchema): (typeName: string, asked: ReadonlySet<string>) => boolean {
  const byType = new Map<string, { parts: Set<string>; keys: Set<string> }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const parts = Object.values(type.getFields()).filter((field) => declaredPerVeld(field) !== null);
    if (parts.length > 0)
      byType.set(type.name, { parts: new Set(parts.map((field) => field.name)), keys: keyFields(type) });
  }
  return (typeName, asked) => {
    const declared = byType.get(typeName);
    const fields = [...asked];
    return (
      declared !== undefined &&
      fields.some((field) => declared.parts.has(field)) &&
      fields.every((field) => declared.parts.has(field) || declared.keys.has(field))
    );
  };
}

/** The fields an `_entities` request asks of `typeName` (`__typename` aside), from its selection. */
function fieldsAskedOf(typeName: string, info: GraphQLResolveInfo): Set<string> {
  const asked = new Set<string>();
  const collect = (selectionSet: SelectionSetNode | undefined, onType: boolean): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (onType && selection.name.value !== '__typename') asked.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, onType || selection.typeCondition?.name.value === typeName);
      } else {
        const fragment = info.fragments[selection.name.value];
        collect(fragment?.selectionSet, onType || fragment?.typeCondition.name.value === typeName);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet, false);
  return asked;
}
