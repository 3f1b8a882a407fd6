import { buildSchema, Kind, parse, print, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { FieldNode } from 'graphql';

/** A question cut down to what an older schema knows, and the fields cut. */
export interface QueryWithin {
  readonly query: string;
  /** `Type.field` of every field the schema lacks, in the order of the question. */
  readonly dropped: readonly string[];
}

/**
 * The question without the fields `schemaSdl` (a supergraph or a plain schema) does not have: each
 * such field with its selections, then any field whose selections are all gone, then any variable
 * no longer used. The baseline answers this; `dropped` says how much less it was asked.
 */
export function queryWithin(query: string, schemaSdl: string): QueryWithin {
  const schema = buildSchema(schemaSdl, { assumeValidSDL: true });
  const typeInfo = new TypeInfo(schema);
  const dropped: string[] = [];
  const known = visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        if (typeInfo.getFieldDef()) return undefined;
        dropped.push(`${typeInfo.getParentType()?.name ?? '?'}.${field.name.value}`);
        return null;
      },
    }),
  );
  const emptied = visit(known, {
    Field: {
      leave: (field: FieldNode) =>
        field.selectionSet && field.selectionSet.selections.length === 0 ? null : undefined,
    },
  });
  const used = new Set<string>();
  visit(emptied, {
    Variable(variable, _key, parent) {
      const declared = parent !== undefined && 'kind' in parent && parent.kind === Kind.VARIABLE_DEFINITION;
      if (!declared) used.add(variable.name.value);
    },
  });
  const trimmed = visit(emptied, {
    VariableDefinition: (definition) => (used.has(definition.variable.name.value) ? undefined : null),
  });
  return { query: print(trimmed), dropped };
}
