import { readFile } from 'node:fs/promises';

import { createDjiSubgraph, seedDji } from '@ketengraaf/dji';
import { createGateway } from '@ketengraaf/gateway';
import type { GatewayLimits } from '@ketengraaf/gateway';
import { createGemeenteSubgraph, seedGemeente } from '@ketengraaf/gemeente';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger, demoPopulation } from '@ketengraaf/subgraph-kit';
import type { IdentityConfig, LogLevel, RunningService } from '@ketengraaf/subgraph-kit';

export const parties = ['dji', 'gemeente'] as const;
export type Party = (typeof parties)[number];

export interface StackOptions {
  /** Each party's own database. */
  readonly databases: Readonly<Record<Party, string>>;
  /** Ports to listen on; 0 picks free ones. */
  readonly ports: Readonly<Record<Party | 'gateway', number>>;
  readonly host?: string;
  readonly logLevel: LogLevel;
  /** Seed the deterministic demo chain into databases that hold no persons yet. */
  readonly seedDemoData: boolean;
  readonly gatewayLimits: GatewayLimits;
  readonly maxPageSize: number;
  /** The token issuer the gateway and every subgraph verify requests against. */
  readonly identity: IdentityConfig;
  /** Each party's own key for the pseudonyms in its processing log. */
  readonly pseudonymKeys: Readonly<Record<Party, string>>;
}

export interface RunningStack {
  readonly gatewayUrl: string;
  readonly subgraphUrls: Readonly<Record<Party, string>>;
  /** Which parties' databases received the demo data on this start. */
  readonly seeded: readonly Party[];
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
  const factoryOptions = (party: Party) => ({
    databaseUrl: options.databases[party],
    log: createLogger(party, options.logLevel),
    maxPageSize: options.maxPageSize,
    identity: options.identity,
    pseudonymKey: options.pseudonymKeys[party],
  });
  const dji = await createDjiSubgraph(factoryOptions('dji'));
  const gemeente = await createGemeenteSubgraph(factoryOptions('gemeente'));
  const seeded: Party[] = [];
  if (options.seedDemoData) {
    const persons = demoPopulation(DEMO_POPULATION_SIZE);
    if (await seedDji(dji.database.dataSource, persons)) seeded.push('dji');
    if (await seedGemeente(gemeente.database.dataSource, persons)) seeded.push('gemeente');
  }
  const services: RunningService[] = [];
  const stop = async (): Promise<void> => {
    for (const service of services.reverse()) {
      await service.stop();
    }
    await Promise.all([dji.close(), gemeente.close()]);
  };
  try {
    const runningDji = await dji.listen(options.ports.dji, host);
    services.push(runningDji);
    const runningGemeente = await gemeente.listen(options.ports.gemeente, host);
    services.push(runningGemeente);
    const subgraphUrls = { dji: runningDji.url, gemeente: runningGemeente.url };
    const gateway = await createGateway({
      supergraphSdl: await readFile(supergraphPath, 'utf8'),
      subgraphUrls,
      log: createLogger('gateway', options.logLevel),
      limits: options.gatewayLimits,
      identity: options.identity,
    }).listen(options.ports.gateway, host);
    services.push(gateway);
    return { gatewayUrl: gateway.url, subgraphUrls, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
