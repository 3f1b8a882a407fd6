import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
} from 'graphql';
import type { GraphQLField, GraphQLFieldResolver, GraphQLOutputType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';

import type { AccessPolicy } from './access-policy';
import type { DeniedFields } from './denied-fields';
import { declaredPerVeld, DOELBINDING_DIRECTIVE } from './doelbinding';
import { grondenZonderBetrokkene, isGrondslag } from './grondslag';
import type { Grondslag } from './grondslag';
import type { RequestAccess } from './request-access';
import { isRefusedReference, keyFields } from './refused-reference';
import { declaredChange } from './wijziging';

/** What the guard needs of a request context. */
export interface GuardedContext {
  readonly access: Pick<
    RequestAccess<unknown>,
    | 'mayReadField'
    | 'subjectOfSource'
    | 'authorizeFigures'
    | 'mayRead'
    | 'assertMayRead'
    | 'refuseUnknown'
    | 'authorizeChange'
  >;
  /** This request's denied fields, each object's answered with one ACCESS_DENIED error. */
  readonly deniedFields: Pick<DeniedFields, 'add'>;
}

const UNGUARDED_ROOTS = new Set(['Mutation', '_Service']);

/** The grounds a field declares with `@doelbinding`, read from the schema itself. */
export function declaredGrounds(field: GraphQLField<unknown, unknown>): Grondslag[] | null {
  const directive = field.astNode?.directives?.find((node) => node.name.value === DOELBINDING_DIRECTIVE);
  if (!directive) {
    return null;
  }
  const argument = directive.arguments?.find((node) => node.name.value === 'gronden');
  const values = argument?.value.kind === Kind.LIST ? argument.value.values : [];
  return values.map((value) => {
    const name = value.kind === Kind.STRING || value.kind === Kind.ENUM ? value.value : '';
    if (!isGrondslag(name)) {
      throw new Error(`${field.name} declares an unknown legal ground: ${name || '(not a string)'}`);
    }
    return name;
  });
}

/** Every ground any field of each type declares. */
export function groundsPerType(schema: GraphQLSchema): Map<string, Grondslag[]> {
  const result = new Map<string, Grondslag[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const gronden = new Set<Grondslag>();
    for (const field of Object.values(type.getFields())) {
      for (const grond of declaredGrounds(field) ?? []) gronden.add(grond);
    }
    if (gronden.size > 0) result.set(type.name, [...gronden]);
  }
  return result;
}

/** One field that carries a person's data, as `@doelbinding` declares it. */
export interface DeclaredRead {
  /** `Type.field`, as access decisions name it. */
  readonly resource: string;
  readonly gronden: readonly Grondslag[];
}

/**
 * Every field of a person's data the schema declares, with its grounds, in the order of their
 * resource names: what the guard enforces, and what the dry run of "mag ik dit delen?" reports.
 * Root fields of figures (about no one person) and another subgraph's fields are not among them.
 */
export function declaredReads(schema: GraphQLSchema): DeclaredRead[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !roots.has(type))
    .flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields()).flatMap((field) => {
            const gronden = isExternal(field) ? null : declaredGrounds(field);
            return gronden && gronden.length > 0 ? [{ resource: `${type.name}.${field.name}`, gronden }] : [];
          })
        : [],
    )
    .sort((one, other) => one.resource.localeCompare(other.resource));
}

/**
 * Enforces the `@doelbinding` declarations of a subgraph schema, in place:
 * - a declared field is resolved only when the caller has one of its grounds for the person the
 *   parent object is about; otherwise it is null, and its object gets one ACCESS_DENIED error
 *   naming all its denied fields (`DeniedFields`);
 * - a field that leads to a person's objects (a root query, a list's node, a person's list of
 *   records of several owners) lets through only objects the caller may see: a single one is
 *   refused, a list is narrowed to them, each decision recorded.
 * - a root query of figures about no one person declares only grounds decided from the caller
 *   (`grondenZonderBetrokkene`), and answers only a caller who holds one;
 * - a mutation is made only by those its `@wijziging` declares.
 * The schema must be consistent: every field of a person's type declares grounds and is nullable,
 * and every mutation declares who may make it.
 */
