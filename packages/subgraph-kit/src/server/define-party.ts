import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';

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
import { createMachineTokenVerifier } from '../identity/machine-token';
import { inzageResolver } from '../inzage/inzage.resolver';
import type { Inzagebeperking } from '../inzage/inzagebeperking';
import { magIkDelenResolver } from '../inzage/mag-ik-delen.resolver';
import { verwerkingscijfersResolver } from '../inzage/verwerkingscijfers.resolver';
import type { MachineTokens } from '../identity/machine-token';
import { createTokenVerifier } from '../identity/token-verifier';
import type { IdentityConfig } from '../identity/token-verifier';
import type { Logger } from '../logging/logger';
import { startDispatcher } from '../meldingen/dispatcher';
import type { Dispatcher } from '../meldingen/dispatcher';
import type { MeldingOntvangst, OutboxWriter } from '../meldingen/melding';
import { inBehandelingOntvangst } from '../meldingen/in-behandeling';
import { INBOX_PATH, meldingInbox } from '../meldingen/melding-inbox';
import type { MeldingRoutes } from '../meldingen/melding-routes';
import { MeldingenQueries } from '../meldingen/meldingen.queries';
import type { MeldingCounts } from '../meldingen/meldingen.queries';
import { meldingenResolver } from '../meldingen/meldingen.resolver';
import { DEFAULT_MELDINGEN_SETTINGS } from '../meldingen/meldingen-settings';
import type { MeldingenSettings } from '../meldingen/meldingen-settings';
import { openBoss, Outbox } from '../meldingen/outbox';
import type { AccessPolicy, Betrokkene } from '../policy/access-policy';
import { startProcessingLogRetention } from '../processing-log/processing-log-retention';
import type { ProcessingLogRetention } from '../processing-log/processing-log-retention';
import { ProcessingLogQueries } from '../processing-log/processing-log.queries';
import { processingLogResolver } from '../processing-log/processing-log.resolver';

import { changeTransactions } from './change-transactions';
import type { Transactions } from './change-transactions';
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
  /** How its meldingen are delivered; without `dispatcher` they wait in the outbox for one. */
  readonly meldingen?: MeldingenOptions;
  /** The day deadlines are counted from (`YYYY-MM-DD`); the calendar date in the Netherlands when absent. */
  readonly vandaag?: string;
  /**
   * How many days the processing log keeps its records, decisions and audit records; a nightly job
   * deletes what is older (`startProcessingLogRetention`). Without it no job runs here.
   */
  readonly processingLogRetentionDays?: number;
}

/** A subgraph's meldingen: retries and times, and, where it runs a dispatcher, the routes and machine tokens. */
export interface MeldingenOptions {
  readonly settings?: MeldingenSettings;
  readonly dispatcher?: { readonly routes: MeldingRoutes; readonly tokens: MachineTokens };
}

/**
 * What a party's resolvers are built with: `dataSource` is for the party's data-access classes
 * (its queries), which the resolvers are given; resolvers themselves hold no SQL.
 */
export interface ResolverDependencies {
  readonly dataSource: DataSource;
  /** The change's transaction, for the party's mutations: see `changeTransactions`. */
  readonly transactions: Transactions;
  readonly maxPageSize: number;
  /** The party's outbox: a domain command adds a melding through the manager of its change. */
  readonly outbox: OutboxWriter;
  /** Today, as the party counts its deadlines: the one clock of the service, fixed in tests. */
  readonly vandaag: Klok;
  /** How its meldingen go, and which Zorg- en Veiligheidshuis serves which gemeente. */
  readonly meldingenSettings: MeldingenSettings;
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
  /**
   * What the party withholds from a betrokkene's own trail (`inzage<Party>`), each with the law
   * that lets it; an empty list when it withholds nothing.
   */
  readonly inzage: { readonly beperkingen: readonly Inzagebeperking[] };
  /** Seeds the party's own records for the demo population; false when it already holds data. */
  readonly seed: (dataSource: DataSource, persons: readonly DemoPerson[]) => Promise<boolean>;
  /** The meldingen its inbox accepts (`POST /meldingen`); every other is refused and recorded. */
  readonly meldingen?: { readonly accepts: readonly MeldingOntvangst[] };
}

