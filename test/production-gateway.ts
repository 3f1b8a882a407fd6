import { readFile } from 'node:fs/promises';

import { createGateway, loadTrustedDocuments } from '@ketengraaf/gateway';
import type { OperationPolicy } from '@ketengraaf/gateway';
import { supergraphPath } from '@ketengraaf/schema';
import { createLogger } from '@ketengraaf/subgraph-kit';
import type { RunningService } from '@ketengraaf/subgraph-kit';

import type { TestStack } from './test-stack';

/**
 * A gateway over the federation's subgraphs as the Docker image runs it (`NODE_ENV=production`: no
 * IDE, no introspection), with the clients' registered operations under `policy`.
 */
export async function startProductionGateway(federation: TestStack, policy: OperationPolicy): Promise<RunningService> {
  return createGateway({
    supergraphSdl: await readFile(supergraphPath, 'utf8'),
    subgraphUrls: federation.stack.subgraphUrls,
    log: createLogger('gateway', 'silent'),
    limits: { maxDepth: 10, maxCost: 20000, maxAliases: 30, maxTokens: 5000, subgraphTimeoutMs: 3000 },
    identity: federation.identity,
    trustedDocuments: { documents: await loadTrustedDocuments('clients'), policy },
  }).listen(0);
}
