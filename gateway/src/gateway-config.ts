import {
  DEFAULT_SERVICE_HOST,
  envPrefixOf,
  httpUrlSetting,
  listenHostSetting,
  logLevels,
  oneOfSetting,
  parseEnvironment,
  portSetting,
  textSetting,
  wholeNumberSetting,
} from '@ketengraaf/subgraph-kit/service';
import type { IdentityConfig } from '@ketengraaf/subgraph-kit/service';
import { z } from 'zod';

import type { GatewayLimits } from './create-gateway';
import type { OperationPolicy } from './trusted-documents';
import { DEFAULT_BREAKER_SETTINGS } from './subgraph-breakers';

const limit = wholeNumberSetting({ min: 1 });

const milliseconds = wholeNumberSetting({ min: 1, unit: 'milliseconds' });

/** How long the gateway waits for a subgraph: well under the 2 s a hung party may cost an answer. */
const DEFAULT_SUBGRAPH_TIMEOUT_MS = 1500;

const limitsEnvironment = z.object({
  GATEWAY_MAX_DEPTH: limit.default(12),
  GATEWAY_MAX_COST: limit.default(20000),
  GATEWAY_MAX_ALIASES: limit.default(30),
  GATEWAY_MAX_TOKENS: limit.default(5000),
  GATEWAY_SUBGRAPH_TIMEOUT_MS: milliseconds.default(DEFAULT_SUBGRAPH_TIMEOUT_MS),
  GATEWAY_BREAKER_RESET_MS: milliseconds.default(DEFAULT_BREAKER_SETTINGS.resetMs),
  GATEWAY_BREAKER_ERROR_PERCENTAGE: wholeNumberSetting({ min: 1, max: 100, unit: 'percent' }).default(
    DEFAULT_BREAKER_SETTINGS.errorPercentage,
  ),
  GATEWAY_BREAKER_MIN_REQUESTS: wholeNumberSetting({ min: 1, unit: 'requests' }).default(
    DEFAULT_BREAKER_SETTINGS.minimumRequests,
  ),
  GATEWAY_BREAKER_WINDOW_MS: milliseconds.default(DEFAULT_BREAKER_SETTINGS.windowMs),
});

const developmentEnvironment = z.object({ NODE_ENV: z.string().optional() });

const operationsEnvironment = z.object({
  GATEWAY_OPERATIONS: oneOfSetting(['any', 'registered']).default('any'),
  GATEWAY_CLIENTS_DIR: textSetting.default('clients'),
});

const gatewayEnvironment = limitsEnvironment
  .extend(developmentEnvironment.shape)
  .extend(operationsEnvironment.shape)
  .extend({
    GATEWAY_PORT: portSetting().default(4000),
    GATEWAY_HOST: listenHostSetting.default(DEFAULT_SERVICE_HOST),
    SUPERGRAPH_PATH: textSetting.default('schema/supergraph.graphql'),
    LOG_LEVEL: oneOfSetting(logLevels).default('info'),
    AUTH_ISSUER: textSetting,
    AUTH_AUDIENCE: textSetting,
    AUTH_JWKS_URL: httpUrlSetting,
  });

export interface GatewayConfig {
  readonly port: number;
  /** The address the gateway listens on. */
  readonly host: string;
  readonly supergraphPath: string;
  readonly logLevel: (typeof logLevels)[number];
  readonly limits: GatewayLimits;
  readonly identity: IdentityConfig;
  /** Whether GraphiQL, introspection and field suggestions are on: everywhere but `NODE_ENV=production`. */
  readonly development: boolean;
  readonly operations: OperationsConfig;
}

/** Which operations the gateway runs, and where each client's registered ones are. */
export interface OperationsConfig {
  readonly policy: OperationPolicy;
  /** The folder of one folder per client, each with its `operations.json`. */
  readonly clientsDir: string;
}

/** `GATEWAY_OPERATIONS` (`any`, or `registered` only) and `GATEWAY_CLIENTS_DIR`. */
export function parseOperationsConfig(env: NodeJS.ProcessEnv): OperationsConfig {
  const config = parseEnvironment(operationsEnvironment, env);
  return { policy: config.GATEWAY_OPERATIONS, clientsDir: config.GATEWAY_CLIENTS_DIR };
}

