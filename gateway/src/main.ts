/* eslint-disable @typescript-eslint/no-require-imports -- loaded only after OpenTelemetry has started */
import { readFileSync } from 'node:fs';

import type * as Kit from '@ketengraaf/subgraph-kit/service';
import { runWithTelemetry } from '@ketengraaf/subgraph-kit/telemetry';

import type * as Gateway from './create-gateway';
import type * as GatewayConfig from './gateway-config';
import type * as TrustedDocuments from './trusted-documents';

// OpenTelemetry first: it instruments http, express and graphql as they are required after it.
runWithTelemetry('gateway', process.env, async (telemetry) => {
  const { createLogger } = require('@ketengraaf/subgraph-kit/service') as typeof Kit;
  const { createGateway } = require('./create-gateway') as typeof Gateway;
  const { loadTrustedDocuments } = require('./trusted-documents') as typeof TrustedDocuments;
  const { parseGatewayConfig, parseSubgraphTimeouts, parseSubgraphUrls, subgraphNamesOf } =
    require('./gateway-config') as typeof GatewayConfig;

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
    // With an external issuer the IDE takes a pasted token: this gateway signs none.
    developmentTools: config.development ? {} : undefined,
    trustedDocuments: {
      documents: await loadTrustedDocuments(config.operations.clientsDir),
      policy: config.operations.policy,
    },
  });
  const running = await gateway.listen(config.port, config.host);
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'stopping');
    void running
      .stop()
      .then(() => telemetry.shutdown())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
});
