import { createHash } from 'node:crypto';

import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/** One fixed SQL text, run with each call's values. */
export type PreparedStatement<TRow> = (values: readonly unknown[]) => Promise<TRow[]>;

/**
 * A statement sent to PostgreSQL as a named prepared statement through the pool TypeORM holds
 * (its PostgreSQL driver keeps pg's `Pool` as `master`): pg parses the text once per connection
 * and afterwards sends only the name and the values, and PostgreSQL keeps its parse (and, once it
 * judges a generic plan good enough, its plan). No TypeORM query runner, query building or entity
 * hydration on the way; the statement is still told to the data source's logger, as TypeORM tells
 * it, so the statement log and its listeners (the tests' statement counts) see it.
 *
 * The name is derived from the text, since pg refuses one name for two texts on a connection.
 */
export function preparedStatement<TRow extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
): PreparedStatement<TRow> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const logger = dataSource.logger;
  const name = `kg_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
  const slowAfterMs = dataSource.options.maxQueryExecutionTime;
  return async (values) => {
    // pg and the logger only read them.
    const parameters = values as unknown[];
    logger.logQuery(text, parameters);
    const started = performance.now();
    try {
      const result = await pool.query<TRow>({ name, text, values: parameters });
      const durationMs = performance.now() - started;
      if (slowAfterMs !== undefined && durationMs > slowAfterMs) {
        logger.logQuerySlow(durationMs, text, parameters);
      }
      return result.rows;
    } catch (error) {
      logger.logQueryError(error as Error, text, parameters);
      throw error;
    }
  };
}
