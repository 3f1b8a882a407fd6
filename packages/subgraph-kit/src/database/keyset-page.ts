import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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
