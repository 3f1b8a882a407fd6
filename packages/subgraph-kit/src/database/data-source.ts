import { types } from 'pg';
import { DataSource } from 'typeorm';
import type { MixedList, EntitySchema } from 'typeorm';

import type { Logger } from '../logging/logger';

import { SnakeNamingStrategy } from './snake-naming-strategy';
import { SqlStatementLog } from './sql-statement-log';

// A `date` is a calendar day, not an instant: keep PostgreSQL's `YYYY-MM-DD` text instead of
// letting pg turn it into a JS Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value) => value);

export interface PartyDatabaseOptions {
  readonly url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: Function[];
  readonly log: Logger;
  /** Connections this service may hold open. */
  readonly poolSize?: number;
}

export interface PartyDatabase {
  readonly dataSource: DataSource;
  readonly statements: SqlStatementLog;
}

/**
 * Connects to one party's own database and brings its schema up to date with the party's
 * migrations, in the order listed. The schema is never synchronised from the entities.
 */
export async function openPartyDatabase(options: PartyDatabaseOptions): Promise<PartyDatabase> {
  const statements = new SqlStatementLog(options.log);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: statements,
    maxQueryExecutionTime: 500,
    extra: { max: options.poolSize ?? 10, application_name: 'ketengraaf' },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, statements };
}
