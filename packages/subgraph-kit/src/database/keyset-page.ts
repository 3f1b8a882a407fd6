import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { decodeDateCursor, encodeCursor, pageSize, toConnection } from '../graphql/pagination';
import type { Connection } from '../graphql/pagination';

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
 * its rows by a computed `urgentie` that no index matches).
 */
export async function urgencyKeysetPage<TRow extends UrgencyRow>(
  database: Pick<DataSource, 'query'>,
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
  const page: TRow[] = await database.query(
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
