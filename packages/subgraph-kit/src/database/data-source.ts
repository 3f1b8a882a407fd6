import { types } from 'pg';
import type { CustomTypesConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { MixedList, EntitySchema } from 'typeorm';

import type { Logger } from '../logging/logger';

import { SnakeNamingStrategy } from './snake-naming-strategy';
import { SqlStatementLog } from './sql-statement-log';

/**
 * A `date` is a calendar day, not an instant: this party's connections keep PostgreSQL's
 * `YYYY-MM-DD` text instead of letting pg turn it into a JS Date at local midnight. Given to the
 * pool, not set on pg globally, so importing the kit changes nothing for anyone else.
 */
type TypeId = Parameters<typeof types.getTypeParser>[0];

const calendarDates: CustomTypesConfig = {
  getTypeParser: ((oid: TypeId, format?: 'text') =>
    oid === types.builtins.DATE
      ? (value: string): string => value
      : (types.getTypeParser(oid, format) as (value: string) => unknown)) as CustomTypesConfig['getTypeParser'],
};

/**
 * Sent with each connection's start-up, so it costs no statement. No JIT compilation: a server
 * built with LLVM (the `postgres` image) compiles any statement estimated above `jit_above_cost`,
 * DJI's chain figures over a year of 30,000 persons among them, for about a second of CPU per run
 * (docs/performance/postgresql.md); the services' statements gain nothing from it.
 */
const PARTY_SESSION_SETTINGS = '-c jit=off';

/**
 * How long an idle connection stays in the pool (pg closes it after 10 s by default). A new one
 * costs the cluster a process, a password check and its catalog caches, and its prepared
 * statements are planned anew: about 10 ms of CPU for a question on the processing log, more than
 * a request's own; under light load, a party asked every few seconds would pay that every time.
 */
export const IDLE_CONNECTION_MS = 5 * 60_000;

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
 * migrations, which TypeORM runs in the order of the timestamps in their names (the processing
 * log's, 17639001…, fall between DJI's and OM's own and before the gemeente's and the
 * reclassering's). The schema is never synchronised from the entities.
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
    extra: {
      max: options.poolSize ?? 10,
      idleTimeoutMillis: IDLE_CONNECTION_MS,
      application_name: 'ketengraaf',
      types: calendarDates,
      options: PARTY_SESSION_SETTINGS,
    },
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
