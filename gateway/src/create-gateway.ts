import { ApolloGateway } from '@apollo/gateway';
import type { GatewayConfig, GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import {
  childTraceparent,
  createMetricsRegistry,
  createTokenVerifier,
  graphqlHttpService,
  isErrorCode,
  keptPerDocument,
  noStorePlugins,
  protectQueries,
  subgraphFetchMetric,
} from '@ketengraaf/subgraph-kit/service';
import type {
  ErrorCode,
  IdentityConfig,
  Logger,
  QueryLimits,
  ReadinessReport,
  RunningService,
  VerifiedRequest,
} from '@ketengraaf/subgraph-kit/service';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import type { Histogram } from 'prom-client';

import { developmentIdeRoutes } from './development-ide';
import type { DevelopmentTools } from './development-ide';
import { maskGatewayError } from './mask-gateway-error';
import { trustedDocumentsHandler } from './trusted-documents';
import type { OperationPolicy, TrustedDocuments } from './trusted-documents';
import { planHopErrorsPlugin } from './plan-hop-errors';
import { DEFAULT_BREAKER_SETTINGS, SubgraphBreakers, SubgraphUnreachable } from './subgraph-breakers';
import type { BreakerSettings, BreakerState, SubgraphFetch } from './subgraph-breakers';

/** The gateway's cache of query plans, as its configuration takes one. */
type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;
/** A query plan (its type is `@apollo/query-planner`'s, not a dependency of this package). */
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache['get']>>>;

/**
 * A gateway request: its verified caller (for the gateway's logs only, never for access), its
 * trace, and the `authorization` header it forwards to every subgraph.
 */
export type GatewayContext = VerifiedRequest;

/**
 * The query limits every service enforces, the subgraphs too, the gateway's wait for a subgraph,
 * and when it stops asking a party that does not answer.
 */
export interface GatewayLimits extends QueryLimits {
  /** How long the gateway waits for one subgraph fetch before giving up on that party. */
  readonly subgraphTimeoutMs: number;
  /** The wait for one subgraph, by subgraph name, where it differs from `subgraphTimeoutMs`. */
  readonly subgraphTimeoutsMs?: Readonly<Record<string, number>>;
  /** Each subgraph's circuit breaker; `DEFAULT_BREAKER_SETTINGS` when absent. */
  readonly breaker?: BreakerSettings;
}

export interface GatewayOptions {
  /** The composed supergraph, as committed in `schema/supergraph.graphql`. */
  readonly supergraphSdl: string;
  /** Subgraph name to URL, overriding the URLs written in the supergraph. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly log: Logger;
  readonly limits: GatewayLimits;
  /** The token issuer every request is verified against before it is planned. */
  readonly identity: IdentityConfig;
  /**
   * In development only: GraphiQL on `GET /graphql` and `/`, introspection and field suggestions.
   * Absent (production), none of them: the schema is not told to whoever asks.
   */
  readonly developmentTools?: DevelopmentTools;
  /**
   * The clients' registered operations, run when a request names one by its hash; under
   * `registered`, the only ones run. Absent: every document is run, as sent.
   */
  readonly trustedDocuments?: { readonly documents: TrustedDocuments; readonly policy: OperationPolicy };
}

export interface Gateway {
  listen(port: number, host?: string): Promise<RunningService>;
  /** Every subgraph's circuit, by name, once listening: for `/ready` and the metrics. */
  subgraphStates(): Record<string, BreakerState>;
  /** Calls `listener` whenever a subgraph's circuit opens, half-opens or closes. */
  onSubgraphStateChange(listener: (subgraph: string, state: BreakerState) => void): void;
}

/**
 * The federated gateway: one graph over every party's subgraph. It refuses a request without a
 * valid token before planning it, and forwards the token and the caller's trace context to every
 * subgraph; it decides nothing about access to fields, which each subgraph does for its own data.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { log, limits } = options;
  const verifyToken = createTokenVerifier(options.identity);
  const breakers = new SubgraphBreakers(limits.breaker ?? DEFAULT_BREAKER_SETTINGS, log);
  return {
    subgraphStates: () => breakers.states(),
    onSubgraphStateChange: (listener) => {
      breakers.onStateChange(listener);
    },
    async listen(port, host = '127.0.0.1') {
      const metrics = createMetricsRegistry('gateway');
      const fetchDuration = subgraphFetchMetric(metrics);
      // Each subgraph's GraphQL URL, by name, as the gateway reaches it: its readiness follows theirs.
      const subgraphs = new Map<string, string>();
      const queryPlans = keptPerDocument<QueryPlan>(metrics, {
        name: 'ketengraaf_query_plans_kept',
        help: 'Query plans the gateway keeps for reuse, by operation, the least recently used let go first',
      });
      const gateway = new ApolloGateway({
        supergraphSdl: options.supergraphSdl,
        queryPlannerConfig: { cache: queryPlans },
        // Never hand the query plan to a client asking for it with a header, in any NODE_ENV.
        __exposeQueryPlanExperimental: false,
        buildService: ({ name, url }) => {
          const target = options.subgraphUrls[name] ?? url;
          if (!target) {
            throw new Error(`No URL for subgraph ${name}: set it in the environment.`);
          }
          const timeoutMs = limits.subgraphTimeoutsMs?.[name] ?? limits.subgraphTimeoutMs;
          subgraphs.set(name, target);
          return new ForwardingDataSource(name, target, breakers.fetcherFor(name, timeoutMs), fetchDuration);
        },
      });
      const { developmentTools } = options;
      const protection = protectQueries<GatewayContext>(limits, { fieldSuggestions: developmentTools !== undefined });
      const ide = developmentTools ? developmentIdeRoutes(developmentTools, log) : { gets: [], posts: [] };
      const running = await graphqlHttpService<GatewayContext>({
        name: 'gateway',
        log,
        verifyToken,
        apollo: {
          gateway,
          allowBatchedHttpRequests: false,
          introspection: developmentTools !== undefined,
          validationRules: protection.validationRules,
          parseOptions: protection.parseOptions,
          formatError: maskGatewayError,
          // Every answer `no-store`, as every subgraph's: each holds personal data.
          plugins: [...protection.plugins, planHopErrorsPlugin(), ...noStorePlugins<GatewayContext>()],
        },
        context: (request) => request,
        beforeGraphQL: options.trustedDocuments
          ? [trustedDocumentsHandler(options.trustedDocuments.documents, options.trustedDocuments.policy)]
          : [],
        gets: ide.gets,
        posts: ide.posts,
        metrics,
        readiness: () => subgraphReadiness(subgraphs, Math.min(limits.subgraphTimeoutMs, READY_TIMEOUT_MS)),
      }).listen(port, host);
      return {
        url: running.url,
        port: running.port,
        async stop() {
          await running.stop();
          breakers.shutdown();
        },
      };
    },
  };
}

/** How long `/ready` waits for each subgraph's own `/ready`. */
const READY_TIMEOUT_MS = 2000;

/** What the gateway's `/ready` says of each subgraph. */
type SubgraphState = 'ready' | 'unavailable' | 'unreachable';

/**
 * The gateway is ready when every subgraph is: each one's `/ready` is asked at once, and the answer
 * names each subgraph's state, `unavailable` when it answers that it is not ready (its database
 * down), `unreachable` when it does not answer in time.
 */
async function subgraphReadiness(subgraphs: ReadonlyMap<string, string>, timeoutMs: number): Promise<ReadinessReport> {
  const states = await Promise.all(
    [...subgraphs].map(async ([name, url]): Promise<[string, SubgraphState]> => {
      try {
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return [name, response.ok ? 'ready' : 'unavailable'];
      } catch {
        return [name, 'unreachable'];
      }
    }),
  );
  if (states.length === 0) {
    return { problem: 'the supergraph is not loaded yet' };
  }
  const notReady = states.filter(([, state]) => state !== 'ready').map(([name]) => name);
  return {
    problem: notReady.length > 0 ? `subgraphs not ready: ${notReady.join(', ')}` : undefined,
    subgraphs: Object.fromEntries(states),
  };
}

/**
 * Sends each subgraph request with the caller's token, so the subgraph verifies it and decides
 * access itself, and the caller's trace as parent, through the party's circuit breaker, which
 * gives up after the party's timeout and does not ask a party that keeps failing. A subgraph that
 * cannot be reached becomes SUBGRAPH_UNAVAILABLE naming the party; a subgraph that refuses the
 * request (bad input) keeps its own error code and message.
 *
 * It does what Apollo's `RemoteGraphQLDataSource` did for these requests (JSON body, the same
 * errors) without the node-fetch `Headers` and `Request` objects it built for every subgraph
 * request and then only passed around. A subgraph's cache hint is not read: every answer of the
 * gateway is `no-store`.
 */
class ForwardingDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    private readonly url: string,
    private readonly subgraphFetch: SubgraphFetch,
    private readonly fetchDuration: Histogram<'subgraph' | 'outcome'>,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const { http, ...request } = options.request;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [name, value] of http?.headers ?? []) headers[name] = value;
    // The gateway's own health checks carry no request context, hence no token and no trace.
    const { trace, authorization } = options.context as Partial<GatewayContext>;
    if (authorization) headers['authorization'] = authorization;
    if (trace) headers['traceparent'] = childTraceparent(trace);
    const response = await this.send({ method: 'POST', headers, body: JSON.stringify(request) });
    if (!response.ok) {
      throw await this.errorFromResponse(response);
    }
    const answer = (await response.json()) as unknown;
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
      throw new Error(`Expected JSON response body, but received: ${JSON.stringify(answer)}`);
    }
    return answer;
  }

  private async send(init: FetcherRequestInit): Promise<FetcherResponse> {
    const observe = this.fetchDuration.startTimer({ subgraph: this.serviceName });
    try {
      const response = await this.subgraphFetch(this.url, init);
      observe({ outcome: String(response.status) });
      return response;
    } catch (cause) {
      const notAsked = cause instanceof SubgraphUnreachable && cause.reason === 'circuit-open';
      observe({ outcome: notAsked ? 'circuit-open' : 'unavailable' });
      throw new GraphQLError(
        notAsked
          ? `The ${this.serviceName} subgraph is unreachable: it stopped answering and is not asked again until it answers a probe; its fields are missing from this answer.`
          : `The ${this.serviceName} subgraph is unavailable; its fields are missing from this answer.`,
        {
          originalError: cause instanceof Error ? cause : undefined,
          extensions: { code: 'SUBGRAPH_UNAVAILABLE' satisfies ErrorCode, serviceName: this.serviceName },
        },
      );
    }
  }

  /**
   * A subgraph's refusal with a registered code keeps its code and message; any other answer that
   * is not 2xx becomes `<status>: <status text>` with the answer in `extensions.response`, as
   * Apollo Gateway makes it.
   */
  private async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const text = await response.text();
    const isJson = /^application\/(graphql-response\+)?json/.test(response.headers.get('content-type') ?? '');
    const body = isJson ? parsedOrText(text) : text;
    const refusal = (body as { errors?: GraphQLFormattedError[] } | undefined)?.errors?.[0];
    if (refusal && isErrorCode(refusal.extensions?.['code'])) {
      return new GraphQLError(refusal.message, {
        extensions: { ...refusal.extensions, serviceName: this.serviceName },
      });
    }
    const { url, status, statusText } = response;
    return new GraphQLError(`${status}: ${statusText}`, {
      extensions: {
        response: { url, status, statusText, body },
        ...(status === 401 ? { code: 'UNAUTHENTICATED' } : status === 403 ? { code: 'FORBIDDEN' } : {}),
      },
    });
  }
}

/** A subgraph's answer as Apollo Gateway merges it. */
type SubgraphAnswer = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** A JSON text parsed, or the text itself when it is not JSON. */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
