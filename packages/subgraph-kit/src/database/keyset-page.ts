import type { QueryResultRow } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { decodeDateCursor, encodeCursor, pageSize, toConnection } from '../graphql/pagination';
import type { Connection } from '../graphql/pagination';

import { plainRows } from './plain-rows';
import { preparedStatement, runPrepared } from './prepared-statement';

export interface KeysetOptions<TRow> {
  /** The SQL expression the list is ordered by, a `date` column of the query's alias (`d.geopend_op`). */
  readonly sortColumn: string;
  /** The sort key of a row, as the cursor carries it (`YYYY-MM-DD`, or `infinity` for none). */
  readonly sortKeyOf: (row: TRow) => string;
  /** `first` as the client asked it, and the largest page the service returns. */
  readonly first: number;
  readonly maxPageSize: number;
  /** The `endCursor` of the previous page. */
  readonly after?: string | null;
}

/**
 * One page of a list ordered by a calendar date and then by uuid, by keyset: the page after
 * `after`, read with one row more than it returns to know whether another page follows. The
 * query names its rows' alias; `id` must be their uuid key.
 */
export async function keysetPage<TRow extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<TRow>,
  options: KeysetOptions<TRow>,
): Promise<Connection<TRow>> {
  const size = pageSize(options.first, options.maxPageSize);
  const id = `${query.alias}.id`;
  query
    .orderBy(options.sortColumn, 'ASC')
    .addOrderBy(id, 'ASC')
    .limit(size + 1);
  if (options.after) {
    query.andWhere(
      `(${options.sortColumn}, ${id}) > (CAST(:keysetSortKey AS date), CAST(:keysetId AS uuid))`,
      renameCursor(decodeDateCursor(options.after)),
    );
  }
  const rows = await query.getMany();
  return toConnection(
    rows,
    size,
    (row) => encodeCursor(options.sortKeyOf(row), row.id),
    (row) => row,
  );
}

/** Which rows a `keysetSelect` lists, and by which calendar date it orders them. */
export interface KeysetSelectOptions<TRow> {
  /** The properties whose columns equal the values each page is asked with, in their order. */
  readonly equal: readonly [keyof TRow & string, ...(keyof TRow & string)[]];
  /** The `date` property the list is ordered by (then by `id`); never null. */
  readonly sortBy: keyof TRow & string;
}

/** One page of a `keysetSelect`'s list, for the values its `equal` columns must hold. */
export type KeysetSelect<TRow> = (values: readonly unknown[], page: UrgencyPageOptions) => Promise<Connection<TRow>>;

/**
 * `keysetPage` of a list narrowed by equality alone, in plain SQL: two fixed statements built once
 * from the entity's metadata (the first page, and a page after a cursor), run prepared
 * (`runPrepared`), the rows plain objects in the shape TypeORM's `getMany` gave. A page then costs
 * no query building, parameter escaping or entity hydration, as the loaders' `keyedSelect` does not.
 */
export function keysetSelect<TRow extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<TRow>,
  options: KeysetSelectOptions<TRow>,
): KeysetSelect<TRow> {
  const table = plainRows(dataSource, entity);
  const equal = options.equal.map((property, index) => `${table.column(property)} = $${index + 1}`).join(' AND ');
  const sort = table.column(options.sortBy);
  const id = table.column('id');
  const limit = `$${options.equal.length + 1}`;
  const order = `ORDER BY ${sort} ASC, ${id} ASC LIMIT ${limit}`;
  const firstPage = preparedStatement<QueryResultRow>(dataSource, `${table.selectFrom} WHERE ${equal} ${order}`);
  const pageAfter = preparedStatement<QueryResultRow>(
    dataSource,
    `${table.selectFrom} WHERE ${equal} AND (${sort}, ${id}) > (CAST($${options.equal.length + 2} AS date), CAST($${options.equal.length + 3} AS uuid)) ${order}`,
  );
  return async (values, { first, maxPageSize, after }) => {
    const size = pageSize(first, maxPageSize);
    const cursor = after ? decodeDateCursor(after) : null;
    const flat = cursor
      ? await pageAfter([...values, size + 1, cursor.sortKey, cursor.id])
      : await firstPage([...values, size + 1]);
    return toConnection(
      table.rows(flat),
      size,
      (row) => encodeCursor(row[options.sortBy] as string, row.id),
      (row) => row,
    );
  };
}

/** A row of a werkvoorraad ordered by urgency: its uuid, and its earliest open deadline (`infinity` for none). */
export interface UrgencyRow {
  readonly id: string;
  readonly urgentie: string;
}

/** `first` as the client asked it, the largest page the service returns, and the previous page's `endCursor`. */
export interface UrgencyPageOptions {
  readonly first: number;
  readonly maxPageSize: number;
  readonly after?: string | null;
}

/**
 * One page of a werkvoorraad, most urgent first: by `urgentie` (so the overdue come first, rows
 * with nothing due last) and then by uuid, by keyset on (urgentie, id), read with one row more
 * than it returns. `rows` is SQL selecting at least `id` and `urgentie`, with `$1`…`$n` bound to
 * `parameters`; the page's limit and cursor are bound after them. Several `rows` are alternatives
 * no row meets two of (a gemeente of origin, or else of return): each is paged on its own and the
 * page merges their heads, so an index per alternative serves it (a union read as one would order
 * its rows by a computed `urgentie` that no index matches). The statement is run prepared
 * (`runPrepared`): its text depends on `rows` and on whether a cursor is given, never on a value.
 */
export async function urgencyKeysetPage<TRow extends UrgencyRow>(
  database: DataSource,
  rows: string | readonly string[],
  parameters: readonly unknown[],
  options: UrgencyPageOptions,
): Promise<Connection<TRow>> {
  const size = pageSize(options.first, options.maxPageSize);
  const bound: unknown[] = [...parameters, size + 1];
  const limit = `$${bound.length}`;
  let keyset = '';
  if (options.after) {
    const cursor = decodeDateCursor(options.after);
    bound.push(cursor.sortKey, cursor.id);
    keyset = `WHERE (w.urgentie, w.id) > (CAST($${bound.length - 1} AS date), CAST($${bound.length} AS uuid))`;
  }
  const paged = (alternative: string): string =>
    `SELECT w.* FROM (${alternative}) w ${keyset} ORDER BY w.urgentie, w.id LIMIT ${limit}`;
  const alternatives = typeof rows === 'string' ? [rows] : rows;
  const page = await runPrepared<TRow>(
    database.manager,
    alternatives.length === 1
      ? paged(alternatives[0] ?? '')
      : `SELECT w.* FROM (${alternatives.map((alternative) => `(${paged(alternative)})`).join(' UNION ALL ')}) w
          ORDER BY w.urgentie, w.id LIMIT ${limit}`,
    bound,
  );
  return toConnection(
    page,
    size,
    (row) => encodeCursor(row.urgentie, row.id),
    (row) => row,
  );
}

/** The nodes of a connection turned into another type, edges and page info kept. */
export function mapConnection<TFrom, TTo>(
  connection: Connection<TFrom>,
  toNode: (node: TFrom) => TTo,
): Connection<TTo> {
  return {
    edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toNode(edge.node) })),
    pageInfo: connection.pageInfo,
  };
}

function renameCursor({ sortKey, id }: { sortKey: string; id: string }): { keysetSortKey: string; keysetId: string } {
  return { keysetSortKey: sortKey, keysetId: id };
}
