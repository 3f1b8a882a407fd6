import { join } from 'node:path';

import type { PartyName } from '@ketengraaf/parties';

import { BENCH_GATEWAY_ENVIRONMENT } from './service-processes';
import type { BaselineStackSpec } from './service-processes';

/** What this file uses of an older revision's build; only what commit f77f83c and later have alike. */
interface BaselinePackages {
  readonly kit: {
    demoPopulation(size: number): unknown[];
    createLogger(service: string, level: 'error'): unknown;
  };
  readonly stack: {
    readonly partyPackages: Record<
      string,
      {
        create(
          options: Record<string, unknown>,
        ): Promise<{ database: { dataSource: unknown }; close(): Promise<void> }>;
        seed(dataSource: unknown, persons: unknown[]): Promise<boolean>;
      }
    >;
    startStack(options: Record<string, unknown>): Promise<{ gatewayUrl: string; stop(): Promise<void> }>;
  };
  readonly gateway: { parseGatewayLimits(env: NodeJS.ProcessEnv): unknown };
}

/**
 * An older revision's whole stack, in this (child) process, from its own checkout's build: its own
 * demo population of `persons` seeded with its own seeds (row by row, as it did) into its own
 * databases, then its `startStack` on free ports, its gateway given the benchmark's timeout.
 */
export async function startBaselineStack(
  spec: BaselineStackSpec,
): Promise<{ gatewayUrl: string; stop(): Promise<void> }> {
  /* eslint-disable @typescript-eslint/no-require-imports -- the revision's own build, found only at run time */
  const baseline: BaselinePackages = {
    kit: require(join(spec.dir, 'node_modules/@ketengraaf/subgraph-kit')) as BaselinePackages['kit'],
    stack: require(join(spec.dir, 'node_modules/@ketengraaf/stack')) as BaselinePackages['stack'],
    gateway: require(join(spec.dir, 'node_modules/@ketengraaf/gateway')) as BaselinePackages['gateway'],
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const parties = Object.keys(baseline.stack.partyPackages) as PartyName[];
  const pseudonymKeys = Object.fromEntries(parties.map((party) => [party, 'b'.repeat(64)]));
  const subgraphOptions = (party: PartyName) => ({
    databaseUrl: spec.databases[party],
    log: baseline.kit.createLogger(party, 'error'),
    maxPageSize: 100,
    identity: spec.identity,
    pseudonymKey: pseudonymKeys[party],
  });
  const persons = baseline.kit.demoPopulation(spec.persons);
  for (const party of parties) {
    const partyPackage = baseline.stack.partyPackages[party];
    if (!partyPackage) continue;
    const subgraph = await partyPackage.create(subgraphOptions(party));
    try {
      await partyPackage.seed(subgraph.database.dataSource, persons);
    } finally {
      await subgraph.close();
    }
  }
  return baseline.stack.startStack({
    databases: spec.databases,
    ports: Object.fromEntries(['gateway', ...parties].map((name) => [name, 0])),
    logLevel: 'error',
    seedDemoData: false,
    gatewayLimits: baseline.gateway.parseGatewayLimits({ ...process.env, ...BENCH_GATEWAY_ENVIRONMENT }),
    maxPageSize: 100,
    identity: spec.identity,
    pseudonymKeys,
  });
}
