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
import { prefixedVariables } from './prefixed-variables';
import type { PrefixedVariables } from './prefixed-variables';
import {
  dateSetting,
  httpUrlSetting,
  listenHostSetting,
  oneOfSetting,
  portSetting,
  postgresUrlSetting,
  secretSetting,
  textSetting,
  wholeNumberSetting,
} from './settings';

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

const limit = wholeNumberSetting({ min: 1 });

/** Largest page a list returns, whatever `first` asks for; read by a subgraph and by `npm start`. */
export const maxPageSizeSetting = wholeNumberSetting({ min: 1, max: 1000, unit: 'items' }).default(100);

/** Most entity references one `_entities` call may name; read by a subgraph and by `npm start`. */
export const maxRepresentationsSetting = wholeNumberSetting({ min: 1, max: 10000, unit: 'references' }).default(
  DEFAULT_MAX_REPRESENTATIONS,
);

/**
 * A fixed day to count the werkstroom's deadlines from (`YYYY-MM-DD`), for a demo or an acceptance
 * environment; absent, a service counts from the calendar date in the Netherlands.
 */
export const vandaagSetting = dateSetting.optional();

/**
 * How many days a party's processing log keeps its records, decisions and audit records: five years
 * unless the party decides otherwise (AVG art. 5 lid 1 onder e; no seed names a term).
 */
export const processingLogRetentionDaysSetting = wholeNumberSetting({ min: 1, unit: 'days' }).default(1826);

/** Secret key of a party's processing-log pseudonyms; read by a subgraph and by `npm start`. */
export const pseudonymKeySetting = secretSetting({ minLength: 32 });

/** What a service in a container listens on: every interface, so other containers reach it. */
export const DEFAULT_SERVICE_HOST = '0.0.0.0';

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
  PORT: portSetting(),
  HOST: listenHostSetting.default(DEFAULT_SERVICE_HOST),
  DATABASE_URL: postgresUrlSetting,
  LOG_LEVEL: oneOfSetting(logLevels).default('info'),
  MAX_PAGE_SIZE: maxPageSizeSetting,
  MAX_REPRESENTATIONS: maxRepresentationsSetting,
  AUTH_ISSUER: textSetting,
  AUTH_AUDIENCE: textSetting,
  AUTH_JWKS_URL: httpUrlSetting,
  /** Secret key of the processing log's pseudonyms. */
  PSEUDONYM_KEY: pseudonymKeySetting,
  /** Organisation (or `gemeente:*`) to inbox URL, as JSON; without it every melding is a dead letter. */
  MELDINGEN_ROUTES: meldingRoutesSetting.default({}),
  /** The issuer's token endpoint and this deployment's client, for the machine tokens of its meldingen. */
  MELDINGEN_TOKEN_URL: httpUrlSetting.optional(),
  MELDINGEN_CLIENT_ID: textSetting.optional(),
  MELDINGEN_CLIENT_SECRET: textSetting.optional(),
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
  const variables = prefixedVariables(env, prefix);
  const pick = variables.valueOf;
  const config = parseEnvironment(
    subgraphConfigSchema,
    {
      PORT: pick('PORT') ?? String(defaults.port),
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
    variables.nameOf,
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
  const variables = prefixedVariables(env, prefix);
  return queryLimitsOf(parseEnvironment(queryLimitsSchema, queryLimitValues(variables.valueOf), variables.nameOf));
}

function queryLimitValues(pick: PrefixedVariables['valueOf']): Record<string, string | undefined> {
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
