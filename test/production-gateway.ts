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

/** A client's first registered operation (the gemeente's nazorg application's by default), as committed in its manifest. */
export async function registeredOperation(client = 'gemeente-nazorg'): Promise<{ hash: string; document: string }> {
  const manifest = JSON.parse(await readFile(`clients/${client}/operations.json`, 'utf8')) as Record<string, string>;
  const [hash, document] = Object.entries(manifest)[0] ?? ['', ''];
  return { hash, document };
}
