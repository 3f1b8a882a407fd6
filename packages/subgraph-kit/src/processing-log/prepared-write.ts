import { createHash } from 'node:crypto';

import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * Runs `text`, one fixed statement, as a named prepared statement through `manager`: on the
 * connection of its transaction when it has one, else on a connection of the pool for this one
 * statement. pg parses the text once per connection and then sends only the name and the values;
 * PostgreSQL keeps the parse and, after five runs, a generic plan when it costs no more than the
 * custom ones, so the processing log's write, sent with every request, is no longer parsed,
 * analysed and planned each time (`docs/performance/postgresql.md`). The statement is told to the
 * data source's logger as TypeORM tells it, so the statement log and its listeners see it.
 *
 * The name is derived from the text: pg refuses one name for two texts on a connection.
 */
export async function runPrepared(manager: EntityManager, text: string, values: unknown[]): Promise<void> {
  const name = preparedName(text);
  const { logger } = manager.connection;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    logger.logQuery(text, values, runner);
    await client.query({ name, text, values }).catch((error: unknown) => {
      logger.logQueryError(error as Error, text, values, runner);
      throw error;
    });
  } finally {
    // A runner of its own returns its connection to the pool; a transaction's stays with it.
    if (runner !== manager.queryRunner) await runner.release();
  }
}

const names = new Map<string, string>();

function preparedName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `kg_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
