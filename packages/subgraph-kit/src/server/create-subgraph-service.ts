import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';

import type { PartyDatabase } from '../database/data-source';
import { maskError } from '../errors/mask-error';
import { limitRepresentations } from '../graphql/limit-representations';
import { protectQueries } from '../graphql/protect-queries';
import { createMetricsRegistry, databasePoolMetric, meldingenMetrics } from '../metrics/service-metrics';
import type { MeldingenCounter } from '../metrics/service-metrics';
import type { QueryLimits } from '../graphql/protect-queries';
import type { TokenVerifier } from '../identity/token-verifier';
import type { Logger } from '../logging/logger';
import type { AccessPolicy } from '../policy/access-policy';
import { DeniedFields } from '../policy/denied-fields';
import { groundsPerType } from '../policy/guard-schema';
import { RequestAccess } from '../policy/request-access';
import { RequestProcessingLog } from '../processing-log/request-processing-log';

import { databaseUnavailablePlugin } from './database-unavailable-plugin';
import { deniedFieldsPlugin } from './denied-fields-plugin';
import { requestLoggingPlugin } from './error-logging-plugin';
import { graphqlHttpService } from './graphql-http-service';
import type { RunningService } from './graphql-http-service';
import { noStorePlugins } from './no-store-plugin';
import { processingLogPlugin } from './processing-log-plugin';
import type { RequestContext } from './request-context';

export interface SubgraphServiceOptions<TLoaders> {
  /** The party's name as it appears in logs and in the supergraph (`dji`, `gemeente`). */
  readonly name: string;
  readonly schema: GraphQLSchema;
  readonly database: PartyDatabase;
  readonly log: Logger;
  /** A fresh DataLoader set for one request. */
  readonly createLoaders: () => TLoaders;
  /** The party's access policy; the schema must have been built with it. */
  readonly policy: AccessPolicy<RequestContext<TLoaders>>;
  readonly verifyToken: TokenVerifier;
  /** Key of the processing log's pseudonyms. */
  readonly pseudonymKey: string;
  /** Most entity references one `_entities` call may name. */
  readonly maxRepresentations: number;
  /** How large a query the subgraph accepts, whoever sends it: the gateway or a client directly. */
  readonly queryLimits: QueryLimits;
  /** The party's inbox of meldingen (`POST /meldingen`), with its own machine-token check. */
  readonly inbox?: { readonly path: string; readonly handlers: readonly RequestHandler[] };
  /** Its outbox and inbox, counted for `/metrics` at each scrape. */
  readonly meldingen?: MeldingenCounter;
}

export interface SubgraphService {
  /** Starts serving GraphQL on `/graphql` plus `/health`, `/ready`, `/metrics` and the inbox; port 0 picks a free port. */
  listen(port: number, host?: string): Promise<RunningService>;
}

/**
 * One party's subgraph as an HTTP service: the shared GraphQL service with the party's schema,
 * its access decisions per request, and its processing log written before each answer leaves.
 */
export function createSubgraphService<TLoaders>(options: SubgraphServiceOptions<TLoaders>): SubgraphService {
  const { database } = options;
  const grounds = groundsPerType(options.schema);
  limitRepresentations(options.schema, options.maxRepresentations);
  const protection = protectQueries<RequestContext<TLoaders>>(options.queryLimits);
  const metrics = createMetricsRegistry(options.name);
  databasePoolMetric(metrics, database.dataSource);
  if (options.meldingen) meldingenMetrics(metrics, options.meldingen, options.log);
  return graphqlHttpService<RequestContext<TLoaders>>({
    name: options.name,
    metrics,
    log: options.log,
    verifyToken: options.verifyToken,
    apollo: {
      schema: options.schema,
      formatError: maskError,
      validationRules: protection.validationRules,
      parseOptions: protection.parseOptions,
      plugins: [
        ...protection.plugins,
        requestLoggingPlugin<TLoaders>(),
        databaseUnavailablePlugin<RequestContext<TLoaders>>(),
        processingLogPlugin<TLoaders>(database.dataSource),
        deniedFieldsPlugin<TLoaders>(),
        // Timing traces go to the log and OpenTelemetry, not into responses.
        ApolloServerPluginInlineTraceDisabled(),
        // No per-field hook: nothing here wraps every resolver of the schema (see `noStorePlugins`).
        ...noStorePlugins<RequestContext<TLoaders>>(),
      ],
    },
    context: ({ caller, trace, log }) => {
      const context: RequestContext<TLoaders> = {
        loaders: options.createLoaders(),
        trace,
        log,
        caller,
        access: new RequestAccess(caller, options.policy, grounds, () => context),
        deniedFields: new DeniedFields(),
        processingLog: new RequestProcessingLog({
          party: options.policy.party,
          pseudonymKey: options.pseudonymKey,
          trace,
          caller,
          decisions: () => context.access.decisions,
        }),
      };
      return context;
    },
    readiness: () => readiness(database),
    posts: options.inbox ? [options.inbox] : [],
  });
}

async function readiness(database: PartyDatabase): Promise<string | undefined> {
  if (!database.dataSource.isInitialized) {
    return 'database not connected';
  }
  await database.dataSource.query('SELECT 1');
  return (await database.dataSource.showMigrations()) ? 'migrations pending' : undefined;
}
