import type { QueryResultRow } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

import { plainRows } from '../database/plain-rows';
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
  const table = plainRows(dataSource, entity);
  const where = options.by.map((key, index) => `${table.column(key)} = ANY($${index + 1})`);
  const order = Object.entries(options.order ?? {}).map(
    ([property, direction]) => `${table.column(property)} ${direction as string}`,
  );
  const text = [
    table.selectFrom,
    `WHERE ${where.join(' OR ')}`,
    ...(order.length > 0 ? [`ORDER BY ${order.join(', ')}`] : []),
  ].join(' ');
  const statement = preparedStatement<QueryResultRow>(dataSource, text);
  return async (...keyLists) => table.rows(await statement(keyLists));
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
