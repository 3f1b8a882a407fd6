import 'reflect-metadata';

import {
  createSubgraphService,
  createTokenVerifier,
  openPartyDatabase,
  resolverContainer,
} from '@ketengraaf/subgraph-kit';
import type { PartyDatabase, SubgraphFactoryOptions, SubgraphService } from '@ketengraaf/subgraph-kit';

import { omBurgemeesterEntities } from './entities';
import { BijMeldingResolver } from './graphql/bij-melding.resolver';
import { buildOmBurgemeesterSchema, OmBurgemeesterProcessingLogResolver } from './graphql/om-burgemeester-schema';
import { OmgevingsanalyseResolver } from './graphql/omgevingsanalyse.resolver';
import { OpdrachtTotAdviesResolver } from './graphql/opdracht-tot-advies.resolver';
import { StrafzaakResolver } from './graphql/strafzaak.resolver';
import { StukAanOmResolver } from './graphql/stuk-aan-om.resolver';
import { VerstrekkingResolver } from './graphql/verstrekking.resolver';
import { ViBeslissingResolver } from './graphql/vi-beslissing.resolver';
import { ZienswijzeResolver } from './graphql/zienswijze.resolver';
import { createOmBurgemeesterLoaders } from './loaders/om-burgemeester-loaders';
import { omBurgemeesterMigrations } from './migrations';
import { omBurgemeesterPolicy } from './policy/om-burgemeester-policy';

export { buildOmBurgemeesterSchema } from './graphql/om-burgemeester-schema';
export { seedOmBurgemeester } from './seed/seed-om-burgemeester';

export interface OmBurgemeesterSubgraph extends SubgraphService {
  readonly database: PartyDatabase;
  /** Closes the database connections; stop the running service first. */
  close(): Promise<void>;
}

/**
 * The OM/burgemeester subgraph over its own database, migrated to the current schema: OM's records
 * in schema `om`, the burgemeesters' in schema `burgemeester`.
 */
export async function createOmBurgemeesterSubgraph(options: SubgraphFactoryOptions): Promise<OmBurgemeesterSubgraph> {
  const database = await openPartyDatabase({
    url: options.databaseUrl,
    entities: omBurgemeesterEntities,
    migrations: omBurgemeesterMigrations,
    log: options.log,
  });
  const { dataSource } = database;
  const schema = await buildOmBurgemeesterSchema(
    resolverContainer([
      new OmBurgemeesterProcessingLogResolver({
        dataSource,
        pseudonymKey: options.pseudonymKey,
        maxPageSize: options.maxPageSize,
      }),
      new StrafzaakResolver(dataSource),
      new ViBeslissingResolver(dataSource),
      new OpdrachtTotAdviesResolver(dataSource),
      new VerstrekkingResolver(dataSource),
      new BijMeldingResolver(dataSource, options.maxPageSize),
      new ZienswijzeResolver(dataSource),
      new OmgevingsanalyseResolver(dataSource),
      new StukAanOmResolver(dataSource),
    ]),
  );
  const service = createSubgraphService({
    name: 'om-burgemeester',
    schema,
    database,
    log: options.log,
    createLoaders: () => createOmBurgemeesterLoaders(dataSource),
    policy: omBurgemeesterPolicy,
    verifyToken: createTokenVerifier(options.identity),
    pseudonymKey: options.pseudonymKey,
    maxRepresentations: options.maxRepresentations,
  });
  return { ...service, database, close: () => dataSource.destroy() };
}
