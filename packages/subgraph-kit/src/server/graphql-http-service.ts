import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

import type { Caller } from '../identity/caller';
import type { TokenVerifier } from '../identity/token-verifier';
import type { Logger } from '../logging/logger';
import { traceContextFrom } from '../tracing/trace-context';
import type { TraceContext } from '../tracing/trace-context';

import { errorOrderPlugin } from './error-order-plugin';
import { httpErrorHandler, methodNotAllowed, routeNotFound } from './http-errors';
import { operationResolutionPlugin } from './operation-resolution-plugin';

/** A request whose token was verified: who asks, the trace it belongs to, a logger stamped with both. */
export interface VerifiedRequest {
  readonly caller: Caller;
  readonly trace: TraceContext;
  readonly log: Logger;
  /** The request's `authorization` header, verified. */
  readonly authorization: string;
}

/** A service that is listening, and how to stop it (drain requests, then close). */
export interface RunningService {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface GraphQLHttpServiceOptions<TContext extends BaseContext> {
  /** The service's name in `/health`, `/ready` and its log lines. */
  readonly name: string;
  readonly log: Logger;
  readonly verifyToken: TokenVerifier;
  /** What Apollo Server serves (a schema, or a gateway) and how, beside what every service shares. */
  readonly apollo: ApolloServerOptions<TContext>;
  /** The context of one verified request. */
  readonly context: (request: VerifiedRequest) => TContext;
  /** Why the service cannot serve yet (database down, migrations pending), or nothing when it can. */
  readonly readiness?: () => Promise<string | undefined>;
  /** Other `POST` endpoints beside `/graphql`, with their own authentication (a subgraph's inbox of meldingen). */
  readonly posts?: readonly { readonly path: string; readonly handlers: readonly RequestHandler[] }[];
}

const MAX_BODY = '1mb';

/**
 * The security headers of a JSON API. No page is served, so the Content Security Policy allows
 * nothing at all (no script, style, frame, form target or base URL) and no one may frame a
 * response. HSTS is sent always: TLS ends in front of these services (an ingress or load
 * balancer), browsers honour the header only over HTTPS, so it takes effect exactly there.
 * helmet's other defaults fit as they are: `nosniff`, no `X-Powered-By`, no referrer,
 * same-origin resource and opener policies.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  frameguard: { action: 'deny' },
});

/**
 * One GraphQL service over HTTP, as the gateway and every subgraph serve it: GraphQL on `POST
 * /graphql` only (BSNs travel in bodies, never in URLs that end up in access logs), every request's
 * token verified before anything is parsed or resolved (401 otherwise), `/health` and `/ready`
 * without a token, errors in path order, and a draining stop. Every error, from any layer and in any
 * NODE_ENV, is JSON with a registered code and a 4xx status when the client erred: no stack trace,
 * path or HTML page leaves the service; every response carries the security headers.
 */
export function graphqlHttpService<TContext extends BaseContext>(
  options: GraphQLHttpServiceOptions<TContext>,
): { listen(port: number, host?: string): Promise<RunningService> } {
  const { log, name } = options;
  return {
    async listen(port, host = '127.0.0.1') {
      const app = express();
      app.disable('x-powered-by');
      app.use(securityHeaders);
      const httpServer = createServer(app);
      const plugins: ApolloServerPlugin<TContext>[] = [
        ...(options.apollo.plugins ?? []),
        operationResolutionPlugin<TContext>(),
        errorOrderPlugin<TContext>(),
        ApolloServerPluginDrainHttpServer({ httpServer }),
      ];
      const apollo = new ApolloServer<TContext>({
        ...options.apollo,
        plugins,
        includeStacktraceInErrorResponses: false,
        // The service's main decides how to stop on a signal: drain, then close what it holds.
        stopOnTerminationSignals: false,
      });
      await apollo.start();
      app.get('/health', (_req, res) => {
        res.json({ status: 'ok', service: name });
      });
      app.get('/ready', (_req, res) => {
        void (options.readiness?.() ?? Promise.resolve(undefined)).then(
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
          // Every request is verified here, before anything is parsed, planned or resolved.
          context: async ({ req }) => {
            const trace = traceContextFrom(req.header('traceparent'));
            const requestLog = log.child({ traceId: trace.traceId, spanId: trace.spanId });
            const authorization = req.header('authorization');
            const caller = await options.verifyToken(authorization).catch((error: unknown) => {
              requestLog.warn(
                { reason: error instanceof Error ? error.message : error },
                'request refused: no valid token',
              );
              throw error;
            });
            return options.context({
              caller,
              trace,
              log: requestLog.child({ organisatie: caller.organisatie, rol: caller.rol }),
              // Verified, so present.
              authorization: authorization ?? '',
            });
          },
        }),
      );
      for (const { path, handlers } of options.posts ?? []) {
        app.post(path, ...handlers);
      }
      app.all('/graphql', methodNotAllowed);
      app.use(routeNotFound);
      app.use(httpErrorHandler(log, MAX_BODY));
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, resolve);
      });
      const address = httpServer.address() as AddressInfo;
      const url = `http://${host}:${address.port}/graphql`;
      log.info({ url }, `${name} listening`);
      return { url, port: address.port, stop: () => apollo.stop() };
    },
  };
}
