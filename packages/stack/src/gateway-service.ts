import { readFile } from 'node:fs/promises';

import { createGateway } from '@ketengraaf/gateway';
import type { PartyName } from '@ketengraaf/parties';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { RunningService } from '@ketengraaf/subgraph-kit';

import type { StackOptions } from './start-stack';

/** What the gateway needs of the stack's options. */
export type GatewayServiceOptions = Pick<
  StackOptions,
  'logLevel' | 'gatewayLimits' | 'identity' | 'developmentTools' | 'trustedDocuments'
>;

/** The gateway over the committed supergraph and the subgraphs at `subgraphUrls`, listening. */
export async function startGatewayService(
  options: GatewayServiceOptions,
  subgraphUrls: Readonly<Record<PartyName, string>>,
  port: number,
  host: string,
): Promise<RunningService> {
  return createGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls,
    log: createLogger('gateway', options.logLevel),
    limits: options.gatewayLimits,
    identity: options.identity,
    developmentTools: options.developmentTools,
    trustedDocuments: options.trustedDocuments,
  }).listen(port, host);
}
