import { parseSubgraphConfig } from '../config/subgraph-config';
import { clientCredentialsTokens } from '../identity/machine-token';
import { createLogger } from '../logging/logger';
import type { Telemetry } from '../telemetry/start-telemetry';

import type { Party } from './define-party';

/**
 * The body of a subgraph's `main.ts`: configuration from the environment, the service on its
 * configured host with its dispatcher of meldingen (when given client credentials), and a clean stop
 * on SIGINT or SIGTERM (requests drained, deliveries finished, connections closed, the last spans
 * sent when `telemetry` runs).
 */
export async function runSubgraph(party: Party, telemetry?: Telemetry): Promise<void> {
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
    meldingen: {
      settings: config.meldingen.settings,
      dispatcher: config.meldingen.credentials
        ? { routes: config.meldingen.routes, tokens: clientCredentialsTokens(config.meldingen.credentials) }
        : undefined,
    },
    ...(config.vandaag ? { vandaag: config.vandaag } : {}),
    processingLogRetentionDays: config.processingLogRetentionDays,
  });
  if (!config.meldingen.credentials) {
    log.warn('no MELDINGEN_TOKEN_URL, MELDINGEN_CLIENT_ID and MELDINGEN_CLIENT_SECRET: meldingen wait in the outbox');
  }
  const running = await subgraph.listen(config.port, config.host);
  const shutdown = (signal: string): void => {
    log.info({ signal }, 'stopping');
    running
      .stop()
      .then(() => subgraph.close())
      .then(() => telemetry?.shutdown())
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