export function guardSchema<TContext>(schema: GraphQLSchema, policy: AccessPolicy<TContext>): void {
  const subjectTypes = new Set(Object.keys(policy.subjects));
  for (const typeName of subjectTypes) {
    if (!isObjectType(schema.getType(typeName))) {
      throw new Error(`The access policy names type ${typeName}, which the schema does not have.`);
    }
  }
  guardChanges(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || UNGUARDED_ROOTS.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isExternal(field)) {
        // Another subgraph's field, handed over by the gateway for `@requires`: its owner guards it.
        continue;
      }
      const resource = `${type.name}.${field.name}`;
      const gronden = declaredGrounds(field);
      if (subjectTypes.has(type.name)) {
        if (!gronden || gronden.length === 0) {
          throw new Error(`${resource} is data about a person but declares no @doelbinding.`);
        }
        requireNullable(resource, field.type);
        if (declaredPerVeld(field)?.samengesteld) {
          // A join of parts, each refused by its owner: its resolver shows its own part only on a ground it holds.
          continue;
        }
        const itemType = getNamedType(field.type).name;
        const listOfRecords = isListType(getNullableType(field.type)) && subjectTypes.has(itemType);
        const resolve = field.resolve ?? defaultFieldResolver;
        field.resolve = guardField(
          resource,
          gronden,
          policy,
          keyFields(type).has(field.name),
          // A list of other records about the person (one per owner) shows only those the caller may see.
          listOfRecords ? guardEntry(itemType, resolve) : resolve,
        );
      } else if (
        gronden &&
        type === schema.getQueryType() &&
        gronden.every((grond) => grondenZonderBetrokkene[grond])
      ) {
        field.resolve = guardFigures(resource, gronden, field.resolve ?? defaultFieldResolver);
      } else if (gronden) {
        throw new Error(`${resource} declares @doelbinding, but the policy cannot tell whose data ${type.name} is.`);
      } else if (subjectTypes.has(getNamedType(field.type).name)) {
        requireNullable(resource, field.type);
        field.resolve = guardEntry(
          getNamedType(field.type).name,
          field.resolve ?? defaultFieldResolver,
          type === schema.getQueryType(),
        );
      }
    }
  }
}

/** Every mutation declares who may make it (`@wijziging`); anyone else is refused before it runs. */
function guardChanges(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resource = `Mutation.${field.name}`;
    const declaration = declaredChange(field);
    if (!declaration) {
      throw new Error(`${resource} changes data but declares no @wijziging: who may make it, on which ground.`);
    }
    const resolve: GraphQLFieldResolver<unknown, GuardedContext> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: GuardedContext, info) => {
      context.access.authorizeChange(resource, declaration);
      return resolve(source, args, context, info);
    };
  }
}

function guardField<TContext>(
  resource: string,
  gronden: readonly Grondslag[],
  policy: AccessPolicy<TContext>,
  isKey: boolean,
  resolve: GraphQLFieldResolver<unknown, GuardedContext>,
): GraphQLFieldResolver<unknown, GuardedContext> {
  const [typeName = '', fieldName = ''] = resource.split('.');
  const subjectOf = policy.subjects[typeName];
  if (!subjectOf) {
    throw new Error(`No subject for ${typeName}`);
  }
  return (source, args, context, info) => {
    if (isRefusedReference(source)) {
      // Its refusal is recorded once, with the reference; a key only echoes what the gateway sent.
      if (isKey) {
        const key = source[fieldName];
        return typeof key === 'string' ? key : null;
      }
      context.deniedFields.add(info, gronden);
      return null;
    }
    // Most fields are decided at once (their person's grounds already checked): no promise, and no
    // closure, for them.
    const allowed = context.access.mayReadField(resource, gronden, context.access.subjectOfSource(subjectOf, source));
    if (typeof allowed === 'boolean') {
      return readOrDeny(allowed, resolve, gronden, source, args, context, info);
    }
    return allowed.then((held) => readOrDeny(held, resolve, gronden, source, args, context, info));
  };
}

/** The field resolved when it may be read; otherwise noted as denied, and null. */
function readOrDeny(
  allowed: boolean,
  resolve: GraphQLFieldResolver<unknown, GuardedContext>,
  gronden: readonly Grondslag[],
  source: unknown,
  args: unknown,
  context: GuardedContext,
  info: GraphQLResolveInfo,
): unknown {
  if (allowed) return resolve(source, args, context, info);
  context.deniedFields.add(info, gronden);
  return null;
}

/** A root query of figures about no one person: answered only to a caller who holds one of its grounds. */
function guardFigures(
  resource: string,
  gronden: readonly Grondslag[],
  resolve: GraphQLFieldResolver<unknown, GuardedContext>,
): GraphQLFieldResolver<unknown, GuardedContext> {
  return (source, args, context, info) => {
    context.access.authorizeFigures(resource, gronden);
    return resolve(source, args, context, info);
  };
}

/**
 * `byIdentifier`: a root field that looks an object up by an identifier the caller sends. Finding
 * nothing is then refused exactly as an object without a ground is, so no caller learns from the
 * answer whether the party holds it.
 */
function guardEntry(
  typeName: string,
  resolve: GraphQLFieldResolver<unknown, GuardedContext>,
  byIdentifier = false,
): GraphQLFieldResolver<unknown, GuardedContext> {
  return async (source, args, context, info) => {
    const result: unknown = await resolve(source, args, context, info);
    if (result == null) {
      if (byIdentifier) {
        throw context.access.refuseUnknown(typeName);
      }
      return result;
    }
    if (Array.isArray(result)) {
      const items: unknown[] = result;
      const visible = await Promise.all(items.map((item) => context.access.mayRead(typeName, item)));
      return items.filter((_item, index) => visible[index]);
    }
    await context.access.assertMayRead(typeName, result);
    return result;
  };
}

function isExternal(field: GraphQLField<unknown, unknown>): boolean {
  return field.astNode?.directives?.some((directive) => directive.name.value === 'external') ?? false;
}

/** A denied field becomes null, so a guarded field must allow null. */
function requireNullable(resource: string, type: GraphQLOutputType): void {
  if (isNonNullType(type)) {
    throw new Error(`${resource} is guarded by doelbinding, so it must be nullable: a denied field is null.`);
  }
}
