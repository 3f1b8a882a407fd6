import 'reflect-metadata';

import {
  createSubgraphService,
  createTokenVerifier,
  openPartyDatabase,
  resolverContainer,
} from '@ketengraaf/subgraph-kit';
import type { PartyDatabase, SubgraphFactoryOptions, SubgraphService } from '@ketengraaf/subgraph-kit';

import { djiEntities } from './entities';
import { buildDjiSchema, DjiProcessingLogResolver } from './graphql/dji-schema';
import { DrPlanResolver } from './graphql/dr-plan.resolver';
import { InrichtingResolver } from './graphql/inrichting.resolver';
import { MdoResolver } from './graphql/mdo.resolver';
import { ScreeningResolver } from './graphql/screening.resolver';
import { VerblijfResolver } from './graphql/verblijf.resolver';
import { createDjiLoaders } from './loaders/dji-loaders';
import { djiMigrations } from './migrations';
import { djiAlsoKnownAs } from './policy/also-known-as';
import { djiPolicy } from './policy/dji-policy';

export { buildDjiSchema } from './graphql/dji-schema';
export { seedDji } from './seed/seed-dji';

export interface DjiSubgraph extends SubgraphService {
  readonly database: PartyDatabase;
  /** Closes the database connections; stop the running service first. */
  close(): Promise<void>;
}

/** DJI's subgraph over its own database, migrated to the current schema. */
export async function createDjiSubgraph(options: SubgraphFactoryOptions): Promise<DjiSubgraph> {
  const database = await openPartyDatabase({
    url: options.databaseUrl,
    entities: djiEntities,
    migrations: djiMigrations,
    log: options.log,
  });
  const { dataSource } = database;
  const schema = await buildDjiSchema(
    resolverContainer([
      new DjiProcessingLogResolver({
        dataSource,
        pseudonymKey: options.pseudonymKey,
        maxPageSize: options.maxPageSize,
        alsoKnownAs: djiAlsoKnownAs(dataSource),
      }),
      new VerblijfResolver(dataSource, options.maxPageSize),
      new InrichtingResolver(dataSource),
      new ScreeningResolver(dataSource),
      new DrPlanResolver(dataSource),
      new MdoResolver(dataSource),
    ]),
  );
  const service = createSubgraphService({
    name: 'dji',
    schema,
    database,
    log: options.log,
    createLoaders: () => createDjiLoaders(dataSource),
    policy: djiPolicy,
    verifyToken: createTokenVerifier(options.identity),
    pseudonymKey: options.pseudonymKey,
    maxRepresentations: options.maxRepresentations,
  });
  return { ...service, database, close: () => dataSource.destroy() };
}
