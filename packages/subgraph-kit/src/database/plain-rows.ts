import type { QueryResultRow } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity's table read with plain SQL, built once from its TypeORM metadata: the select list
 * with every column aliased to its property path, so pg's row is the row TypeORM's `find` gave (the
 * same properties, dates as the pool's parsers make them), as a plain object, not an entity instance.
 */
export interface PlainRows<TRow> {
  /** `SELECT "column" AS "property", … FROM "schema"."table"`. */
  readonly selectFrom: string;
  /** The quoted column of a property, for the statement's conditions and order. */
  readonly column: (property: keyof TRow & string) => string;
  /** pg's rows as the entity's shape: embedded columns (`nazorgcoordinator.naam`) nested, else as they are. */
  readonly rows: (flat: QueryResultRow[]) => TRow[];
}

export function plainRows<TRow extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<TRow>,
): PlainRows<TRow> {
  const metadata = dataSource.getMetadata(entity);
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  for (const column of columns) {
    if (column.transformer || column.type === 'simple-array' || column.type === 'simple-json') {
      // TypeORM converts these when it hydrates; a plain row would differ from what `find` gave.
      throw new Error(`${metadata.name}.${column.propertyPath}: a column TypeORM converts cannot be read as plain SQL`);
    }
  }
  const nest = nesting(columns.map((column) => column.propertyPath));
  return {
    selectFrom: [
      `SELECT ${columns.map((column) => `${quote(column.databaseName)} AS ${quote(column.propertyPath)}`).join(', ')}`,
      `FROM ${metadata.schema ? `${quote(metadata.schema)}.` : ''}${quote(metadata.tableName)}`,
    ].join(' '),
    column: (property) => {
      const column = metadata.findColumnWithPropertyPath(property);
      if (!column) {
        throw new Error(`${metadata.name} has no column for ${property}`);
      }
      return quote(column.databaseName);
    },
    rows: (flat) => (nest ? flat.map(nest) : flat) as TRow[],
  };
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Builds the nested objects of embedded columns (`nazorgcoordinator.naam`) from a flat row, or
 * nothing when every column is a top-level property: pg's row is then already the row.
 */
function nesting(propertyPaths: readonly string[]): ((flat: QueryResultRow) => QueryResultRow) | undefined {
  if (propertyPaths.every((path) => !path.includes('.'))) {
    return undefined;
  }
  const paths = propertyPaths.map((alias) => {
    const segments = alias.split('.');
    return { alias, parents: segments.slice(0, -1), leaf: segments[segments.length - 1] as string };
  });
  return (flat) => {
    const row: Record<string, unknown> = {};
    for (const { alias, parents, leaf } of paths) {
      let target = row;
      for (const parent of parents) {
        target = (target[parent] ??= {}) as Record<string, unknown>;
      }
      target[leaf] = flat[alias];
    }
    return row;
  };
}
