import { createGateway } from '@ketengraaf/gateway';
import type { PartyName } from '@ketengraaf/parties';
import { createLogger } from '@ketengraaf/subgraph-kit/service';
import type { RunningService } from '@ketengraaf/subgraph-kit/service';

import type { StackOptions } from './start-stack';

/** What the gateway needs of the stack's options. */
export type GatewayServiceOptions = Pick<
  StackOptions,
  'logLevel' | 'gatewayLimits' | 'identity' | 'developmentTools' | 'trustedDocuments'
>;

/**
 * The gateway over `supergraphSdl` and the subgraphs at `subgraphUrls`, listening. Given the
 * supergraph rather than reading it from `@ketengraaf/schema`, whose composition and parties a
 * gateway process on its own need not load.
 */
export async function startGatewayService(
  options: GatewayServiceOptions,
  supergraphSdl: string,
  subgraphUrls: Readonly<Record<PartyName, string>>,
  port: number,
  host: string,
): Promise<RunningService> {
  return createGateway({
    supergraphSdl,
    subgraphUrls,
    log: createLogger('gateway', options.logLevel),
    limits: options.gatewayLimits,
    identity: options.identity,
    developmentTools: options.developmentTools,
    trustedDocuments: options.trustedDocuments,
  }).listen(port, host);
}
