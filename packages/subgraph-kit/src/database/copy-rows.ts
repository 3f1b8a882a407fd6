import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Rows per chunk handed to the COPY stream: large enough to keep the socket busy, small for memory. */
const LINES_PER_CHUNK = 500;

/**
 * Loads `rows` of an entity into its table with one `COPY … FROM STDIN`, inside the transaction of
 * `manager`: the bulk path of the seeds and `npm run generate`, far cheaper than INSERTs. A column
 * no row sets is left to its database default (`geregistreerd_op`, generated columns); a version
 * column starts at 1, as TypeORM's insert would.
 */
export async function copyRows<TEntity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<TEntity>,
  rows: readonly ObjectLiteral[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter(
    (column) => column.isInsert && (column.isVersion || rows.some((row) => column.getEntityValue(row) !== undefined)),
  );
  const table = metadata.schema ? `"${metadata.schema}"."${metadata.tableName}"` : `"${metadata.tableName}"`;
  const columnList = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const queryRunner = manager.queryRunner;
  if (!queryRunner) throw new Error('copyRows runs inside a transaction');
  const client = (await queryRunner.connect()) as PoolClient;
  const lines = function* (): Generator<string> {
    for (let start = 0; start < rows.length; start += LINES_PER_CHUNK) {
      yield rows
        .slice(start, start + LINES_PER_CHUNK)
        .map((row) => columns.map((column) => copyValue(column, row)).join('\t') + '\n')
        .join('');
    }
  };
  await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${columnList}) FROM STDIN`)));
}

function copyValue(column: ColumnMetadata, row: ObjectLiteral): string {
  const value: unknown = column.isVersion ? (column.getEntityValue(row) ?? 1) : column.getEntityValue(row);
  if (value === null || value === undefined) return '\\N';
  if (column.isArray && Array.isArray(value)) return copyText(`{${(value as unknown[]).map(arrayElement).join(',')}}`);
  if (column.type === 'json' || column.type === 'jsonb') return copyText(JSON.stringify(value));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return copyText(value);
  throw new Error(`copyRows cannot write ${typeof value} into ${column.databaseName}`);
}

/** An element of an array literal: the seeds' arrays hold text and numbers. */
function arrayElement(element: unknown): string {
  if (element === null || element === undefined) return 'NULL';
  if (typeof element !== 'string' && typeof element !== 'number') {
    throw new Error(`copyRows writes arrays of text and numbers, not of ${typeof element}`);
  }
  return `"${String(element).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped. */
function copyText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}

/** How many persons a seed builds and loads at once: bounds the memory of a 300,000-person chain. */
export const PERSONS_PER_LOAD = 5000;
