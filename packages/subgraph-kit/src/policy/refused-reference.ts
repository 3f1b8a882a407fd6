import { Kind } from 'graphql';
import type { GraphQLObjectType } from 'graphql';

const REFUSED = Symbol('refused reference');

/**
 * A person reached by a reference that asks only for parts of a joined field (`@perVeld`), whom the
 * caller may not see or the party does not hold: one object for both, whose keys echo what the
 * gateway sent and whose every other field is refused on its own, so the join still gets each part
 * (as null) and no answer tells held from unknown.
 */
export function refusedReference(representation: Record<string, unknown>): Record<string, unknown> {
  return { ...representation, [REFUSED]: true };
}

export function isRefusedReference(source: unknown): source is Record<string, unknown> {
  return typeof source === 'object' && source !== null && REFUSED in source;
}

/** The fields of a type's `@key`s (`id`, `bsn`): what the gateway sends to name an object. */
export function keyFields(type: GraphQLObjectType): Set<string> {
  const fields = new Set<string>();
  for (const directive of type.astNode?.directives ?? []) {
    if (directive.name.value !== 'key') continue;
    const argument = directive.arguments?.find((node) => node.name.value === 'fields');
    if (argument?.value.kind === Kind.STRING) {
      for (const field of argument.value.value.split(/\s+/)) if (/^\w+$/.test(field)) fields.add(field);
    }
  }
  return fields;
}
