import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { DataSource, EntityManager, EntitySchema, MixedList } from 'typeorm';

import { envPrefixOf } from '../config/env-prefix';
import { openPartyDatabase } from '../database/data-source';
import type { PartyDatabase } from '../database/data-source';
import type { DemoPerson } from '../demo/demo-population';
import { klok } from '../domain/vandaag';
import type { Klok } from '../domain/vandaag';
import type { OrganisatieSoort } from '../domain/organisatie';
import { buildFederatedSchema } from '../graphql/build-federated-schema';
import type { QueryLimits } from '../graphql/protect-queries';
import type { ReferenceResolver } from '../graphql/build-federated-schema';
import { resolverContainer } from '../graphql/resolver-container';
import { createTokenVerifier } from '../identity/token-verifier';
import type { IdentityConfig } from '../identity/token-verifier';
import type { Logger } from '../logging/logger';
import type { AccessPolicy, Betrokkene } from '../policy/access-policy';
import { ProcessingLogQueries } from '../processing-log/processing-log.queries';
import { processingLogResolver } from '../processing-log/processing-log.resolver';

import { createSubgraphService } from './create-subgraph-service';
import type { SubgraphService } from './create-subgraph-service';
import type { RequestContext } from './request-context';

export interface SubgraphFactoryOptions {
  readonly databaseUrl: string;
  readonly log: Logger;
  readonly maxPageSize: number;
  /** Most entity references one `_entities` call may name. */
  readonly maxRepresentations: number;
  /** How large a query the subgraph accepts (depth, aliases, cost, tokens). */
  readonly queryLimits: QueryLimits;
  /** The token issuer every request is verified against. */
  readonly identity: IdentityConfig;
  /** Key of the pseudonyms in the processing log; secret to the party. */
  readonly pseudonymKey: string;
  /** The day deadlines are counted from (`YYYY-MM-DD`); the calendar date in the Netherlands when absent. */
  readonly vandaag?: string;
}

/**
 * Runs a change in one transaction: the domain's commands write through the manager it gives, and
 * the processing log's rows join them. Resolvers get this, never the data source itself.
 */
export interface Transactions {
  run<TResult>(work: (manager: EntityManager) => Promise<TResult>): Promise<TResult>;
}

/**
 * What a party's resolvers are built with: `dataSource` is for the party's data-access classes
 * (its queries), which the resolvers are given; resolvers themselves hold no SQL.
 */
export interface ResolverDependencies {
  readonly dataSource: DataSource;
  readonly transactions: Transactions;
  readonly maxPageSize: number;
  /** Today, as the party counts its deadlines: the one clock of the service, fixed in tests. */
  readonly vandaag: Klok;
}

/** One party's subgraph, described once: the kit builds its schema, its service and its database from it. */
export interface PartyDefinition<TLoaders> {
  /**
   * The party's name, from which everything else is named: its folder (`subgraphs/<name>`), its
   * supergraph name, its environment prefix and its database.
   */
  readonly name: string;
  /** Where it listens unless `<PREFIX>_PORT` says otherwise. */
  readonly defaultPort: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  /** Its migrations; TypeORM runs them in the order of the timestamps in their names. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: Function[];
  /** Every resolver class of its schema. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly resolvers: NonEmptyArray<Function>;
  /** The instances of those resolvers that need dependencies; the others are made as usual. */
  readonly resolverInstances: (dependencies: ResolverDependencies) => object[];
  /** Entity type name to its reference resolver. */
  readonly references: Record<string, ReferenceResolver<RequestContext<TLoaders>>>;
  /** A fresh DataLoader set for one request. */
  readonly loaders: (dataSource: DataSource) => TLoaders;
  readonly policy: AccessPolicy<RequestContext<TLoaders>>;
  /** Whose privacy officers read its processing log, and how (see `processingLogResolver`). */
  readonly processingLog: {
    readonly owners: readonly OrganisatieSoort[];
    readonly perOwner: boolean;
    readonly alsoKnownAs?: (dataSource: DataSource) => (betrokkene: Betrokkene) => Promise<Betrokkene[]>;
  };
  /** Seeds the party's own records for the demo population; false when it already holds data. */
  readonly seed: (dataSource: DataSource, persons: readonly DemoPerson[]) => Promise<boolean>;
}

/** A party's subgraph as it runs: its service and its database. */
export interface PartySubgraph extends SubgraphService {
  readonly database: PartyDatabase;
  /** Closes the database connections; stop the running service first. */
  close(): Promise<void>;
}

/** A party, ready to be composed, started and seeded. */
export interface Party<TName extends string = string> {
  readonly name: TName;
  /** Its name in the supergraph's `join__Graph` (`om-burgemeester` → `OM_BURGEMEESTER`). */
  readonly supergraphName: string;
  /** The prefix of its environment variables (`OM_BURGEMEESTER_DATABASE_URL`). */
  readonly envPrefix: string;
  /** Its database's name where one server holds every party's (the embedded default). */
  readonly databaseName: string;
  readonly defaultPort: number;
  /** Its schema. Without a database it can be printed, not served. */
  readonly buildSchema: () => Promise<GraphQLSchema>;
  /** Its subgraph over its own database, migrated to the current schema. */
  readonly create: (options: SubgraphFactoryOptions) => Promise<PartySubgraph>;
  readonly seed: (dataSource: DataSource, persons: readonly DemoPerson[]) => Promise<boolean>;
}

/** Makes a party's subgraph from its definition: the one wiring every party shares. */
export function defineParty<TName extends string, TLoaders>(
  definition: PartyDefinition<TLoaders> & { readonly name: TName },
): Party<TName> {
  const LogResolver = processingLogResolver({
    party: definition.name,
    owners: definition.processingLog.owners,
    perOwner: definition.processingLog.perOwner,
  });
  const buildSchema = (instances: object[] = []): Promise<GraphQLSchema> =>
    buildFederatedSchema<RequestContext<TLoaders>>({
      resolvers: [LogResolver, ...definition.resolvers],
      container: resolverContainer(instances),
      references: definition.references,
      policy: definition.policy,
    });
  const envPrefix = envPrefixOf(definition.name);
  return {
    name: definition.name,
    supergraphName: envPrefix,
    envPrefix,
    databaseName: `ketengraaf_${definition.name.replace(/-/g, '_')}`,
    defaultPort: definition.defaultPort,
    buildSchema: () => buildSchema(),
    seed: definition.seed,
    create: async (options) => {
      const database = await openPartyDatabase({
        url: options.databaseUrl,
        entities: definition.entities,
        migrations: definition.migrations,
        log: options.log,
      });
      const { dataSource } = database;
      const schema = await buildSchema([
        new LogResolver({
          queries: new ProcessingLogQueries(dataSource),
          pseudonymKey: options.pseudonymKey,
          maxPageSize: options.maxPageSize,
          alsoKnownAs: definition.processingLog.alsoKnownAs?.(dataSource),
        }),
        ...definition.resolverInstances({
          dataSource,
          transactions: { run: (work) => dataSource.transaction(work) },
          maxPageSize: options.maxPageSize,
          vandaag: klok(options.vandaag),
        }),
      ]);
      const service = createSubgraphService({
        name: definition.name,
        schema,
        database,
        log: options.log,
        createLoaders: () => definition.loaders(dataSource),
        policy: definition.policy,
        verifyToken: createTokenVerifier(options.identity),
        pseudonymKey: options.pseudonymKey,
        maxRepresentations: options.maxRepresentations,
        queryLimits: options.queryLimits,
      });
      return { ...service, database, close: () => dataSource.destroy() };
    },
  };
}