/** A party's subgraph as it runs: its service and its database. */
export interface PartySubgraph extends SubgraphService {
  readonly database: PartyDatabase;
  /** Its meldingen per state, of all its owners: for metrics. */
  readonly meldingen: { counts(): Promise<MeldingCounts> };
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
  /** The kinds of organisation whose records it keeps, and for which its inbox receives meldingen. */
  readonly soorten: readonly OrganisatieSoort[];
  /** Its schema. Without a database it can be printed, not served. */
  readonly buildSchema: () => Promise<GraphQLSchema>;
  /** Its subgraph over its own database, migrated to the current schema. */
  readonly create: (options: SubgraphFactoryOptions) => Promise<PartySubgraph>;
  /** Its own database migrated to the current schema, without a service: for loading data in bulk. */
  readonly openDatabase: (databaseUrl: string, log: Logger) => Promise<PartyDatabase>;
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
  const MeldingenResolver = meldingenResolver({
    party: definition.name,
    owners: definition.processingLog.owners,
    perOwner: definition.processingLog.perOwner,
  });
  const InzageResolver = inzageResolver({ party: definition.name, beperkingen: definition.inzage.beperkingen });
  const MagIkDelenResolver = magIkDelenResolver({
    party: definition.name,
    perOwner: definition.processingLog.perOwner,
  });
  const VerwerkingscijfersResolver = verwerkingscijfersResolver({ party: definition.name });
  const buildSchema = (instances: object[] = []): Promise<GraphQLSchema> =>
    buildFederatedSchema<RequestContext<TLoaders>>({
      resolvers: [
        LogResolver,
        MeldingenResolver,
        InzageResolver,
        MagIkDelenResolver,
        VerwerkingscijfersResolver,
        ...definition.resolvers,
      ],
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
    soorten: definition.processingLog.owners,
    buildSchema: () => buildSchema(),
    seed: definition.seed,
    openDatabase: (url, log) =>
      openPartyDatabase({ url, entities: definition.entities, migrations: definition.migrations, log }),
    create: async (options) => {
      const database = await openPartyDatabase({
        url: options.databaseUrl,
        entities: definition.entities,
        migrations: definition.migrations,
        log: options.log,
      });
      const { dataSource } = database;
      const settings = options.meldingen?.settings ?? DEFAULT_MELDINGEN_SETTINGS;
      // The queue (pg-boss, in the party's own database) takes the outbox's jobs whether or not a dispatcher runs here.
      const boss = await openBoss(options.databaseUrl, settings, options.log, false);
      const outbox = new Outbox(boss, settings);
      const meldingenQueries = new MeldingenQueries(dataSource);
      const meldingen = { counts: () => meldingenQueries.counts() };
      const transactions = changeTransactions(dataSource);
      try {
        await outbox.enqueueWaitingWithoutJob(dataSource);
        const logDependencies = {
          queries: new ProcessingLogQueries(dataSource),
          pseudonymKey: options.pseudonymKey,
          maxPageSize: options.maxPageSize,
          alsoKnownAs: definition.processingLog.alsoKnownAs?.(dataSource),
        };
        const schema = await buildSchema([
          new LogResolver(logDependencies),
          new InzageResolver(logDependencies),
          new MagIkDelenResolver(logDependencies),
          new VerwerkingscijfersResolver(logDependencies),
          new MeldingenResolver({ queries: meldingenQueries, outbox, transactions, maxPageSize: options.maxPageSize }),
          ...definition.resolverInstances({
            dataSource,
            transactions,
            maxPageSize: options.maxPageSize,
            outbox,
            vandaag: klok(options.vandaag),
            meldingenSettings: settings,
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
          meldingen,
          inbox: {
            path: INBOX_PATH,
            handlers: meldingInbox({
              party: definition.name,
              soorten: definition.processingLog.owners,
              // Every party hears back when a receiver took up a melding it sent.
              accepts: [...(definition.meldingen?.accepts ?? []), inBehandelingOntvangst],
              dataSource,
              verify: createMachineTokenVerifier(options.identity),
              pseudonymKey: options.pseudonymKey,
              log: options.log,
            }),
          },
        });
        const dispatcher: Dispatcher | null = options.meldingen?.dispatcher
          ? await startDispatcher({
              databaseUrl: options.databaseUrl,
              routes: options.meldingen.dispatcher.routes,
              tokens: options.meldingen.dispatcher.tokens,
              settings,
              log: options.log,
            })
          : null;
        const retention: ProcessingLogRetention | null = options.processingLogRetentionDays
          ? await startProcessingLogRetention({
              databaseUrl: options.databaseUrl,
              dataSource,
              retentionDays: options.processingLogRetentionDays,
              log: options.log,
            })
          : null;
        return {
          ...service,
          database,
          meldingen,
          close: async () => {
            await retention?.stop();
            await dispatcher?.stop();
            await boss.stop({ graceful: false, wait: true });
            await dataSource.destroy();
          },
        };
      } catch (error) {
        await boss.stop({ graceful: false, wait: true });
        await dataSource.destroy();
        throw error;
      }
    },
  };
}