function limitsFrom(config: z.output<typeof limitsEnvironment>): GatewayLimits {
  return {
    maxDepth: config.GATEWAY_MAX_DEPTH,
    maxCost: config.GATEWAY_MAX_COST,
    maxAliases: config.GATEWAY_MAX_ALIASES,
    maxTokens: config.GATEWAY_MAX_TOKENS,
    subgraphTimeoutMs: config.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    breaker: {
      resetMs: config.GATEWAY_BREAKER_RESET_MS,
      errorPercentage: config.GATEWAY_BREAKER_ERROR_PERCENTAGE,
      minimumRequests: config.GATEWAY_BREAKER_MIN_REQUESTS,
      windowMs: config.GATEWAY_BREAKER_WINDOW_MS,
    },
  };
}

/**
 * Only the gateway's limits, for a process that runs the gateway with an identity of its own;
 * with the subgraphs' names, each one's own timeout too (see `parseSubgraphTimeouts`).
 */
export function parseGatewayLimits(env: NodeJS.ProcessEnv, subgraphNames: readonly string[] = []): GatewayLimits {
  return {
    ...limitsFrom(parseEnvironment(limitsEnvironment, env)),
    subgraphTimeoutsMs: parseSubgraphTimeouts(env, subgraphNames),
  };
}

/** Reads the gateway's configuration from the environment once, at start. */
export function parseGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const config = parseEnvironment(gatewayEnvironment, env);
  return {
    port: config.GATEWAY_PORT,
    host: config.GATEWAY_HOST,
    supergraphPath: config.SUPERGRAPH_PATH,
    logLevel: config.LOG_LEVEL,
    limits: limitsFrom(config),
    identity: { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, jwksUrl: config.AUTH_JWKS_URL },
    development: config.NODE_ENV !== 'production',
    operations: { policy: config.GATEWAY_OPERATIONS, clientsDir: config.GATEWAY_CLIENTS_DIR },
  };
}

/**
 * Whether the gateway runs in development: `NODE_ENV` is anything but `production`, as with
 * `npm start`; the Docker image sets `production`. Only then GraphiQL, introspection and field
 * suggestions are on.
 */
export function isDevelopment(env: NodeJS.ProcessEnv): boolean {
  return parseEnvironment(developmentEnvironment, env).NODE_ENV !== 'production';
}

/** The subgraphs a supergraph composes, by name, as its `@join__graph` directives list them. */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * Where each subgraph is reached: `<NAME>_URL` (`DJI_URL`, `OM_BURGEMEESTER_URL`) when set; a
 * subgraph without one is reached at the URL written in the supergraph.
 */
export function parseSubgraphUrls(env: NodeJS.ProcessEnv, subgraphNames: readonly string[]): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const variable = `${envPrefixOf(name)}_URL`;
    const value = env[variable];
    if (value !== undefined) {
      urls[name] = parseEnvironment(z.object({ [variable]: httpUrlSetting }), env)[variable] as string;
    }
  }
  return urls;
}

/**
 * How long the gateway waits for each subgraph where that differs from `GATEWAY_SUBGRAPH_TIMEOUT_MS`:
 * `GATEWAY_<NAME>_TIMEOUT_MS` (`GATEWAY_DJI_TIMEOUT_MS`, `GATEWAY_OM_BURGEMEESTER_TIMEOUT_MS`).
 */
export function parseSubgraphTimeouts(
  env: NodeJS.ProcessEnv,
  subgraphNames: readonly string[],
): Record<string, number> {
  const timeouts: Record<string, number> = {};
  for (const name of subgraphNames) {
    const variable = `GATEWAY_${envPrefixOf(name)}_TIMEOUT_MS`;
    if (env[variable] !== undefined) {
      timeouts[name] = parseEnvironment(z.object({ [variable]: milliseconds }), env)[variable] as number;
    }
  }
  return timeouts;
}
