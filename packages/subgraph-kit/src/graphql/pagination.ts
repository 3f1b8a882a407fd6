import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

import { isUuid } from '../database/load-for-change';
import { clientError } from '../errors/client-error';

// Every subgraph's lists return the same PageInfo, so the supergraph shares one type.
@Directive('@shareable')
@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: 'Page size; capped by the service.' })
  first: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
}

/**
 * A connection that also says how many items the whole list holds. Make `totalCount` a getter, so
 * the count is run only when a client asks for the field (the field reads the property).
 */
export interface CountedConnection<TNode> extends Connection<TNode> {
  readonly totalCount: Promise<number>;
}

/** Declares the Relay connection and edge types for a node type (`VerblijfConnection`, `VerblijfEdge`). */
export function connectionOf<TNode extends object>(
  nodeType: ClassType<TNode>,
  name: string,
  options: { shareable?: boolean; totalCount?: boolean } = {},
): ClassType<Connection<TNode>> {
  // A connection every subgraph serves (the processing log's) is one shared type in the supergraph.
  const shareable = options.shareable ? Directive('@shareable') : () => undefined;

  @shareable
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    // Nullable: a node the caller may not see is refused on its own, not with the whole list.
    @Field(() => nodeType, { nullable: true })
    node: TNode;
  }

  @shareable
  @ObjectType(`${name}Connection`, { description: `A cursor-paginated list of ${name}.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  if (options.totalCount) {
    // Only where the count leaks nothing hidden: a list the caller may see whole, or none of.
    Field(() => Int, { description: 'How many items the whole list holds, over every page.' })(
      ConnectionType.prototype,
      'totalCount',
    );
  }
  return ConnectionType;
}

/**
 * Keyset cursors: the sort key and id of the last row, opaque to clients. A list reads one row
 * more than it returns to know whether there is a next page.
 */
export function encodeCursor(sortKey: string | null, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { sortKey: string | null; id: string } {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [sortKey, id] = decoded as unknown[];
      if ((typeof sortKey === 'string' || sortKey === null) && typeof id === 'string') {
        return { sortKey, id };
      }
    }
  } catch {
    // fall through to the client error below
  }
  throw clientError('INVALID_CURSOR', 'The cursor was not handed out by this list.');
}

/**
 * Decodes a cursor of a list ordered by (date, uuid): a calendar date, or PostgreSQL's
 * `infinity` for an unknown date sorted last, and a uuid. Anything else was not handed out by
 * such a list, and is refused before it can reach SQL as a failing cast.
 */
export function decodeDateCursor(cursor: string): { sortKey: string; id: string } {
  const { sortKey, id } = decodeCursor(cursor);
  if (sortKey === null || !(sortKey === 'infinity' || isCalendarDate(sortKey)) || !isUuid(id)) {
    throw clientError('INVALID_CURSOR', 'The cursor was not handed out by this list.');
  }
  return { sortKey, id };
}

/** Whether `value` is a day of the calendar written YYYY-MM-DD (not 2026-02-31). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function pageSize(requested: number, max: number): number {
  if (!Number.isInteger(requested) || requested < 1) {
    throw clientError('INVALID_INPUT', '`first` must be a whole number of at least 1.');
  }
  return Math.min(requested, max);
}

/** Builds the connection from rows read with `limit = size + 1`. */
export function toConnection<TRow, TNode>(
  rows: TRow[],
  size: number,
  cursorOf: (row: TRow) => string,
  toNode: (row: TRow) => TNode,
): Connection<TNode> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
