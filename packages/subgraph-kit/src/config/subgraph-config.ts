import { z } from 'zod';

import type { QueryLimits } from '../graphql/protect-queries';
import type { ClientCredentials } from '../identity/machine-token';
import type { IdentityConfig } from '../identity/token-verifier';
import { logLevels } from '../logging/logger';
import { meldingRoutesSetting } from '../meldingen/melding-routes';
import type { MeldingRoutes } from '../meldingen/melding-routes';
import { meldingenSettingNames, meldingenSettingsOf, meldingenSettingsSchema } from '../meldingen/meldingen-settings';
import type { MeldingenSettings } from '../meldingen/meldingen-settings';

import { parseEnvironment } from './parse-environment';

/**
 * Room for the gateway's largest batch: a page of the largest size, each item naming a person
 * once or twice (by `id` and by `bsn`), without letting one call sort thousands of identifiers.
 */
export const DEFAULT_MAX_REPRESENTATIONS = 200;

/**
 * A subgraph's query limits unless configured: room for every fetch of the gateway's query plans
 * (which add an `_entities` field and an inline fragment to the client's nesting, and key fields
 * and `__typename` to its selections, within the gateway's own limits of depth 12, 30 aliases and
 * cost 20000), while a query sent to the subgraph directly gets no further than the gateway allows.
 */
export const DEFAULT_SUBGRAPH_QUERY_LIMITS: QueryLimits = {
  maxDepth: 15,
  maxAliases: 50,
  maxCost: 50000,
  maxTokens: 15000,
};

const limit = z.coerce.number().int().positive();

const port = z.coerce.number().int().min(0).max(65535);

/** Largest page a list returns, whatever `first` asks for; read by a subgraph and by `npm start`. */
export const maxPageSizeSetting = z.coerce.number().int().min(1).max(1000).default(100);

/** Most entity references one `_entities` call may name; read by a subgraph and by `npm start`. */
export const maxRepresentationsSetting = z.coerce.number().int().min(1).max(10000).default(DEFAULT_MAX_REPRESENTATIONS);

/**
 * A fixed day to count the werkstroom's deadlines from (`YYYY-MM-DD`), for a demo or an acceptance
 * environment; absent, a service counts from the calendar date in the Netherlands.
 */
export const vandaagSetting = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .optional();

/**
 * How many days a party's processing log keeps its records, decisions and audit records: five years
 * unless the party decides otherwise (AVG art. 5 lid 1 onder e; no seed names a term).
 */
export const processingLogRetentionDaysSetting = z.coerce.number().int().min(1).default(1826);

/** An address or name to listen on: `0.0.0.0` (every interface), `127.0.0.1`, `::`, `localhost`. */
export const listenHost = z
  .string()
  .regex(/^[A-Za-z0-9.:-]+$/, 'must be an IP address or a host name, such as 0.0.0.0 or 127.0.0.1');

/** What a service in a container listens on: every interface, so other containers reach it. */
export const DEFAULT_SERVICE_HOST = '0.0.0.0';

const postgresUrl = z
  .url()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// or postgresql:// connection string');

const queryLimitsSchema = z.object({
  /** Deepest selection a query may have. */
  MAX_DEPTH: limit.default(DEFAULT_SUBGRAPH_QUERY_LIMITS.maxDepth),
  /** Most aliases in one query. */
  MAX_ALIASES: limit.default(DEFAULT_SUBGRAPH_QUERY_LIMITS.maxAliases),
  /** Highest estimated cost of a query. */
  MAX_COST: limit.default(DEFAULT_SUBGRAPH_QUERY_LIMITS.maxCost),
  /** Most tokens in one document. */
  MAX_TOKENS: limit.default(DEFAULT_SUBGRAPH_QUERY_LIMITS.maxTokens),
});

export const subgraphConfigSchema = queryLimitsSchema.extend(meldingenSettingsSchema.shape).extend({
  PORT: port,
  HOST: listenHost.default(DEFAULT_SERVICE_HOST),
  DATABASE_URL: postgresUrl,
  LOG_LEVEL: z.enum(logLevels).default('info'),
  MAX_PAGE_SIZE: maxPageSizeSetting,
  MAX_REPRESENTATIONS: maxRepresentationsSetting,
  AUTH_ISSUER: z.string().min(1),
  AUTH_AUDIENCE: z.string().min(1),
  AUTH_JWKS_URL: z.url(),
  /** Secret key of the processing log's pseudonyms; at least 32 characters. */
  PSEUDONYM_KEY: z.string().min(32, 'must be at least 32 characters'),
  /** Organisation (or `gemeente:*`) to inbox URL, as JSON; without it every melding is a dead letter. */
  MELDINGEN_ROUTES: meldingRoutesSetting.default({}),
  /** The issuer's token endpoint and this deployment's client, for the machine tokens of its meldingen. */
  MELDINGEN_TOKEN_URL: z.url().optional(),
  MELDINGEN_CLIENT_ID: z.string().min(1).optional(),
  MELDINGEN_CLIENT_SECRET: z.string().min(1).optional(),
  VANDAAG: vandaagSetting,
  /** Days the processing log keeps its rows before the nightly job deletes them. */
  PROCESSING_LOG_RETENTION_DAYS: processingLogRetentionDaysSetting,
});

