import { parseSubgraphConfig } from '../config/subgraph-config';
import type { IdentityConfig } from '../identity/token-verifier';
import { createLogger } from '../logging/logger';
import type { Logger } from '../logging/logger';

import type { SubgraphService } from './create-subgraph-service';

export interface SubgraphFactoryOptions {
  readonly databaseUrl: string;
  readonly log: Logger;
  readonly maxPageSize: number;
  /** Most entity references one `_entities` call may name. */
  readonly maxRepresentations: number;
  /** The token issuer every request is verified against. */
  readonly identity: IdentityConfig;
  /** Key of the pseudonyms in the processing log; secret to the party. */
  readonly pseudonymKey: string;
}

export interface RunSubgraphOptions {
  /** Service name in logs (`dji`). */
  readonly name: string;
  /** Prefix of the service's environment variables (`DJI` for `DJI_DATABASE_URL`). */
  readonly envPrefix: string;
  readonly defaultPort: number;
  readonly create: (options: SubgraphFactoryOptions) => Promise<SubgraphService & { close(): Promise<void> }>;
}

/**
 * The body of a subgraph's `main.ts`: configuration from the environment, the service on all
 * interfaces, and a clean stop on SIGINT or SIGTERM (requests drained, connections closed).
 */
export async function runSubgraph(options: RunSubgraphOptions): Promise<void> {
  const config = parseSubgraphConfig(process.env, options.envPrefix, { port: options.defaultPort });
  const log = createLogger(options.name, config.logLevel);
  const subgraph = await options.create({
    databaseUrl: config.databaseUrl,
    log,
    maxPageSize: config.maxPageSize,
    maxRepresentations: config.maxRepresentations,
    identity: config.identity,
    pseudonymKey: config.pseudonymKey,
  });
  const running = await subgraph.listen(config.port, '0.0.0.0');
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
