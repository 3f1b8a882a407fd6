import 'reflect-metadata';

import {
  createSubgraphService,
  createTokenVerifier,
  openPartyDatabase,
  resolverContainer,
} from '@ketengraaf/subgraph-kit';
import type { PartyDatabase, SubgraphFactoryOptions, SubgraphService } from '@ketengraaf/subgraph-kit';

import { reclasseringEntities } from './entities';
import { AdviesResolver } from './graphql/advies.resolver';
import { BijzondereVoorwaardeResolver } from './graphql/bijzondere-voorwaarde.resolver';
import { NalevingResolver } from './graphql/naleving.resolver';
import { OvertredingsmeldingResolver } from './graphql/overtredingsmelding.resolver';
import { buildReclasseringSchema, ReclasseringProcessingLogResolver } from './graphql/reclassering-schema';
import { RisicotaxatieResolver } from './graphql/risicotaxatie.resolver';
import { ToezichtResolver } from './graphql/toezicht.resolver';
import { createReclasseringLoaders } from './loaders/reclassering-loaders';
import { reclasseringMigrations } from './migrations';
import { reclasseringPolicy } from './policy/reclassering-policy';

export { buildReclasseringSchema } from './graphql/reclassering-schema';
export { seedReclassering } from './seed/seed-reclassering';

export interface ReclasseringSubgraph extends SubgraphService {
  readonly database: PartyDatabase;
  /** Closes the database connections; stop the running service first. */
  close(): Promise<void>;
}

/** The reclassering subgraph over its own database, migrated to the current schema. */
export async function createReclasseringSubgraph(options: SubgraphFactoryOptions): Promise<ReclasseringSubgraph> {
  const database = await openPartyDatabase({
    url: options.databaseUrl,
    entities: reclasseringEntities,
    migrations: reclasseringMigrations,
    log: options.log,
  });
  const { dataSource } = database;
  const schema = await buildReclasseringSchema(
    resolverContainer([
      new ReclasseringProcessingLogResolver({
        dataSource,
        pseudonymKey: options.pseudonymKey,
        maxPageSize: options.maxPageSize,
      }),
      new AdviesResolver(dataSource),
      new ToezichtResolver(dataSource, options.maxPageSize),
      new BijzondereVoorwaardeResolver(dataSource),
      new NalevingResolver(dataSource),
      new OvertredingsmeldingResolver(dataSource, options.maxPageSize),
      new RisicotaxatieResolver(dataSource),
    ]),
  );
  const service = createSubgraphService({
    name: 'reclassering',
    schema,
    database,
    log: options.log,
    createLoaders: () => createReclasseringLoaders(dataSource),
    policy: reclasseringPolicy,
    verifyToken: createTokenVerifier(options.identity),
    pseudonymKey: options.pseudonymKey,
    maxRepresentations: options.maxRepresentations,
  });
  return { ...service, database, close: () => dataSource.destroy() };
}