export interface SubgraphConfig {
  readonly port: number;
  /** The address the service listens on. */
  readonly host: string;
  readonly databaseUrl: string;
  readonly logLevel: (typeof logLevels)[number];
  readonly maxPageSize: number;
  readonly maxRepresentations: number;
  readonly queryLimits: QueryLimits;
  readonly identity: IdentityConfig;
  readonly pseudonymKey: string;
  readonly meldingen: {
    readonly settings: MeldingenSettings;
    readonly routes: MeldingRoutes;
    /** The client credentials of the machine tokens; without them the subgraph runs no dispatcher. */
    readonly credentials: ClientCredentials | null;
  };
  /** A fixed day to count deadlines from; absent for the calendar date. */
  readonly vandaag?: string;
  /** Days the processing log keeps its rows. */
  readonly processingLogRetentionDays: number;
}

/**
 * Reads a subgraph's configuration from the environment once, at start. Each variable may carry
 * the service's prefix (`DJI_DATABASE_URL`), so several services can share one environment file.
 */
export function parseSubgraphConfig(
  env: NodeJS.ProcessEnv,
  prefix: string,
  defaults: { port: number },
): SubgraphConfig {
  const pick = picker(env, prefix);
  const config = parseEnvironment(
    subgraphConfigSchema,
    {
      PORT: pick('PORT') ?? defaults.port,
      HOST: pick('HOST'),
      DATABASE_URL: pick('DATABASE_URL'),
      LOG_LEVEL: pick('LOG_LEVEL'),
      MAX_PAGE_SIZE: pick('MAX_PAGE_SIZE'),
      MAX_REPRESENTATIONS: pick('MAX_REPRESENTATIONS'),
      ...queryLimitValues(pick),
      AUTH_ISSUER: pick('AUTH_ISSUER'),
      AUTH_AUDIENCE: pick('AUTH_AUDIENCE'),
      AUTH_JWKS_URL: pick('AUTH_JWKS_URL'),
      PSEUDONYM_KEY: pick('PSEUDONYM_KEY'),
      ...Object.fromEntries(meldingenSettingNames.map((name) => [name, pick(name)])),
      MELDINGEN_ROUTES: pick('MELDINGEN_ROUTES'),
      MELDINGEN_TOKEN_URL: pick('MELDINGEN_TOKEN_URL'),
      MELDINGEN_CLIENT_ID: pick('MELDINGEN_CLIENT_ID'),
      MELDINGEN_CLIENT_SECRET: pick('MELDINGEN_CLIENT_SECRET'),
      VANDAAG: pick('VANDAAG'),
      PROCESSING_LOG_RETENTION_DAYS: pick('PROCESSING_LOG_RETENTION_DAYS'),
    },
    (key) => `${prefix}_${key}`,
  );
  const credentials = [config.MELDINGEN_TOKEN_URL, config.MELDINGEN_CLIENT_ID, config.MELDINGEN_CLIENT_SECRET];
  if (credentials.some(Boolean) && !credentials.every(Boolean)) {
    throw new Error(
      `Invalid configuration: set all of ${prefix}_MELDINGEN_TOKEN_URL, ${prefix}_MELDINGEN_CLIENT_ID and ${prefix}_MELDINGEN_CLIENT_SECRET, or none.`,
    );
  }
  return {
    port: config.PORT,
    host: config.HOST,
    databaseUrl: config.DATABASE_URL,
    logLevel: config.LOG_LEVEL,
    maxPageSize: config.MAX_PAGE_SIZE,
    maxRepresentations: config.MAX_REPRESENTATIONS,
    queryLimits: queryLimitsOf(config),
    identity: {
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      jwksUrl: config.AUTH_JWKS_URL,
    },
    pseudonymKey: config.PSEUDONYM_KEY,
    meldingen: {
      settings: meldingenSettingsOf(config),
      routes: config.MELDINGEN_ROUTES,
      credentials:
        config.MELDINGEN_TOKEN_URL && config.MELDINGEN_CLIENT_ID && config.MELDINGEN_CLIENT_SECRET
          ? {
              tokenUrl: config.MELDINGEN_TOKEN_URL,
              clientId: config.MELDINGEN_CLIENT_ID,
              clientSecret: config.MELDINGEN_CLIENT_SECRET,
            }
          : null,
    },
    ...(config.VANDAAG ? { vandaag: config.VANDAAG } : {}),
    processingLogRetentionDays: config.PROCESSING_LOG_RETENTION_DAYS,
  };
}

/**
 * Only a subgraph's query limits (`<PREFIX>_MAX_DEPTH`, `MAX_DEPTH`, …), for a process that runs
 * subgraphs with the rest of their configuration of its own (the embedded stack).
 */
export function parseQueryLimits(env: NodeJS.ProcessEnv, prefix: string): QueryLimits {
  return queryLimitsOf(
    parseEnvironment(queryLimitsSchema, queryLimitValues(picker(env, prefix)), (key) => `${prefix}_${key}`),
  );
}

/** A variable with the service's prefix, or else without it. */
function picker(env: NodeJS.ProcessEnv, prefix: string): (name: string) => string | undefined {
  return (name) => env[`${prefix}_${name}`] ?? env[name];
}

function queryLimitValues(pick: (name: string) => string | undefined): Record<string, string | undefined> {
  return {
    MAX_DEPTH: pick('MAX_DEPTH'),
    MAX_ALIASES: pick('MAX_ALIASES'),
    MAX_COST: pick('MAX_COST'),
    MAX_TOKENS: pick('MAX_TOKENS'),
  };
}

function queryLimitsOf(config: z.output<typeof queryLimitsSchema>): QueryLimits {
  return {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxCost: config.MAX_COST,
    maxTokens: config.MAX_TOKENS,
  };
}
