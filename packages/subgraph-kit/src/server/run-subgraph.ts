import { parseSubgraphConfig } from '../config/subgraph-config';
import { createLogger } from '../logging/logger';

import type { Party } from './define-party';

/**
 * The body of a subgraph's `main.ts`: configuration from the environment, the service on its
 * configured host (every interface unless told otherwise), and a clean stop on SIGINT or SIGTERM (requests drained, connections closed).
 */
export async function runSubgraph(party: Party): Promise<void> {
  const config = parseSubgraphConfig(process.env, party.envPrefix, { port: party.defaultPort });
  const log = createLogger(party.name, config.logLevel);
  const subgraph = await party.create({
    databaseUrl: config.databaseUrl,
    log,
    maxPageSize: config.maxPageSize,
    maxRepresentations: config.maxRepresentations,
    queryLimits: config.queryLimits,
    identity: config.identity,
    pseudonymKey: config.pseudonymKey,
    ...(config.vandaag ? { vandaag: config.vandaag } : {}),
  });
  const running = await subgraph.listen(config.port, config.host);
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'stopping');
    running
      .stop()
      .then(() => subgraph.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'unclean stop');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
