import type { QueryResultRow } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

import { preparedStatement } from '../database/prepared-statement';

/** The rows of a table whose key column holds one of the keys; one key list per key column, any may match. */
export type KeyedSelect<TRow> = (...keyLists: readonly (readonly unknown[])[]) => Promise<TRow[]>;

export interface KeyedSelectOptions<TRow> {
  /** The properties whose columns the key lists are matched against, in the order of the lists. */
  readonly by: readonly [keyof TRow & string, ...(keyof TRow & string)[]];
  /** The rows' order, as TypeORM's `find` takes it. */
  readonly order?: Partial<Record<keyof TRow & string, 'ASC' | 'DESC'>>;
}

/**
 * A loader's batch read with plain SQL: one fixed statement per loader, built once from the
 * entity's TypeORM metadata, `WHERE "key" = ANY($1)` with one array parameter however many keys a
 * batch holds, so the text never changes and runs as a prepared statement. The rows come back as
 * TypeORM's `find` gives them (the same columns under the same property names, embedded columns as
 * nested objects, dates as the pool's parsers make them), as plain objects: no entity instances.
 */
export function keyedSelect<TRow extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<TRow>,
  options: KeyedSelectOptions<TRow>,
): KeyedSelect<TRow> {
  const metadata = dataSource.getMetadata(entity);
  const columnOf = (propertyPath: string): ColumnMetadata => {
    const column = metadata.findColumnWithPropertyPath(propertyPath);
    if (!column) {
      throw new Error(`${metadata.name} has no column for ${propertyPath}`);
    }
    return column;
  };
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  for (const column of columns) {
    if (column.transformer || column.type === 'simple-array' || column.type === 'simple-json') {
      // TypeORM converts these when it hydrates; a plain row would differ from what `find` gave.
      throw new Error(`${metadata.name}.${column.propertyPath}: a column TypeORM converts cannot be read as plain SQL`);
    }
  }
  const where = options.by.map((key, index) => `${quote(columnOf(key).databaseName)} = ANY($${index + 1})`);
  const order = Object.entries(options.order ?? {}).map(
    ([property, direction]) => `${quote(columnOf(property).databaseName)} ${direction as string}`,
  );
  const text = [
    `SELECT ${columns.map((column) => `${quote(column.databaseName)} AS ${quote(column.propertyPath)}`).join(', ')}`,
    `FROM ${metadata.schema ? `${quote(metadata.schema)}.` : ''}${quote(metadata.tableName)}`,
    `WHERE ${where.join(' OR ')}`,
    ...(order.length > 0 ? [`ORDER BY ${order.join(', ')}`] : []),
  ].join(' ');
  const statement = preparedStatement<QueryResultRow>(dataSource, text);
  const nest = nesting(columns.map((column) => column.propertyPath));
  return async (...keyLists) => {
    const rows = await statement(keyLists);
    return (nest ? rows.map(nest) : rows) as TRow[];
  };
}

/**
 * `perDataSource(build)` gives `build`'s result for a data source, built at its first use: a
 * party's statements are built once per database and shared by every request's loaders.
 */
export function perDataSource<T>(build: (dataSource: DataSource) => T): (dataSource: DataSource) => T {
  const built = new WeakMap<DataSource, T>();
  return (dataSource) => {
    let value = built.get(dataSource);
    if (value === undefined) {
      value = build(dataSource);
      built.set(dataSource, value);
    }
    return value;
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
