import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';

import type { PartyDatabase } from '../database/data-source';
import { maskError } from '../errors/mask-error';
import type { TokenVerifier } from '../identity/token-verifier';
import type { Logger } from '../logging/logger';
import type { AccessPolicy } from '../policy/access-policy';
import { groundsPerType } from '../policy/guard-schema';
import { RequestAccess } from '../policy/request-access';
import { traceContextFrom } from '../tracing/trace-context';

import { limitRepresentations } from '../graphql/limit-representations';

import { requestLoggingPlugin } from './error-logging-plugin';
import { errorOrderPlugin } from './error-order-plugin';
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
}

export interface RunningService {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface SubgraphService {
  /** Starts serving GraphQL on `/graphql` plus `/health` and `/ready`; port 0 picks a free port. */
  listen(port: number, host?: string): Promise<RunningService>;
}

const MAX_BODY = '1mb';

/**
 * One party's subgraph as an HTTP service. GraphQL is served on POST only: BSNs travel in request
 * bodies, never in URLs that end up in access logs.
 */
export function createSubgraphService<TLoaders>(options: SubgraphServiceOptions<TLoaders>): SubgraphService {
  const { database, log, name } = options;
  const grounds = groundsPerType(options.schema);
  limitRepresentations(options.schema, options.maxRepresentations);

  return {
    async listen(port, host = '127.0.0.1') {
      const app = express();
      const httpServer = createServer(app);
      const apollo = new ApolloServer<RequestContext<TLoaders>>({
        schema: options.schema,
        includeStacktraceInErrorResponses: false,
        // The service's main decides how to stop on a signal: drain, then close the database.
        stopOnTerminationSignals: false,
        formatError: maskError,
        plugins: [
          requestLoggingPlugin<TLoaders>(),
          errorOrderPlugin<RequestContext<TLoaders>>(),
          processingLogPlugin<TLoaders>(database.dataSource, options.policy.party, options.pseudonymKey),
          ApolloServerPluginDrainHttpServer({ httpServer }),
          // Timing traces go to the log and OpenTelemetry, not into responses.
          ApolloServerPluginInlineTraceDisabled(),
        ],
      });
      await apollo.start();
      app.disable('x-powered-by');
      app.get('/health', (_req, res) => {
        res.json({ status: 'ok', service: name });
      });
      app.get('/ready', (_req, res) => {
        void readiness(database).then(
          (problem) => {
            res.status(problem ? 503 : 200).json({ status: problem ? 'unavailable' : 'ready', service: name, problem });
          },
          () => res.status(503).json({ status: 'unavailable', service: name }),
        );
      });
      app.post(
        '/graphql',
        express.json({ limit: MAX_BODY }),
        expressMiddleware(apollo, {
          // Every request is verified here, before anything is resolved.
          context: async ({ req }) => {
            const trace = traceContextFrom(req.header('traceparent'));
            const requestLog = log.child({ traceId: trace.traceId, spanId: trace.spanId });
            const caller = await options.verifyToken(req.header('authorization')).catch((error: unknown) => {
              requestLog.warn(
                { reason: error instanceof Error ? error.message : error },
                'request refused: no valid token',
              );
              throw error;
            });
            const context: RequestContext<TLoaders> = {
              loaders: options.createLoaders(),
              trace,
              log: requestLog.child({ organisatie: caller.organisatie, rol: caller.rol }),
              caller,
              access: new RequestAccess(caller, options.policy, grounds, () => context),
            };
            return context;
          },
        }),
      );
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, resolve);
      });
      const address = httpServer.address() as AddressInfo;
      const url = `http://${host}:${address.port}/graphql`;
      log.info({ url }, `${name} subgraph listening`);
      return {
        url,
        port: address.port,
        stop: () => apollo.stop(),
      };
    },
  };
}

async function readiness(database: PartyDatabase): Promise<string | undefined> {
  if (!database.dataSource.isInitialized) {
    return 'database not connected';
  }
  await database.dataSource.query('SELECT 1');
  return (await database.dataSource.showMigrations()) ? 'migrations pending' : undefined;
}
