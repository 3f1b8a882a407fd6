import { readFile } from 'node:fs/promises';

import { partyNamed, parties } from '@ketengraaf/parties';
import type { PartyName } from '@ketengraaf/parties';
import type { DevelopmentTools, GatewayLimits, OperationPolicy, TrustedDocuments } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, demoPopulation, INBOX_PATH, routesPerSoort, startDispatcher } from '@ketengraaf/subgraph-kit';
import type {
  Dispatcher,
  IdentityConfig,
  LogLevel,
  MachineTokens,
  MeldingenSettings,
  MeldingRoutes,
  PartySubgraph,
  QueryLimits,
  RunningService,
  SqlStatementLog,
} from '@ketengraaf/subgraph-kit';

import { startGatewayService } from './gateway-service';
import { createPartySubgraph } from './party-subgraph';

export interface StackOptions {
  /** Each party's own database. */
  readonly databases: Readonly<Record<PartyName, string>>;
  /** Ports to listen on; 0 picks free ones. */
  readonly ports: Readonly<Record<PartyName | 'gateway', number>>;
  readonly host?: string;
  readonly logLevel: LogLevel;
  /** Seed the deterministic demo chain into databases that hold no persons yet. */
  readonly seedDemoData: boolean;
  readonly gatewayLimits: GatewayLimits;
  readonly maxPageSize: number;
  /** Most entity references one `_entities` call to a subgraph may name. */
  readonly maxRepresentations: number;
  /** A fixed day every party counts the werkstroom's deadlines from (tests); absent for the calendar date. */
  readonly vandaag?: string;
  /** How large a query each party's subgraph accepts, from the gateway or called directly. */
  readonly queryLimits: Readonly<Record<PartyName, QueryLimits>>;
  /** The token issuer the gateway and every subgraph verify requests against. */
  readonly identity: IdentityConfig;
  /** Each party's own key for the pseudonyms in its processing log. */
  readonly pseudonymKeys: Readonly<Record<PartyName, string>>;
  /** How meldingen go between the parties: each party's dispatcher, its settings and machine tokens. */
  readonly meldingen: StackMeldingen;
  /** Days each party's processing log keeps its rows, deleted by a nightly job; absent, no job runs (tests). */
  readonly processingLogRetentionDays?: Readonly<Record<PartyName, number>>;
  /** The gateway's GraphiQL, introspection and field suggestions, in development only. */
  readonly developmentTools?: DevelopmentTools;
  /** The clients' registered operations, and whether the gateway runs only those. */
  readonly trustedDocuments?: { readonly documents: TrustedDocuments; readonly policy: OperationPolicy };
}

export interface StackMeldingen {
  readonly settings: MeldingenSettings;
  /** A machine token of a sending organisation, as its client-credentials grant would give it. */
  readonly tokens: MachineTokens;
  /** Whether each party runs its dispatcher; a test may start its own instead. */
  readonly dispatch: boolean;
}

export interface RunningStack {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<PartyName, string>>;
  /** Which inbox serves which organisation: every kind of organisation to the deployment that keeps its records. */
  readonly routes: MeldingRoutes;
  /** Which parties' databases received the demo data on this start. */
  readonly seeded: readonly PartyName[];
  /** Each subgraph's SQL statements as they are sent, so a test can count what a question costs. */
  readonly statements: Readonly<Record<PartyName, SqlStatementLog>>;
  stop(): Promise<void>;
}

const DEMO_POPULATION_SIZE = 300;

/**
 * Starts every party's subgraph over its own database and the gateway over them, in one process:
 * the embedded default and the end-to-end tests. Production runs each as its own service. Each
 * service verifies every request's token against `identity` for itself.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const host = options.host ?? '127.0.0.1';
  const subgraphs: { party: PartyName; subgraph: PartySubgraph }[] = [];
  for (const party of parties) {
    subgraphs.push({ party, subgraph: await createPartySubgraph(partyNamed(party), options) });
  }
  const seeded: PartyName[] = [];
  if (options.seedDemoData) {
    const persons = demoPopulation(DEMO_POPULATION_SIZE);
    for (const { party, subgraph } of subgraphs) {
      if (await partyNamed(party).seed(subgraph.database.dataSource, persons)) seeded.push(party);
    }
  }
  const services: RunningService[] = [];
  const dispatchers: Dispatcher[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(dispatchers.map((dispatcher) => dispatcher.stop()));
    for (const service of services.reverse()) {
      await service.stop();
    }
    await Promise.all(subgraphs.map(({ subgraph }) => subgraph.close()));
  };
  try {
    const subgraphUrls = {} as Record<PartyName, string>;
    for (const { party, subgraph } of subgraphs) {
      const running = await subgraph.listen(options.ports[party], host);
      services.push(running);
      subgraphUrls[party] = running.url;
    }
    const gateway = await startGatewayService(
      options,
      await readFile(supergraphPath, 'utf8'),
      subgraphUrls,
      options.ports.gateway,
      host,
    );
    services.push(gateway);
    const routes = routesPerSoort(
      parties.map((party) => ({
        soorten: partyNamed(party).soorten,
        inbox: subgraphUrls[party].replace(/\/graphql$/, INBOX_PATH),
      })),
    );
    if (options.meldingen.dispatch) {
      for (const party of parties) {
        dispatchers.push(
          await startDispatcher({
            databaseUrl: options.databases[party],
            routes,
            tokens: options.meldingen.tokens,
            settings: options.meldingen.settings,
            log: createLogger(`${party}-dispatcher`, options.logLevel),
          }),
        );
      }
    }
    const statements = Object.fromEntries(
      subgraphs.map(({ party, subgraph }) => [party, subgraph.database.statements]),
    ) as Record<PartyName, SqlStatementLog>;
    return { gatewayUrl: gateway.url, subgraphUrls, routes, seeded, statements, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
