import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DocumentNode } from 'graphql';
import helmet from 'helmet';
import type { Registry } from 'prom-client';

import { servedOperationTypes } from '../graphql/served-operation-types';
import type { Caller } from '../identity/caller';
import type { TokenVerifier } from '../identity/token-verifier';
import type { Logger } from '../logging/logger';
import { createMetricsRegistry, requestMetrics } from '../metrics/service-metrics';
import type { RequestObservation } from '../metrics/service-metrics';
import { requestTraceContext, traceResponse } from '../tracing/trace-context';
import type { TraceContext } from '../tracing/trace-context';

import { errorOrderPlugin } from './error-order-plugin';
import { httpErrorHandler, methodNotAllowed, routeNotFound, sendHttpError } from './http-errors';
import { keptPerDocument } from './kept-per-document';
import { operationResolutionPlugin } from './operation-resolution-plugin';

/** A request whose token was verified: who asks, the trace it belongs to, a logger stamped with both. */
export interface VerifiedRequest {
  readonly caller: Caller;
  readonly trace: TraceContext;
  readonly log: Logger;
  /** The request's `authorization` header, verified. */
  readonly authorization: string;
}

/**
 * A verified request whose logger is made when first used: the gateway logs nothing per request
 * unless something goes wrong, and a child logger per request cost it more than its log lines.
 * The getter is the prototype's, so it survives Apollo Server's copy of the context.
 */
class VerifiedHttpRequest implements VerifiedRequest {
  private requestLog: Logger | undefined;

  constructor(
    readonly caller: Caller,
    readonly trace: TraceContext,
    readonly authorization: string,
    private readonly serviceLog: Logger,
  ) {}

  get log(): Logger {
    this.requestLog ??= this.serviceLog.child({
      traceId: this.trace.traceId,
      spanId: this.trace.spanId,
      organisatie: this.caller.organisatie,
      rol: this.caller.rol,
    });
    return this.requestLog;
  }
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
  /**
   * Why the service cannot serve yet (database down, migrations pending), or nothing when it can;
   * or a report whose other fields (each subgraph's state, at the gateway) join the `/ready` body.
   */
  readonly readiness?: () => Promise<string | undefined | ReadinessReport>;
  /**
   * The Prometheus registry `/metrics` serves, for the service's own metrics (the database pool,
   * subgraph fetches); the request metrics join it. A fresh one when not given.
   */
  readonly metrics?: Registry;
  /** Other `POST` endpoints beside `/graphql`, with their own authentication (a subgraph's inbox of meldingen). */
  readonly posts?: readonly Route[];
  /**
   * `GET` routes served before `/graphql` answers any other method with 405 (the gateway's IDE in
   * development); a handler that does not serve a request passes it on with `next()`.
   */
  readonly gets?: readonly Route[];
  /**
   * Handlers of `POST /graphql` once its JSON body is read and before the document is parsed (the
   * gateway's trusted documents); they may answer, or pass on.
   */
  readonly beforeGraphQL?: readonly GraphQLGate[];
}

/**
 * A handler of `POST /graphql` before GraphQL: an Express handler that may also ask who calls.
 * `caller()` is the request's one verification of its token, shared with the GraphQL context, so
 * a request's token is verified once however many ask; it rejects with UNAUTHENTICATED.
 */
export type GraphQLGate = (req: Request, res: Response, next: NextFunction, caller: () => Promise<Caller>) => void;

/** An HTTP route beside GraphQL: a path and its handlers. */
export interface Route {
  readonly path: string;
  readonly handlers: readonly RequestHandler[];
}

/** A readiness answer with detail: `problem` when not ready, the rest shown in `/ready`'s body. */
export interface ReadinessReport {
  readonly problem?: string;
  readonly [detail: string]: unknown;
}

const MAX_BODY = '1mb';

const OBSERVATION = Symbol('request observation');

/** A GraphQL context that carries its request's observation for the metrics. */
interface Observed {
  [OBSERVATION]?: RequestObservation;
}

/**
 * The security headers of a JSON API. No page is served, so the Content Security Policy allows
 * nothing at all (no script, style, frame, form target or base URL) and no one may frame a
 * response. HSTS is sent always: TLS ends in front of these services (an ingress or load
 * balancer), browsers honour the header only over HTTPS, so it takes effect exactly there.
 * helmet's other defaults fit as they are: `nosniff`, no `X-Powered-By`, no referrer,
 * same-origin resource and opener policies. None depends on the request, so helmet sets them once,
 * here, and each response gets the headers it set.
 */
const securityHeaders = headersSetBy(
  helmet({
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
  }),
);

/** The headers a middleware sets on a response, taken from it once. */
function headersSetBy(middleware: RequestHandler): readonly (readonly [string, string])[] {
  const headers: [string, string][] = [];
  const response = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    removeHeader: () => undefined,
  };
  middleware({} as Request, response as unknown as Response, () => undefined);
  return headers;
}

