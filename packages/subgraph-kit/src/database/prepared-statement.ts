import { createHash } from 'node:crypto';

import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

/** One fixed SQL text, run with each call's values. */
export type PreparedStatement<TRow> = (values: readonly unknown[]) => Promise<TRow[]>;

/**
 * Runs `text`, one fixed statement, as a named prepared statement through `manager`: on the
 * connection of its transaction when it has one, else on the pool TypeORM holds (its PostgreSQL
 * driver keeps pg's `Pool` as `master`). pg parses the text once per connection and afterwards
 * sends only the name and the values; PostgreSQL keeps the parse and, once a generic plan costs no
 * more than the custom ones, the plan. No query building or entity hydration on the way. The
 * statement is told to the data source's logger as TypeORM tells it, so the statement log and its
 * listeners (the tests' statement counts, the slow-statement warning) see it.
 */
export async function runPrepared<TRow extends QueryResultRow>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<TRow[]> {
  const { logger, options } = manager.connection;
  const runner = manager.queryRunner;
  const query = { name: preparedName(text), text, values };
  logger.logQuery(text, values, runner);
  const started = performance.now();
  try {
    const result = runner
      ? await ((await runner.connect()) as PoolClient).query<TRow>(query)
      : await (manager.connection.driver as unknown as { master: Pool }).master.query<TRow>(query);
    const durationMs = performance.now() - started;
    if (options.maxQueryExecutionTime !== undefined && durationMs > options.maxQueryExecutionTime) {
      logger.logQuerySlow(durationMs, text, values, runner);
    }
    return result.rows;
  } catch (error) {
    logger.logQueryError(error as Error, text, values, runner);
    throw error;
  }
}

/** `text` as a statement of the data source's pool, prepared once per connection (`runPrepared`). */
export function preparedStatement<TRow extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
): PreparedStatement<TRow> {
  // pg and the logger only read the values.
  return (values) => runPrepared<TRow>(dataSource.manager, text, values as unknown[]);
}

const names = new Map<string, string>();

/** A name derived from the text: pg refuses one name for two texts on a connection. */
function preparedName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `kg_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
