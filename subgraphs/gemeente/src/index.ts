import 'reflect-metadata';

import {
  createSubgraphService,
  createTokenVerifier,
  openPartyDatabase,
  resolverContainer,
} from '@ketengraaf/subgraph-kit';
import type { PartyDatabase, SubgraphFactoryOptions, SubgraphService } from '@ketengraaf/subgraph-kit';

import { gemeenteEntities } from './entities';
import { BasisvoorwaardenStatusResolver } from './graphql/basisvoorwaarden-status.resolver';
import { buildGemeenteSchema, GemeenteProcessingLogResolver } from './graphql/gemeente-schema';
import { NazorgdossierResolver } from './graphql/nazorgdossier.resolver';
import { createGemeenteLoaders } from './loaders/gemeente-loaders';
import { gemeenteMigrations } from './migrations';
import { gemeentePolicy } from './policy/gemeente-policy';

export { buildGemeenteSchema } from './graphql/gemeente-schema';
export { seedGemeente } from './seed/seed-gemeente';

export interface GemeenteSubgraph extends SubgraphService {
  readonly database: PartyDatabase;
  /** Closes the database connections; stop the running service first. */
  close(): Promise<void>;
}

/** The gemeente subgraph over its own database, migrated to the current schema. */
export async function createGemeenteSubgraph(options: SubgraphFactoryOptions): Promise<GemeenteSubgraph> {
  const database = await openPartyDatabase({
    url: options.databaseUrl,
    entities: gemeenteEntities,
    migrations: gemeenteMigrations,
    log: options.log,
  });
  const { dataSource } = database;
  const schema = await buildGemeenteSchema(
    resolverContainer([
      new GemeenteProcessingLogResolver({
        dataSource,
        pseudonymKey: options.pseudonymKey,
        maxPageSize: options.maxPageSize,
      }),
      new NazorgdossierResolver(dataSource, options.maxPageSize),
      new BasisvoorwaardenStatusResolver(dataSource),
    ]),
  );
  const service = createSubgraphService({
    name: 'gemeente',
    schema,
    database,
    log: options.log,
    createLoaders: () => createGemeenteLoaders(dataSource),
    policy: gemeentePolicy,
    verifyToken: createTokenVerifier(options.identity),
    pseudonymKey: options.pseudonymKey,
    maxRepresentations: options.maxRepresentations,
  });
  return { ...service, database, close: () => dataSource.destroy() };
}