/**
 * One GraphQL service over HTTP, as the gateway and every subgraph serve it: GraphQL on `POST
 * /graphql` only (BSNs travel in bodies, never in URLs that end up in access logs), every request's
 * token verified before anything is parsed or resolved (401 otherwise), `/health`, `/ready` and
 * `/metrics` (Prometheus) without a token, errors in path order, and a draining stop. Every
 * response names its trace in a `traceresponse` header when the client sent no `traceparent`. Every error, from any layer and in any
 * NODE_ENV, is JSON with a registered code and a 4xx status when the client erred: no stack trace,
 * path or HTML page leaves the service; every response carries the security headers.
 */
export function graphqlHttpService<TContext extends BaseContext>(
  options: GraphQLHttpServiceOptions<TContext>,
): { listen(port: number, host?: string): Promise<RunningService> } {
  const { log, name } = options;
  const registry = options.metrics ?? createMetricsRegistry(name);
  const metrics = requestMetrics(registry);
  const documents = keptPerDocument<DocumentNode>(registry, {
    name: 'ketengraaf_graphql_documents_kept',
    help: 'Parsed and validated GraphQL documents the service keeps for reuse, the least recently used let go first',
  });
  return {
    async listen(port, host = '127.0.0.1') {
      const app = express();
      app.disable('x-powered-by');
      // An ETag (a SHA-1 of each answer) serves only a repeated GET answered 304: GraphQL answers
      // POSTs, `/health`, `/ready` and `/metrics` are read fresh every time, and the gateway's
      // development IDE, the only other GET, is fetched whole again on a local machine.
      app.set('etag', false);
      app.use((_req, res, next) => {
        for (const [name, value] of securityHeaders) res.setHeader(name, value);
        next();
      });
      app.use(metrics.middleware);
      // The request's trace, from its first middleware on: OpenTelemetry's span when the SDK runs.
      const traces = new WeakMap<Request, TraceContext>();
      app.use((req, res, next) => {
        const trace = requestTraceContext(req.header('traceparent'));
        traces.set(req, trace);
        if (!trace.parentSpanId) res.setHeader('traceresponse', traceResponse(trace));
        next();
      });
      const observationPlugin: ApolloServerPlugin<TContext> = {
        requestDidStart({ contextValue }) {
          const observation = (contextValue as Observed)[OBSERVATION];
          return Promise.resolve({
            didResolveOperation({ operation }) {
              if (observation && operation) observation.operation = operation.operation;
              return Promise.resolve();
            },
            willSendResponse({ response }) {
              // The answer itself: later plugins may still change its errors before it is sent.
              if (observation && response.body.kind === 'single') observation.answer = response.body.singleResult;
              return Promise.resolve();
            },
          });
        },
      };
      const httpServer = createServer(app);
      const plugins: ApolloServerPlugin<TContext>[] = [
        observationPlugin,
        ...(options.apollo.plugins ?? []),
        operationResolutionPlugin<TContext>(),
        errorOrderPlugin<TContext>(),
        ApolloServerPluginDrainHttpServer({ httpServer }),
      ];
      const apollo = new ApolloServer<TContext>({
        ...options.apollo,
        documentStore: documents,
        validationRules: [...(options.apollo.validationRules ?? []), servedOperationTypes],
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
          (readiness) => {
            const report = typeof readiness === 'object' ? readiness : { problem: readiness };
            res
              .status(report.problem ? 503 : 200)
              .json({ status: report.problem ? 'unavailable' : 'ready', service: name, ...report });
          },
          () => res.status(503).json({ status: 'unavailable', service: name }),
        );
      });
      app.get('/metrics', (_req, res) => {
        void registry.metrics().then(
          (text) => res.type(registry.contentType).send(text),
          (error: unknown) => {
            log.error({ err: error }, 'metrics could not be collected');
            sendHttpError(res, { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
          },
        );
      });
      for (const { path, handlers } of options.gets ?? []) {
        app.get(path, ...handlers);
      }
      // Each request's token verified once, by whichever asks first: a gate or the context.
      const verifiedCallers = new WeakMap<Request, Promise<Caller>>();
      const callerOf = (req: Request): Promise<Caller> => {
        let caller = verifiedCallers.get(req);
        if (!caller) {
          caller = options.verifyToken(req.header('authorization'));
          verifiedCallers.set(req, caller);
        }
        return caller;
      };
      app.post(
        '/graphql',
        express.json({ limit: MAX_BODY }),
        ...(options.beforeGraphQL ?? []).map(
          (gate): RequestHandler =>
            (req, res, next) => {
              gate(req, res, next, () => callerOf(req));
            },
        ),
        expressMiddleware(apollo, {
          // Every request is verified here, before anything is parsed, planned or resolved.
          context: async ({ req, res }) => {
            const trace = traces.get(req) ?? requestTraceContext(req.header('traceparent'));
            const caller = await callerOf(req).catch((error: unknown) => {
              log.warn(
                {
                  traceId: trace.traceId,
                  spanId: trace.spanId,
                  reason: error instanceof Error ? error.message : error,
                },
                'request refused: no valid token',
              );
              throw error;
            });
            // Verified, so present.
            const authorization = req.header('authorization') ?? '';
            const contextValue = options.context(new VerifiedHttpRequest(caller, trace, authorization, log));
            // Where the operation's type goes for the metrics; Apollo copies the context's own
            // properties, symbols too, into the one its plugins see.
            (contextValue as Observed)[OBSERVATION] = metrics.observationOf(res);
            return contextValue;
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
