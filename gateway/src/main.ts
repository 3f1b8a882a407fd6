import { readFileSync } from 'node:fs';

import { createLogger } from '@ketengraaf/subgraph-kit';

import { createGateway } from './create-gateway';
import { parseGatewayConfig, parseSubgraphTimeouts, parseSubgraphUrls, subgraphNamesOf } from './gateway-config';

async function main(): Promise<void> {
  const config = parseGatewayConfig(process.env);
  const log = createLogger('gateway', config.logLevel);
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const subgraphNames = subgraphNamesOf(supergraphSdl);
  const gateway = createGateway({
    supergraphSdl,
    subgraphUrls: parseSubgraphUrls(process.env, subgraphNames),
    log,
    limits: { ...config.limits, subgraphTimeoutsMs: parseSubgraphTimeouts(process.env, subgraphNames) },
    identity: config.identity,
  });
  const running = await gateway.listen(config.port, config.host);
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'stopping');
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
